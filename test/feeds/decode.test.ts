// A body is decoded as it arrives, a chunk at a time, so a big feed never takes one long task to decode; the
// result is the one decoding the whole body gives: UTF-8 across chunk boundaries, legacy encodings by label.
import { expect } from '@open-wc/testing';
import { decode, utf8Reader } from '../../src/feeds/decode.js';
import { fetchFeed } from '../../src/feeds/fetch.js';

/** The fixture at `path`, its bytes as served, and its text as decoding them whole gives it. */
async function served(path: string) {
  const response = await fetch(path);
  const body = new Uint8Array(await response.arrayBuffer());
  return decode(body, response.headers.get('content-type') ?? '');
}

/** `path` served in 64 KB writes repeated past `size` bytes, read by the feed client. */
async function big(path: string, size: number): Promise<string> {
  const document = await fetchFeed(
    new URL(`${path}?big=${size}`, location.href).href,
    new AbortController().signal,
  );
  return document.text;
}

describe('decoding a body as it arrives', () => {
  /** The text of a body that arrives as `chunks`, read one at a time. */
  const read = (...chunks: number[][]) => {
    const reader = utf8Reader();
    for (const chunk of chunks) reader(new Uint8Array(chunk));
    return reader();
  };

  it('reads a character split between two chunks', () => {
    // "€" is E2 82 AC in UTF-8.
    expect(read([0x41, 0xe2], [0x82], [0xac])).to.equal('A€');
  });

  it('gives null for a chunk that is not UTF-8, or a body cut inside a character', () => {
    expect(read([0x41], [0xff], [0x41])).to.equal(null);
    expect(read([0x41, 0xe2, 0x82])).to.equal(null);
  });

  it('drops a leading byte-order mark, as decoding at once does', () => {
    expect(read([0xef, 0xbb], [0xbf, 0x41])).to.equal('A');
  });

  it('reads an ASCII body by its label as decoding it whole by that label does', () => {
    // ESC $ B switches ISO-2022-JP to JIS X 0208; UTF-16 reads byte pairs: neither is ASCII-transparent.
    const body = new TextEncoder().encode(
      '<rss><title>Rates \u001b$B0!\u001b(B & co</title></rss>',
    );
    for (const label of [
      'utf-8',
      'windows-1251',
      'iso-8859-1',
      'koi8-r',
      'gb2312',
      'big5',
      'shift_jis',
      'euc-jp',
      'euc-kr',
      'x-user-defined',
      'utf-16le',
      'utf-16be',
      'iso-2022-jp',
    ]) {
      const expected = new TextDecoder(label).decode(body);
      expect(decode(body, `application/xml; charset=${label}`), label).to.equal(expected);
    }
  });

  it('reads a charset however the Content-Type writes it: quoted, spaced, in any case', () => {
    // "Курс" in windows-1251, which is not UTF-8.
    const body = new Uint8Array([0xca, 0xf3, 0xf0, 0xf1]);
    for (const type of [
      'text/xml; charset="windows-1251"',
      "text/xml;charset='windows-1251'",
      'text/xml; charset = Windows-1251 ; format=flowed',
    ]) {
      expect(decode(body, type), type).to.equal('Курс');
    }
  });

  it('reads a big UTF-8 feed over HTTP, labelled otherwise, to the text decoding it whole gives', async () => {
    const path = '/test/fixtures/sloppy/utf8-mislabelled.rss';
    const one = await served(path);
    expect(one).to.contain('Ярмарка ремёсел');
    const text = await big(path, 1_000_000);
    expect(text.length % one.length).to.equal(0);
    expect(text).to.equal(one.repeat(text.length / one.length));
  });

  it('reads a big windows-1251 feed over HTTP by its declaration', async () => {
    const path = '/test/fixtures/feeds/cp1251.rss';
    const one = await served(path);
    expect(one).to.contain('Новости долины');
    const text = await big(path, 1_000_000);
    expect(text).to.equal(one.repeat(text.length / one.length));
  });
});
