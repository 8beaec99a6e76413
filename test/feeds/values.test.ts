import { expect } from '@open-wc/testing';
import { parseDate } from '../../src/feeds/dates.js';
import { safeUrl } from '../../src/feeds/url.js';

describe('feeds: URLs', () => {
  const base = 'https://news.example/feeds/rss.xml';

  it('keeps http(s), resolving relative and protocol-relative links against the feed', () => {
    expect(safeUrl('story', base)).to.equal('https://news.example/feeds/story');
    expect(safeUrl('//cdn.example/a.png', base)).to.equal('https://cdn.example/a.png');
    expect(safeUrl('  http://plain.example/x  ', base)).to.equal('http://plain.example/x');
  });

  it('drops every other scheme, however it is disguised', () => {
    for (const bad of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'java\nscript:alert(1)',
      'java\tscript:alert(1)',
      '\u0001javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox',
      'mailto:desk@news.example',
      'http://[bad',
      '',
      '   ',
      42,
      { href: 'https://x.example' },
    ]) {
      expect(safeUrl(bad, base), String(bad)).to.equal(undefined);
    }
  });

  it('gives what the URL parser gives, whether or not the link takes the shortcut for clean ones', () => {
    for (const link of [
      'https://news.example/a/b?x=1&y=2#top',
      'http://news.example/',
      'https://NEWS.example/Caps',
      'https://0x7f.1/',
      'https://news.example/a/../b',
      'https://news.example/a/%2E%2e/b',
      'https://news.example/.well-known/x',
      'https://xn--nxasmq6b.example/',
      'https://user@news.example/',
      'https://news.example:443/x',
      "https://news.example/?q='quoted'",
      'https://news.example/a b',
      'https://news.example/a\\b',
      'https://news.example/x?q=/../#/../',
      '/images/1.svg?size=2#top',
      '/a/./b',
      '/%2e/b',
      '//cdn.example/a.png',
      '/a b',
    ]) {
      for (const from of [base, 'http://127.0.0.1:8000/gen/feed.json', 'HTTPS://[::1]:443/x'])
        expect(safeUrl(link, from), `${link} against ${from}`).to.equal(new URL(link, from).href);
    }
    expect(safeUrl('/images/1.svg', 'data:text/plain,feed')).to.equal(undefined);
  });
});

describe('feeds: dates', () => {
  const iso = (value: unknown) => parseDate(value)?.toISOString();

  it('reads ISO 8601 as feeds write it', () => {
    expect(iso('2025-12-07T09:30:00+05:00')).to.equal('2025-12-07T04:30:00.000Z');
    expect(iso('2025-12-07T09:30:00+0500')).to.equal('2025-12-07T04:30:00.000Z');
    expect(iso('2025-12-07 09:30:00Z')).to.equal('2025-12-07T09:30:00.000Z');
    expect(iso('2025-12-07T09:30:00.250Z')).to.equal('2025-12-07T09:30:00.250Z');
    expect(iso('2025-12-07')).to.equal('2025-12-07T00:00:00.000Z');
  });

  it('reads RFC 822 with or without day names, seconds and 4-digit years', () => {
    expect(iso('Sun, 07 Dec 2025 14:00:00 GMT')).to.equal('2025-12-07T14:00:00.000Z');
    expect(iso('7 Dec 2025 14:00 +0300')).to.equal('2025-12-07T11:00:00.000Z');
    expect(iso('Mon, 01 Dec 99 10:00:00 PST')).to.equal('1999-12-01T18:00:00.000Z');
    expect(iso('Lun, 01 Dec 2025 10:00:00 EDT')).to.equal('2025-12-01T14:00:00.000Z');
    expect(iso('Дс, 01 Dec 2025 10:00:00 Z')).to.equal('2025-12-01T10:00:00.000Z');
    expect(iso('01 December 2025')).to.equal('2025-12-01T00:00:00.000Z');
  });

  it('reads epoch seconds and milliseconds', () => {
    expect(iso(1765097400)).to.equal('2025-12-07T08:50:00.000Z');
    expect(iso(1765097400000)).to.equal('2025-12-07T08:50:00.000Z');
  });

  it('gives undefined, never an Invalid Date, for anything else', () => {
    for (const bad of [
      '',
      'yesterday',
      '32 Foo 2025',
      '1',
      '2025-13-45',
      NaN,
      Infinity,
      {},
      [],
      null,
      true,
    ]) {
      expect(parseDate(bad), String(bad)).to.equal(undefined);
    }
  });
});
