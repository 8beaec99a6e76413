// The embed builder's logic without its page: controls from a manifest, the address as state, the snippet
// and its CSP. The page itself, the pasted snippet and the engines are proved by `npm run check:configurator`.
import { expect } from '@open-wc/testing';
import type { BuildInfo } from '../../demo/configurator/src/build-info.js';
import { elementSpecs, type Manifest } from '../../demo/configurator/src/manifest.js';
import { readState, writeState } from '../../demo/configurator/src/state.js';
import {
  cspDirectives,
  snippet,
  styleHashOf,
  styleText,
} from '../../demo/configurator/src/snippet.js';

const manifest: Manifest = {
  modules: [
    {
      declarations: [
        {
          tagName: 'nw-news-list',
          summary: 'A list with `code` in its summary.',
          attributes: [
            { name: 'src', type: { text: 'string | undefined' }, description: 'Feed.' },
            { name: 'page-size', type: { text: 'number' }, default: '6' },
            { name: 'layout', type: { text: "'list' | 'grid'" }, default: "'list'" },
            { name: 'card-layout', type: { text: "'stacked' | 'compact' | undefined" } },
            { name: 'sync-url', type: { text: 'string | null | undefined' } },
            { name: 'no-image', type: { text: 'boolean' }, default: 'false' },
          ],
          cssProperties: [
            { name: '--nw-color-accent', description: 'Accent.' },
            { name: '--nw-news-list-gap', description: 'Space between cards.' },
            { name: '--nw-news-list-divider', description: 'Line between cards.' },
          ],
        },
        { tagName: 'nw-dateline', attributes: [{ name: 'locale', type: { text: 'string' } }] },
        {
          tagName: 'nw-rate-ticker',
          attributes: [{ name: 'src', type: { text: 'string' } }],
          members: [{ name: 'rates' }],
        },
        {
          tagName: 'nw-rate-table',
          attributes: [{ name: 'src', type: { text: 'string' } }],
          members: [{ name: 'src' }, { name: 'rates' }],
        },
      ],
    },
  ],
};

const build: BuildInfo = {
  version: '9.8.7',
  bundles: {
    all: { file: 'news-widgets.iife.js', integrity: 'sha384-abc' },
    ticker: { file: 'rate-ticker.js', integrity: 'sha384-def' },
    rates: { file: 'rates.js', integrity: 'sha384-ghi' },
  },
  manifest,
};
const [list, dateline, ticker, table] = elementSpecs(manifest);
const state = (query: string) => readState(query, ['nw-news-list', 'nw-dateline']);

describe('embed builder: controls from the manifest', () => {
  it('gives each type its control, with defaults as an attribute spells them', () => {
    const byName = Object.fromEntries(list.attributes.map((a) => [a.name, a]));
    expect(byName['page-size'].control).to.deep.equal({ kind: 'number' });
    expect(byName['page-size'].default).to.equal('6');
    expect(byName.layout.control).to.deep.equal({ kind: 'select', options: ['list', 'grid'] });
    expect(byName.layout.default).to.equal('list');
    expect(byName['card-layout'].control).to.deep.equal({
      kind: 'select',
      options: ['stacked', 'compact'],
    });
    expect(byName['sync-url'].control.kind).to.equal('flag-text');
    expect(byName['no-image'].control.kind).to.equal('switch');
    expect(byName['no-image'].default).to.equal('');
    expect(byName.src.control.kind).to.equal('text');
    expect(list.summary).to.equal('A list with code in its summary.');
    expect(list.readsFeed).to.be.true;
    expect(dateline.readsFeed).to.be.false;
    expect([list.readsRates, ticker.readsRates, table.readsRates]).to.deep.equal([
      false,
      true,
      true,
    ]);
  });

  it('offers colour pickers for colours only', () => {
    const colours = list.theme.filter((p) => p.colour).map((p) => p.name);
    expect(colours).to.deep.equal(['--nw-color-accent', '--nw-news-list-divider']);
  });
});

