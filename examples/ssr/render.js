// `node examples/ssr/render.js > page.html`: a page whose news list, card and dateline are rendered on the
// server by news-widgets/ssr, readable with JavaScript off. With it on, hydrate.js (served beside the page;
// from the package: node_modules/news-widgets/dist/hydrate.js, with dist/chunks/ beside it for pages in
// other languages than English) makes them live without fetching again.
import { readFile } from 'node:fs/promises';
import { renderArticleCard, renderDateline, renderNewsList } from 'news-widgets/ssr';

const feed = JSON.parse(await readFile(new URL('../shared/feed.json', import.meta.url), 'utf8'));
// What a site's own code would do with its feed or CMS: normalized articles with absolute links.
const items = feed.items.map((item) => ({
  id: item.id,
  url: item.url,
  title: item.title,
  summary: item.summary,
  published: new Date(item.date_published),
  authors: item.authors.map((author) => author.name),
  tags: [],
}));
const [featured, ...rest] = items;

const page = `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="data:," />
    <title>Example Herald (server-rendered)</title>
    <script type="module" src="hydrate.js"></script>
  </head>
  <body>
    <header>
      <h1>Example Herald</h1>
      ${await renderDateline({ date: '2025-12-07', locale: 'en-GB' })}
    </header>
    <main>
      ${await renderArticleCard({ article: featured, layout: 'horizontal', headingLevel: 2, locale: 'en-GB' })}
      <h2>Latest</h2>
      ${await renderNewsList({ items: rest, pageSize: 3, locale: 'en-GB' })}
    </main>
  </body>
</html>
`;
process.stdout.write(page);
