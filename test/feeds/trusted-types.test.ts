// The feed layer on pages that enforce Trusted Types (`require-trusted-types-for 'script'`), run in an iframe
// whose CSP enforces them, so the rest of the test page is unaffected.
import { expect } from '@open-wc/testing';
import type { parseArticles as Parse } from '../../src/feeds/articles.js';
import { load } from './load.js';

type Frame = Window & { parseArticles?: typeof Parse; trustedTypes?: unknown };

function frameWith(csp: string): Promise<Frame> {
  const iframe = document.createElement('iframe');
  iframe.srcdoc = `<meta http-equiv="Content-Security-Policy" content="${csp}">
    <script type="module">
      import { loadXmlFormats, parseArticles } from '/src/feeds/articles.ts';
      await loadXmlFormats();
      window.parseArticles = parseArticles;
      window.dispatchEvent(new Event('feeds-ready'));
    </script>`;
  return new Promise((resolve) => {
    iframe.addEventListener('load', () => {
      const win = iframe.contentWindow as Frame;
      if (win.parseArticles) resolve(win);
      else win.addEventListener('feeds-ready', () => resolve(win));
    });
    document.body.append(iframe);
  });
}

const hardHtml = {
  url: 'https://example.com/feed.json',
  status: 200,
  contentType: 'application/feed+json',
  headers: new Headers(),
  text: JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    items: [
      {
        id: '1',
        title: 'T',
        content_html: '<!-- note --><p>Kept &#233;</p><script>parent.__tt = 1</script>',
      },
    ],
  }),
};

describe('feeds under Trusted Types', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('parses XML and HTML through its own policy', async () => {
    const frame = await frameWith("require-trusted-types-for 'script'; trusted-types news-widgets");
    const page = frame.parseArticles!(await load('rss2.rss'));
    expect(page.items[0].summary).to.equal('Crews start Monday. Detours are signed.');
    expect(frame.parseArticles!(hardHtml).items[0].summary).to.equal('Kept é');
    expect((window as { __tt?: number }).__tt).to.equal(undefined);
  });

  it('still reads JSON feeds as text when the page does not allow the policy', async () => {
    const frame = await frameWith("require-trusted-types-for 'script'; trusted-types lit-html");
    expect(frame.parseArticles!(hardHtml).items[0].summary).to.equal('Kept é');
    if (frame.trustedTypes) {
      // XML needs DOMParser, which such a page forbids: a clear format error, not a crash.
      expect(() => frame.parseArticles!({ ...hardHtml, text: '<rss><channel/></rss>' }))
        .to.throw()
        .with.property('kind', 'format');
    }
  });
});
