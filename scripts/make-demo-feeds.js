#!/usr/bin/env node
// Generates the demo's sample feeds in demo/feeds/ from one list of invented articles, demo/data/articles.json,
// so that the JSON Feed, WordPress REST and RSS 2.0 versions always describe exactly the same 50 stories.
//
//   node scripts/make-demo-feeds.js
//
// Output is deterministic (no Math.random, no Date.now): running it twice gives byte-identical files,
// so regenerating never produces noise in a diff. All article text is invented for the demo; people,
// companies and events in it are fictional.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DEMO = join(dirname(fileURLToPath(import.meta.url)), '..', 'demo');
const OUT = join(DEMO, 'feeds');
const SITE = 'https://example.com';
// The demo serves demo/feeds at /feeds, so root-relative image paths load locally in every format
// (a real feed would use absolute URLs; the widgets are expected to cope with both).
const IMAGE_PATH = '/feeds/images';
const IMAGE_WIDTH = 400;
const IMAGE_HEIGHT = 225;

// ---------------------------------------------------------------------------------------------------
// Tiny seeded PRNG (mulberry32): variety in dates and bylines without giving up reproducibility.
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = mulberry32(20251207);

// ---------------------------------------------------------------------------------------------------
// Rates

const RATES_UPDATED = '2025-12-07T09:00:00Z';

// The five pairs from the seed page, in its order. `change` is a percentage. The seed page shows "-0%"
// for several pairs: a tiny negative number (-0.001) is what produces that after rounding, so the
// ticker's sign/arrow handling for "negative but rounds to zero" gets exercised.
const RATES = [
  { base: 'KGS', quote: 'USD', rate: 0.01143, change: -0.001 },
  { base: 'KZT', quote: 'USD', rate: 0.00198, change: -0.001 },
  { base: 'TJS', quote: 'USD', rate: 0.10899, change: 0.65 },
  { base: 'UZS', quote: 'USD', rate: 0.00008, change: -0.001 },
  { base: 'TMT', quote: 'USD', rate: 0.2849, change: -0.28 },
];

// Currencies not on the seed page, present only in the API-shaped file so a consumer has to pick.
const EXTRA_USD_RATES = { EUR: 0.92, RUB: 78.3 };

/** Rounds to four significant figures, the precision typical of public exchange-rate APIs. */
function toSignificant(value, digits = 4) {
  return Number(value.toPrecision(digits));
}

function ratesFeed() {
  return {
    version: 1,
    base: 'USD',
    updated: RATES_UPDATED,
    source: 'Demo data',
    rates: RATES,
  };
}

/** The common `{base, date, rates}` API shape: units of each currency per 1 USD, i.e. the inverse. */
function usdBaseRates() {
  const rates = {};
  for (const { base, rate } of RATES) rates[base] = toSignificant(1 / rate);
  return { base: 'USD', date: RATES_UPDATED.slice(0, 10), rates: { ...rates, ...EXTRA_USD_RATES } };
}

// ---------------------------------------------------------------------------------------------------
// Images: 8 abstract 16:9 placeholders, each a gradient plus a few shapes, no text.

