import { useState } from 'react';
// Each element defines itself when its entry is imported; the list brings the cards it renders.
import 'news-widgets/news-list.js';
import 'news-widgets/dateline.js';
// The JSX types of every <nw-…> element, checked by `tsc` (React 19 renders custom elements itself).
import type {} from 'news-widgets/react';
// A wrapper component, as a React 18 app would use for every element.
import { ArticleCard } from 'news-widgets/react';
import type { Article } from 'news-widgets';

const featured: Article = {
  id: 'featured',
  url: 'https://example.com/news/lighthouse',
  title: 'Lighthouse keeper’s cottage opens as a museum',
  summary:
    'Logbooks from a century of storms are on show, with the lamp itself turning once an hour.',
  published: new Date('2025-12-07T09:00:00Z'),
  authors: ['Ada Kim'],
  tags: [],
};

export function App() {
  const [page, setPage] = useState(1);
  return (
    <main>
      <header>
        <h1>Example Herald</h1>
        <nw-dateline date="2025-12-07" format="long" />
      </header>
      <ArticleCard article={featured} layout="horizontal" headingLevel={2} />
      <h2>Latest</h2>
      {/* React 19 sets page-size as an attribute and assigns props it finds on the element;
          onnw-page-change adds a listener for the element's nw-page-change event. */}
      <nw-news-list
        src="/feed.json"
        page-size={3}
        pagination="pages"
        onnw-page-change={(event) => setPage(event.detail.page)}
      />
      <p>
        Reading page <output id="page-status">{page}</output>
      </p>
    </main>
  );
}