describe('embed builder: the address is the state', () => {
  it('reads the element, attributes, theme and settings, and writes them back the same', () => {
    const query =
      '?element=nw-news-list&src=%2Ffeed.json&page-size=3&no-image=&--nw-color-accent=%23aa0000&relay=https%3A%2F%2Frelay.example%2F&view=phone';
    const read = state(query);
    expect(read.element).to.equal('nw-news-list');
    expect([...read.attributes]).to.deep.equal([
      ['src', '/feed.json'],
      ['page-size', '3'],
      ['no-image', ''],
    ]);
    expect(read.theme.get('--nw-color-accent')).to.equal('#aa0000');
    expect(read.relay).to.equal('https://relay.example/');
    expect(read.view).to.equal('phone');
    expect(writeState(read)).to.equal(query);
  });

  it('falls back to the first element and the desktop view for values it does not know', () => {
    const read = state('?element=nw-nope&view=watch');
    expect(read.element).to.equal('nw-news-list');
    expect(read.view).to.equal('desktop');
  });
});

describe('embed builder: the snippet', () => {
  it('writes only attributes that differ from the defaults, escaped', async () => {
    const text = snippet({
      state: state('?src=%2Ffeed.json%3Fa%3D1%26b%3D%22x%22&page-size=6&layout=grid&no-image='),
      spec: list,
      build,
      styleHash: '',
    });
    expect(text).to.include(
      '<nw-news-list src="/feed.json?a=1&amp;b=&quot;x&quot;" layout="grid" no-image></nw-news-list>',
    );
    expect(text).not.to.include('page-size');
    expect(text).not.to.include('<style>');
  });

  it('pins the bundle to the version with its integrity, at the base the webmaster sets', () => {
    const text = snippet({
      state: state('?bundle=https%3A%2F%2Fcdn.example%2Fnw'),
      spec: list,
      build,
      styleHash: '',
    });
    expect(text).to.include(
      '<script src="https://cdn.example/nw/9.8.7/news-widgets.iife.js" integrity="sha384-abc" crossorigin="anonymous" defer></script>',
    );
    expect(
      cspDirectives(state('?bundle=https%3A%2F%2Fcdn.example%2Fnw'), list, build, ''),
    ).to.deep.equal(['script-src https://cdn.example']);
  });

  it('gives the rate ticker its own lighter bundle, an ES module with its own hash', () => {
    const text = snippet({
      state: state('?bundle=https%3A%2F%2Fcdn.example%2Fnw'),
      spec: ticker,
      build,
      styleHash: '',
    });
    expect(text).to.include(
      '<script type="module" src="https://cdn.example/nw/9.8.7/rate-ticker.js" integrity="sha384-def" crossorigin="anonymous"></script>',
    );
    expect(text).not.to.include('news-widgets.iife.js');
  });

  it('gives the rate table the rate elements’ bundle, an ES module, and no image sources', () => {
    const tableState = state('?bundle=https%3A%2F%2Fcdn.example%2Fnw&src=%2Frates.json');
    const text = snippet({ state: tableState, spec: table, build, styleHash: '' });
    expect(text).to.include(
      '<script type="module" src="https://cdn.example/nw/9.8.7/rates.js" integrity="sha384-ghi" crossorigin="anonymous"></script>',
    );
    expect(cspDirectives(tableState, table, build, '').join(' ')).not.to.include('img-src');
  });

  it('preloads, with their hashes, exactly the chunks the ticker will load: its language, the XML reader', () => {
    const withChunks: BuildInfo = {
      ...build,
      bundles: {
        ...build.bundles,
        ticker: {
          ...build.bundles.ticker,
          chunks: {
            ru: { file: 'chunks/rate-ticker-ru-a1.js', integrity: 'sha384-ru' },
            kk: { file: 'chunks/rate-ticker-kk-b2.js', integrity: 'sha384-kk' },
            xml: { file: 'chunks/rate-ticker-xml-c3.js', integrity: 'sha384-xml' },
          },
        },
      },
    };
    const preloads = (query: string, xml: boolean) =>
      snippet({
        state: state(`?bundle=https%3A%2F%2Fcdn.example%2Fnw${query}`),
        spec: ticker,
        build: withChunks,
        styleHash: '',
        facts: { imageOrigins: [], xml },
      })
        .split('\n')
        .filter((line) => line.startsWith('<link'));
    expect(preloads('&locale=ru-KZ', true)).to.deep.equal([
      '<link rel="modulepreload" href="https://cdn.example/nw/9.8.7/chunks/rate-ticker-ru-a1.js" integrity="sha384-ru" crossorigin="anonymous" />',
      '<link rel="modulepreload" href="https://cdn.example/nw/9.8.7/chunks/rate-ticker-xml-c3.js" integrity="sha384-xml" crossorigin="anonymous" />',
    ]);
    // English is in the bundle, a JSON feed needs no reader, and a language the bundle does not ship has no chunk.
    expect(preloads('&locale=en-GB', false)).to.deep.equal([]);
    expect(preloads('&locale=de', false)).to.deep.equal([]);
    expect(preloads('&locale=kk', false)).to.have.length(1);
  });

  it('adds a <style> block only for a changed theme, with the hash CSP needs for it', async () => {
    const themed = state(
      '?src=%2Ff.json&--nw-color-accent=%23aa0000&--nw-news-list-gap=1em%7Dbody%7B',
    );
    const style = styleText(themed, list);
    expect(style).to.equal('\n  nw-news-list {\n    --nw-color-accent: #aa0000;\n  }\n');
    const hash = await styleHashOf(style);
    const text = snippet({ state: themed, spec: list, build, styleHash: hash });
    expect(text).to.include(`<style>${style}</style>`);
    expect(text).to.include(`style-src 'self' '${hash}';`);
    expect(await styleHashOf('abc')).to.equal(
      'sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=',
    );
  });

  it('asks connect-src for the feed, or for the relay when the feed is on another site', () => {
    const directives = (query: string, facts?: { imageOrigins: string[] }) =>
      cspDirectives(state(query), list, build, '', facts);
    expect(directives('?src=%2Ff.json')).to.deep.equal([
      "script-src 'self'",
      "connect-src 'self'",
      "img-src 'self' https:",
    ]);
    expect(
      directives('?src=https%3A%2F%2Fnews.example%2Ff.xml', {
        imageOrigins: ['https://img.example'],
      }),
    ).to.deep.equal([
      "script-src 'self'",
      'connect-src https://news.example',
      'img-src https://img.example',
    ]);
    expect(
      directives(
        '?src=https%3A%2F%2Fnews.example%2Ff.xml&relay=https%3A%2F%2Frelay.example%2F&no-image=',
      ),
    ).to.deep.equal(["script-src 'self'", 'connect-src https://relay.example']);
    // A feed on the page's own site never goes through the relay.
    expect(
      directives('?src=%2Ff.json&relay=https%3A%2F%2Frelay.example%2F&no-image='),
    ).to.deep.equal(["script-src 'self'", "connect-src 'self'"]);
  });

  it('carries the relay <meta> for a feed-reading element, and a word on Trusted Types', () => {
    const text = snippet({
      state: state('?src=https%3A%2F%2Fnews.example%2Ff.xml&relay=https%3A%2F%2Frelay.example%2F'),
      spec: list,
      build,
      styleHash: '',
    });
    expect(text).to.include('<meta name="news-widgets:relay" content="https://relay.example/" />');
    expect(text).to.include('trusted-types lit-html news-widgets');
    const plain = snippet({
      state: state('?element=nw-dateline&relay=x'),
      spec: dateline,
      build,
      styleHash: '',
    });
    expect(plain).not.to.include('news-widgets:relay');
    expect(plain).not.to.include('connect-src');
  });
});