const IMAGES = [
  {
    alt: 'Abstract teal gradient with two overlapping pale circles',
    stops: ['#0f766e', '#5eead4'],
    shapes:
      '<circle cx="140" cy="120" r="70" fill="#ecfeff" fill-opacity=".35"/><circle cx="230" cy="100" r="90" fill="#ccfbf1" fill-opacity=".3"/>',
  },
  {
    alt: 'Abstract amber gradient with a dark diagonal band',
    stops: ['#b45309', '#fcd34d'],
    shapes: '<path d="M0 170 L400 40 L400 100 L0 225Z" fill="#451a03" fill-opacity=".45"/>',
  },
  {
    alt: 'Abstract indigo gradient with rolling hills',
    stops: ['#312e81', '#818cf8'],
    shapes:
      '<path d="M0 160 Q100 110 200 160 T400 150 V225 H0Z" fill="#1e1b4b" fill-opacity=".6"/><circle cx="320" cy="60" r="26" fill="#e0e7ff"/>',
  },
  {
    alt: 'Abstract rose gradient with three stacked bars',
    stops: ['#9f1239', '#fda4af'],
    shapes:
      '<rect x="60" y="120" width="60" height="105" fill="#fff1f2" fill-opacity=".5"/><rect x="150" y="80" width="60" height="145" fill="#fff1f2" fill-opacity=".6"/><rect x="240" y="40" width="60" height="185" fill="#fff1f2" fill-opacity=".7"/>',
  },
  {
    alt: 'Abstract green gradient with a stepped terrace pattern',
    stops: ['#166534', '#bef264'],
    shapes:
      '<path d="M0 225 V170 H100 V140 H200 V110 H300 V80 H400 V225Z" fill="#052e16" fill-opacity=".4"/>',
  },
  {
    alt: 'Abstract slate gradient with a bright ring',
    stops: ['#0f172a', '#64748b'],
    shapes:
      '<circle cx="200" cy="112" r="62" fill="none" stroke="#38bdf8" stroke-width="14"/><circle cx="200" cy="112" r="18" fill="#e0f2fe"/>',
  },
  {
    alt: 'Abstract orange and violet gradient with a triangle',
    stops: ['#7c3aed', '#fb923c'],
    shapes: '<path d="M200 30 L320 195 H80Z" fill="#fff7ed" fill-opacity=".35"/>',
  },
  {
    alt: 'Abstract sky-blue gradient with horizontal waves',
    stops: ['#0369a1', '#bae6fd'],
    shapes:
      '<path d="M0 120 Q50 100 100 120 T200 120 T300 120 T400 120" fill="none" stroke="#f0f9ff" stroke-width="8"/><path d="M0 160 Q50 140 100 160 T200 160 T300 160 T400 160" fill="none" stroke="#f0f9ff" stroke-opacity=".6" stroke-width="8"/>',
  },
];

function svg({ stops, shapes }) {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${IMAGE_WIDTH}" height="${IMAGE_HEIGHT}" viewBox="0 0 ${IMAGE_WIDTH} ${IMAGE_HEIGHT}">` +
    `<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">` +
    `<stop offset="0" stop-color="${stops[0]}"/><stop offset="1" stop-color="${stops[1]}"/></linearGradient></defs>` +
    `<rect width="${IMAGE_WIDTH}" height="${IMAGE_HEIGHT}" fill="url(#g)"/>${shapes}</svg>\n`
  );
}

// ---------------------------------------------------------------------------------------------------
// Authors and articles (invented) live in demo/data/articles.json, newest first, as data rather than code.
// Authors: `wpId` is the WordPress user id; `slug` builds the WordPress author link. Articles: original text;
// `body` is a list of sentences (3–6) so the script can check the count and split WordPress paragraphs;
// `image: false` marks the few stories with no picture. Some entries deliberately carry Cyrillic/Turkic
// letters, em dashes, curly quotes and ampersands, and two headlines run past 120 characters, to exercise
// rendering and entity handling in the widgets.

const { authors: AUTHORS, articles: ARTICLES } = JSON.parse(
  await readFile(join(DEMO, 'data', 'articles.json'), 'utf8'),
);

// ---------------------------------------------------------------------------------------------------
// Derived per-article data shared by all three article formats.

const NEWEST = Date.parse('2025-12-07T09:00:00Z');
const OLDEST = Date.parse('2025-11-01T18:00:00Z');
const HOUR = 3600_000;
const FIVE_MINUTES = 5 * 60_000;

/**
 * Publication times: evenly spaced slots from NEWEST back to OLDEST, each nudged by up to ±4 hours and
 * snapped to five minutes. Slots are ~18 h apart, so the nudge can never reorder items, and the newest
 * stays exactly at NEWEST so that "newest 2025-12-07 09:00Z" is stable.
 */
function publishTimes(count) {
  const step = (NEWEST - OLDEST) / (count - 1);
  return Array.from({ length: count }, (_, i) => {
    if (i === 0) return NEWEST;
    const jitter = (random() * 8 - 4) * HOUR;
    return Math.round((NEWEST - i * step + jitter) / FIVE_MINUTES) * FIVE_MINUTES;
  });
}

/** Builds the shared article records: ids, dates, author, image, WordPress ids. */
function buildArticles() {
  const times = publishTimes(ARTICLES.length);
  let imageCounter = 0;
  return ARTICLES.map((article, i) => {
    // WordPress post ids grow with time, with gaps where drafts and attachments took numbers.
    const wpId = 20480 - i * 7;
    const hasImage = article.image !== false;
    const image = hasImage ? (imageCounter++ % IMAGES.length) + 1 : null;
    return {
      ...article,
      wpId,
      guid: `${SITE}/?p=${wpId}`,
      url: `${SITE}/news/${article.slug}`,
      published: new Date(times[i]),
      author: AUTHORS[Math.floor(random() * AUTHORS.length)],
      image,
      imageUrl: image && `${IMAGE_PATH}/${image}.svg`,
      wpMediaId: image && wpId + 1,
      contentText: article.body.join(' '),
    };
  });
}

