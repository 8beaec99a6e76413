// XML entity expansion is bounded before parsing (src/feeds/entities.ts): WebKit's parser has no limit of its
// own, so without this a 1 kB feed hangs Safari (the test times out there). Entities a real feed declares
// still work in every engine.
import { expect } from '@open-wc/testing';
import { FeedError, type FeedErrorKind } from '../../src/feeds/errors.js';
import { parseXml } from '../../src/feeds/xml.js';

const URL = 'https://example.com/feed.rss';

function feed(dtd: string, body: string): string {
  return `<?xml version="1.0"?><!DOCTYPE rss [${dtd}]><rss><channel><title>${body}</title></channel></rss>`;
}

function laughs(depth: number): string {
  let dtd = '<!ENTITY lol0 "lol">';
  for (let i = 1; i <= depth; i++) dtd += `<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`;
  return feed(dtd, `&lol${depth};`);
}

/** The kind of FeedError `text` is refused with; the message names the feed. */
function refusal(text: string): FeedErrorKind {
  try {
    parseXml(text, URL);
  } catch (error) {
    expect(error).to.be.instanceOf(FeedError);
    expect((error as FeedError).message).to.include(URL);
    return (error as FeedError).kind;
  }
  return expect.fail('the feed was parsed');
}

const title = (text: string) => parseXml(text, URL).querySelector('title')?.textContent;

describe('feeds: XML entities', () => {
  it('expands the entities a feed declares for its own text', () => {
    const text = feed(
      '<!ENTITY brand "Valley Courier"><!ENTITY nbsp "&#160;"><!ENTITY and "&amp;">',
      '&brand;&nbsp;News &and; more',
    );
    expect(title(text)).to.equal('Valley Courier\u00a0News & more');
  });

  it('refuses entities made of entities ("billion laughs"), as Chromium does', () => {
    expect(refusal(laughs(9))).to.equal('format');
    expect(refusal(laughs(1))).to.equal('format');
  });

  it('refuses one large entity referenced too many times (quadratic blow-up)', () => {
    const text = feed(`<!ENTITY a "${'x'.repeat(10_000)}">`, '&a;'.repeat(2_000));
    expect(refusal(text)).to.equal('too-large');
  });

  it('reads a large entity referenced a few times', () => {
    const text = feed(`<!ENTITY a "${'x'.repeat(10_000)}">`, '&a;'.repeat(3));
    expect(title(text)).to.have.length(30_000);
  });

  it('finds declarations after a "]>" hidden in a quoted value', () => {
    const text = laughs(9).replace('<!ENTITY lol0', '<!ENTITY decoy "]>"><!ENTITY lol0');
    expect(refusal(text)).to.equal('format');
  });

  it('finds the entities parameter entities declare', () => {
    let dtd = '<!ENTITY lol0 "lol">';
    for (let i = 1; i <= 9; i++)
      dtd += `<!ENTITY % p${i} "<!ENTITY lol${i} '${`&lol${i - 1};`.repeat(10)}'>"> %p${i};`;
    expect(refusal(feed(dtd, '&lol9;'))).to.equal('format');
  });
});
