// The feeds every contender reads, written once per run into a scratch folder the server exposes as
// /gen/. Small cases use the demo's own feeds as they are; the large ones are grown from them, so ours,
// the peers and the vanilla baseline all parse the same bytes.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The item counts the host-page case reads in every format. */
export const HOST_PAGE_SIZES = [100, 2_000, 10_000];

const demo = (name) => fileURLToPath(new URL(`../../demo/feeds/${name}`, import.meta.url));

/** A deterministic pseudo-random sequence, so every run (and every contender) sees the same figures. */
function sequence(seed) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/** `count` pairs: the demo's five first (the seed's figures), then ISO currencies against USD, EUR, CNY. */
function ratesFeed(seedFeed, count) {
  const random = sequence(count);
  const rates = seedFeed.rates.slice(0, count);
  const taken = new Set(rates.map((rate) => `${rate.base}/${rate.quote}`));
  const codes = Intl.supportedValuesOf('currency');
  for (const quote of ['USD', 'EUR', 'CNY']) {
    for (const base of codes) {
      if (rates.length === count) break;
      if (base === quote || taken.has(`${base}/${quote}`)) continue;
      rates.push({
        base,
        quote,
        rate: Number((random() * 2).toPrecision(4)),
        change: Number(((random() - 0.5) * 2).toFixed(2)),
      });
    }
  }
  return { ...seedFeed, rates };
}

/** `count` items cycled from the demo's 50 articles, each with its own id, URL and date. */
function articlesFeed(seedFeed, count) {
  const start = Date.parse(seedFeed.items[0].date_published);
  const items = Array.from({ length: count }, (_, index) => {
    const item = seedFeed.items[index % seedFeed.items.length];
    const round = Math.floor(index / seedFeed.items.length);
    return {
      ...item,
      id: `${item.id}-${index}`,
      url: round ? `${item.url}-${round}` : item.url,
      title: round ? `${item.title} (${round + 1})` : item.title,
      date_published: new Date(start - index * 600_000).toISOString(),
    };
  });
  return { ...seedFeed, items };
}

const xmlText = (text) =>
  String(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

/** The same articles as RSS 2.0, so a JSON Feed and an RSS feed of one size can be compared. */
function rssFeed(feed) {
  const items = feed.items.map(
    (item) =>
      `<item><title>${xmlText(item.title)}</title><link>${xmlText(item.url)}</link>` +
      `<guid isPermaLink="false">${xmlText(item.id)}</guid>` +
      `<pubDate>${new Date(item.date_published).toUTCString()}</pubDate>` +
      `<description>${xmlText(item.summary ?? '')}</description>` +
      `<content:encoded><![CDATA[<p>${xmlText(item.content_text ?? '')}</p>]]></content:encoded></item>`,
  );
  return (
    '<?xml version="1.0" encoding="utf-8"?>\n' +
    '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>' +
    `<title>${xmlText(feed.title)}</title><link>${xmlText(feed.home_page_url)}</link>` +
    `<description>${xmlText(feed.description ?? '')}</description>${items.join('\n')}</channel></rss>\n`
  );
}

/** The host-page case's RSS 2.0: what a news CMS serves, with the fields the list shows and no full text. */
function hostRssFeed(jsonFeed) {
  const items = jsonFeed.items.map(
    (item) =>
      `<item><title>${xmlText(item.title)}</title><link>${xmlText(item.url)}</link>` +
      `<guid isPermaLink="false">${xmlText(item.id)}</guid>` +
      `<description>${xmlText(item.summary)}</description>` +
      `<pubDate>${new Date(item.date_published).toUTCString()}</pubDate>` +
      `<dc:creator>${xmlText(item.authors?.[0]?.name ?? '')}</dc:creator>` +
      (item.tags ?? []).map((tag) => `<category>${xmlText(tag)}</category>`).join('') +
      (item.image ? `<media:content url="${xmlText(item.image)}" medium="image"/>` : '') +
      '</item>\n',
  );
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/"><channel>' +
    `<title>${xmlText(jsonFeed.title)}</title><link>${xmlText(jsonFeed.home_page_url)}</link>` +
    `<description>${xmlText(jsonFeed.description)}</description>\n${items.join('')}</channel></rss>\n`
  );
}

/** The host-page case's Atom 1.0, with the same fields. */
function hostAtomFeed(jsonFeed) {
  const entries = jsonFeed.items.map(
    (item) =>
      `<entry><title>${xmlText(item.title)}</title><link rel="alternate" href="${xmlText(item.url)}"/>` +
      `<id>${xmlText(item.id)}</id><updated>${item.date_published}</updated>` +
      `<summary>${xmlText(item.summary)}</summary>` +
      `<author><name>${xmlText(item.authors?.[0]?.name ?? '')}</name></author>` +
      (item.tags ?? []).map((tag) => `<category term="${xmlText(tag)}"/>`).join('') +
      '</entry>\n',
  );
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">' +
    `<title>${xmlText(jsonFeed.title)}</title><id>${xmlText(jsonFeed.home_page_url)}</id>` +
    `<updated>${jsonFeed.items[0].date_published}</updated>\n${entries.join('')}</feed>\n`
  );
}

/** Writes the generated feeds; resolves to the folder to serve as /gen/. */
export async function writeFeeds() {
  const dir = await mkdtemp(join(tmpdir(), 'nw-bench-feeds-'));
  const rates = JSON.parse(await readFile(demo('rates.json'), 'utf8'));
  const articles = JSON.parse(await readFile(demo('articles.json'), 'utf8'));
  const files = {
    'rates-5.json': ratesFeed(rates, 5),
    'rates-200.json': ratesFeed(rates, 200),
    'articles-50.json': articlesFeed(articles, 50),
    'articles-10000.json': articlesFeed(articles, 10_000),
  };
  // The host-page case reads each format at three sizes: about 1 KB an item in JSON Feed (the demo's
  // full text), 0.5 KB in RSS and Atom (title, link, summary, date, author, tags), so 10,000 items stay under
  // the 10 MiB a widget reads.
  for (const count of HOST_PAGE_SIZES) {
    const feed = articlesFeed(articles, count);
    files[`host-${count}.json`] = feed;
    files[`host-${count}.rss`] = hostRssFeed(feed);
    files[`host-${count}.atom`] = hostAtomFeed(feed);
  }
  for (const [name, feed] of Object.entries(files)) {
    await writeFile(join(dir, name), typeof feed === 'string' ? feed : JSON.stringify(feed));
  }
  await writeFile(join(dir, 'articles-10000.rss'), rssFeed(files['articles-10000.json']));
  return dir;
}