// ---------------------------------------------------------------------------------------------------
// JSON Feed 1.1

function rfc3339(date) {
  return date.toISOString().replace('.000Z', 'Z');
}

function jsonFeed(articles) {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'The Steppe Ledger',
    home_page_url: `${SITE}/`,
    feed_url: `${SITE}/feeds/articles.json`,
    description:
      'Invented regional business, transport, energy and culture news for the news-widgets demo.',
    language: 'en',
    items: articles.map((a) => ({
      id: a.guid,
      url: a.url,
      title: a.title,
      summary: a.summary,
      content_text: a.contentText,
      ...(a.imageUrl ? { image: a.imageUrl } : {}),
      date_published: rfc3339(a.published),
      authors: [{ name: a.author.name }],
      tags: a.tags,
    })),
  };
}

// ---------------------------------------------------------------------------------------------------
// WordPress REST API (wp/v2/posts?_embed)

// The demo site's WordPress timezone: `date` is local wall-clock time, `date_gmt` is UTC, both without
// an offset suffix, exactly as the REST API returns them. Asia/Almaty is UTC+5 with no DST.
const WP_UTC_OFFSET_HOURS = 5;

function wpDate(date) {
  return date.toISOString().slice(0, 19);
}

// wptexturize turns typographic characters into numeric entities in rendered fields.
const WP_ENTITIES = {
  '’': '&#8217;',
  '‘': '&#8216;',
  '“': '&#8220;',
  '”': '&#8221;',
  '—': '&#8212;',
  '–': '&#8211;',
  '…': '&#8230;',
};

/**
 * Encodes text the way WordPress renders it. Titles get `&#038;` for an ampersand (what wptexturize
 * emits), content and excerpts `&amp;`; both spellings appear in real WordPress output, so consumers
 * must decode either. Letters outside ASCII (Cyrillic, Turkic) are left as UTF-8, as WordPress does.
 */
function wpEncode(text, ampersand = '&amp;') {
  return text
    .replace(/&/g, ampersand)
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[’‘“”—–…]/g, (ch) => WP_ENTITIES[ch]);
}

/** Splits the sentences into paragraphs of two or three, as a reporter's copy would be. */
function paragraphs(sentences) {
  const out = [];
  for (let i = 0; i < sentences.length;) {
    const take = sentences.length - i === 4 ? 2 : Math.min(3, sentences.length - i);
    out.push(sentences.slice(i, i + take).join(' '));
    i += take;
  }
  return out;
}

/**
 * Most posts have a hand-written excerpt; every ninth uses WordPress's automatic one (first 55 words
 * of the content plus " [&hellip;]"), so the widgets meet that trailing marker too.
 */
function wpExcerpt(article, index) {
  if (index % 9 === 4) {
    const words = article.contentText.split(/\s+/);
    if (words.length > 55) return `<p>${wpEncode(words.slice(0, 55).join(' '))} [&hellip;]</p>\n`;
  }
  return `<p>${wpEncode(article.summary)}</p>\n`;
}

function wpPost(a, index) {
  const local = new Date(a.published.getTime() + WP_UTC_OFFSET_HOURS * HOUR);
  const embedded = {
    author: [{ id: a.author.wpId, name: a.author.name, link: `${SITE}/author/${a.author.slug}/` }],
  };
  if (a.image) {
    embedded['wp:featuredmedia'] = [
      {
        id: a.wpMediaId,
        source_url: a.imageUrl,
        alt_text: IMAGES[a.image - 1].alt,
        media_details: { width: IMAGE_WIDTH, height: IMAGE_HEIGHT },
      },
    ];
  }
  return {
    id: a.wpId,
    date: wpDate(local),
    date_gmt: wpDate(a.published),
    guid: { rendered: a.guid },
    modified: wpDate(local),
    modified_gmt: wpDate(a.published),
    slug: a.slug,
    status: 'publish',
    type: 'post',
    link: a.url,
    title: { rendered: wpEncode(a.title, '&#038;') },
    content: {
      rendered: paragraphs(a.body)
        .map((p) => `<p>${wpEncode(p)}</p>\n`)
        .join('\n'),
      protected: false,
    },
    excerpt: { rendered: wpExcerpt(a, index), protected: false },
    author: a.author.wpId,
    featured_media: a.wpMediaId ?? 0,
    sticky: false,
    format: 'standard',
    _embedded: embedded,
  };
}

