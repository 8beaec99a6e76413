// The allow-list: what each form of entry lets through, and what it must not.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isAllowed, parseAllowList } from '../allow.js';

describe('the allow-list', () => {
  const list = parseAllowList('news.example, *.nationalbank.kz 127.0.0.1:8080');
  const allowed = (url) => isAllowed(new URL(url), list);

  it('matches exact hosts on their default port only', () => {
    assert.equal(allowed('https://news.example/feed'), true);
    assert.equal(allowed('http://news.example./feed'), true);
    assert.equal(allowed('https://NEWS.example/feed'), true);
    assert.equal(allowed('https://news.example:8443/feed'), false);
    assert.equal(allowed('https://www.news.example/feed'), false);
    assert.equal(allowed('https://news.example.evil.test/feed'), false);
  });

  it('matches a *.domain entry for the domain and every name under it, not for look-alikes', () => {
    assert.equal(allowed('https://nationalbank.kz/rss/rates_all.xml'), true);
    assert.equal(allowed('https://www.nationalbank.kz/rss/rates_all.xml'), true);
    assert.equal(allowed('https://evilnationalbank.kz/'), false);
  });

  it('matches a host:port entry on that port only', () => {
    assert.equal(allowed('http://127.0.0.1:8080/x'), true);
    assert.equal(allowed('http://127.0.0.1/x'), false);
  });

  it('refuses entries that are not hosts, naming them', () => {
    for (const bad of [
      'https://news.example',
      'news.example/feed',
      '*',
      'a*.example',
      'user@news.example',
    ]) {
      assert.throws(
        () => parseAllowList(bad),
        new RegExp(`"${bad.replace(/[.*]/g, '\\$&')}" is not a host`),
      );
    }
  });
});
