// The documents the feed layer is fuzzed with (fuzz.test.ts), also read in slices against at once
// (slices.test.ts): random JSON Feed, WordPress, RSS, Atom and rates documents made of hostile pieces, and
// mutations of them as a server might really send them.
import fc from 'fast-check';

// Pieces hostile text is made of: markup, cut markup, entities, quotes, handlers, hostile schemes, bidi
// overrides, and plain words so that some of it is just text.
const PIECES = [
  '<',
  '>',
  '"',
  "'",
  '&',
  ';',
  '=',
  '/',
  ' ',
  '\n',
  '<a ',
  'href=',
  'src=',
  'onerror=',
  'onclick="x"',
  '<img ',
  '<script>',
  '</script>',
  '<style>',
  '<!--',
  '-->',
  '<![CDATA[',
  ']]>',
  '<p>',
  '</p>',
  '<br/>',
  '&amp;',
  '&lt;',
  '&#x3c;',
  '&#0;',
  '&nbsp;',
  '&bogus;',
  'javascript:',
  'data:text/html,',
  '//evil.example/',
  'https://news.example/a',
  '\u202e',
  '\u202a',
  '\u2067',
  'سلام',
  'Kurs',
  '12.5',
  '__proto__',
  'word',
];
export const hostileText = fc.string({ unit: fc.constantFrom(...PIECES), maxLength: 40 });
const text = fc.oneof(hostileText, fc.string({ maxLength: 40 }), fc.constant(''));
const link = fc.oneof(
  fc.webUrl(),
  hostileText,
  fc.constantFrom(
    'javascript:alert(1)',
    ' JaVa\tScRiPt:alert(1)',
    'data:image/svg+xml,<svg onload=alert(1)>',
    'vbscript:x',
    '//cdn.example/a.png',
    'relative/story',
    'file:///etc/passwd',
  ),
);
const date = fc.oneof(
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  fc.date({ noInvalidDate: true }).map((d) => d.toUTCString()),
  text,
);

/** XML-escaped, or raw in CDATA, or raw as it is: feeds do all three, the last one wrongly. */
const xmlText = fc
  .tuple(text, fc.constantFrom('escape', 'cdata', 'raw'))
  .map(([value, how]) =>
    how === 'escape'
      ? value.replace(/&/g, '&amp;').replace(/</g, '&lt;')
      : how === 'cdata'
        ? `<![CDATA[${value.replaceAll(']]>', '')}]]>`
        : value,
  );

const jsonFeed = fc
  .record({
    title: text,
    items: fc.array(
      fc.record(
        {
          id: fc.oneof(text, fc.integer()),
          url: link,
          title: text,
          content_html: text,
          summary: text,
          image: link,
          date_published: date,
          authors: fc.array(fc.record({ name: text })),
        },
        { requiredKeys: [] },
      ),
      { maxLength: 6 },
    ),
  })
  .map((feed) => JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', ...feed }));

const wordpress = fc
  .array(
    fc.record({
      id: fc.integer(),
      link: link,
      date_gmt: date,
      title: fc.record({ rendered: text }),
      excerpt: fc.record({ rendered: text }),
      content: fc.record({ rendered: text }),
    }),
    { minLength: 1, maxLength: 6 },
  )
  .map((posts) => JSON.stringify(posts));

const rssItem = fc
  .record({
    title: xmlText,
    link: xmlText,
    description: xmlText,
    pubDate: xmlText,
    author: xmlText,
  })
  .map(
    (item) =>
      `<item>${Object.entries(item)
        .map(([k, v]) => `<${k}>${v}</${k}>`)
        .join('')}</item>`,
  );
const rss = fc
  .array(rssItem, { maxLength: 6 })
  .map(
    (items) => `<rss version="2.0"><channel><title>Fuzz</title>${items.join('')}</channel></rss>`,
  );

const atomEntry = fc
  .record({
    title: xmlText,
    summary: xmlText,
    type: fc.constantFrom('text', 'html', 'xhtml'),
    href: link.map((l) => l.replace(/[<&"]/g, '')),
    updated: xmlText,
  })
  .map(
    (e) =>
      `<entry><title type="${e.type}">${e.title}</title><link href="${e.href}"/>` +
      `<summary type="${e.type}">${e.summary}</summary><updated>${e.updated}</updated></entry>`,
  );
const atom = fc
  .array(atomEntry, { maxLength: 6 })
  .map(
    (entries) =>
      `<feed xmlns="http://www.w3.org/2005/Atom"><title>Fuzz</title>${entries.join('')}</feed>`,
  );

const code = fc.oneof(fc.constantFrom('USD', 'KZT', 'EUR', 'RUB', 'UZS'), text);
const amount = fc.oneof(fc.double(), fc.integer(), text, fc.constant(null));
export const rates = fc.oneof(
  fc.record({ base: code, rates: fc.dictionary(code, amount) }).map((r) => JSON.stringify(r)),
  fc
    .array(fc.record({ base: code, quote: code, rate: amount, change: amount }))
    .map((r) => JSON.stringify(r)),
  fc
    .array(fc.record({ title: xmlText, description: xmlText, quant: xmlText, change: xmlText }))
    .map(
      (items) =>
        `<rss><channel>${items
          .map(
            (i) =>
              `<item>${Object.entries(i)
                .map(([k, v]) => `<${k}>${v}</${k}>`)
                .join('')}</item>`,
          )
          .join('')}</channel></rss>`,
    ),
  fc.array(fc.record({ CharCode: xmlText, Nominal: xmlText, Value: xmlText })).map(
    (rows) =>
      `<ValCurs Date="02.12.2026">${rows
        .map(
          (r) =>
            `<Valute>${Object.entries(r)
              .map(([k, v]) => `<${k}>${v}</${k}>`)
              .join('')}</Valute>`,
        )
        .join('')}</ValCurs>`,
  ),
);

/** A document as a server might really send it: whole, cut short, or with a piece dropped in anywhere. */
export const mutated = (documents: fc.Arbitrary<string>) =>
  fc.oneof(
    documents,
    fc.tuple(documents, fc.double({ min: 0, max: 1 })).map(([d, at]) => d.slice(0, d.length * at)),
    fc
      .tuple(documents, fc.double({ min: 0, max: 1 }), hostileText)
      .map(([d, at, piece]) => d.slice(0, d.length * at) + piece + d.slice(d.length * at)),
  );

export const FORMATS = { jsonFeed, wordpress, rss, atom };