// ---------------------------------------------------------------------------------------------------
// RSS 2.0

function escapeXml(text) {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** RFC 822 date as RSS wants it, e.g. "Sun, 07 Dec 2025 09:00:00 +0000". */
function rfc822(date) {
  return date.toUTCString().replace('GMT', '+0000');
}

function rssItem(a) {
  const lines = [
    `      <title>${escapeXml(a.title)}</title>`,
    `      <link>${escapeXml(a.url)}</link>`,
    `      <guid isPermaLink="false">${escapeXml(a.guid)}</guid>`,
    // Plain-text summary, XML-escaped (not wrapped in HTML), the simplest thing a feed reader sees.
    `      <description>${escapeXml(a.summary)}</description>`,
    `      <pubDate>${rfc822(a.published)}</pubDate>`,
    `      <dc:creator>${escapeXml(a.author.name)}</dc:creator>`,
    ...a.tags.map((tag) => `      <category>${escapeXml(tag)}</category>`),
  ];
  if (a.imageUrl) {
    lines.push(
      `      <media:content url="${escapeXml(a.imageUrl)}" medium="image" type="image/svg+xml" width="${IMAGE_WIDTH}" height="${IMAGE_HEIGHT}"/>`,
    );
  }
  return `    <item>\n${lines.join('\n')}\n    </item>`;
}

function rss(articles) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">
  <channel>
    <title>The Steppe Ledger</title>
    <link>${SITE}/</link>
    <description>Invented regional business, transport, energy and culture news for the news-widgets demo.</description>
    <language>en</language>
    <lastBuildDate>${rfc822(articles[0].published)}</lastBuildDate>
    <atom:link href="${SITE}/feeds/articles.rss" rel="self" type="application/rss+xml"/>
${articles.map(rssItem).join('\n')}
  </channel>
</rss>
`;
}

// ---------------------------------------------------------------------------------------------------
// Sanity checks: fail loudly rather than write a feed that breaks the brief the demo relies on.

function check(articles) {
  const fail = (message) => {
    throw new Error(`make-demo-feeds: ${message}`);
  };
  if (articles.length !== 50) fail(`expected 50 articles, got ${articles.length}`);
  if (new Set(articles.map((a) => a.slug)).size !== articles.length) fail('duplicate slug');
  for (const [i, a] of articles.entries()) {
    if (a.body.length < 3 || a.body.length > 6)
      fail(`${a.slug}: body has ${a.body.length} sentences`);
    if (i > 0 && a.published >= articles[i - 1].published) fail(`${a.slug}: not newest-first`);
    if (a.published < Date.parse('2025-11-01T00:00:00Z'))
      fail(`${a.slug}: published before November`);
  }
  if (articles.filter((a) => a.title.length >= 120).length < 2)
    fail('need two 120+ character headlines');
  if (articles.filter((a) => a.contentText.length >= 600).length < 5)
    fail('need several 600+ character bodies');
  const withoutImage = articles.filter((a) => !a.image).length;
  if (withoutImage !== 5) fail(`expected 5 articles without an image, got ${withoutImage}`);
}

// ---------------------------------------------------------------------------------------------------

async function writeOut(name, text) {
  await writeFile(join(OUT, name), text);
  console.log(`wrote demo/feeds/${name} (${Buffer.byteLength(text)} bytes)`);
}

const json = (value) => `${JSON.stringify(value, null, 2)}\n`;

async function main() {
  const articles = buildArticles();
  check(articles);
  await mkdir(join(OUT, 'images'), { recursive: true });
  await writeOut('rates.json', json(ratesFeed()));
  await writeOut('rates-usd-base.json', json(usdBaseRates()));
  await writeOut('articles.json', json(jsonFeed(articles)));
  await writeOut('wp-posts.json', json(articles.map(wpPost)));
  await writeOut('articles.rss', rss(articles));
  for (const [i, image] of IMAGES.entries()) await writeOut(`images/${i + 1}.svg`, svg(image));
}

await main();
