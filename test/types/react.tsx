// Compile-time tests of news-widgets/react, checked by `npm run typecheck` (never run): what React 19 JSX
// accepts for each element, and what it must refuse. Each @ts-expect-error fails the check if the line
// it marks stops being an error. (TypeScript lets any undeclared JSX name with a dash through, as it does
// data-*, so a misspelt `onnw-lod` cannot be refused; a declared one is typed.)
import type {} from '../../src/react/index.js';
import { CurrencyConverter, NewsList, RateTable, RateTicker } from '../../src/react/components.js';
import type { Article } from '../../src/feeds/types.js';

const items: Article[] = [{ id: '1', title: 'A', summary: '', authors: [], tags: [] }];

export const accepted = (
  <>
    <nw-news-list
      src="/feed.json"
      pagination="more"
      page-size={6}
      pageSize={6}
      layout="grid"
      items={items}
      onnw-page-change={(event) => event.detail.page.toFixed()}
      onnw-load={(event) => event.detail.items.length}
      onnw-error={(event) => event.detail.error.kind}
    />
    <nw-article-card heading="A" layout="compact" no-image heading-level={2} />
    <nw-dateline date="2025-12-07" format="long" />
    <nw-rate-ticker src="/rates.json" onnw-load={(event) => event.detail.rates[0]?.rate} />
    <NewsList pagination="pages" onNwPageChange={(event) => event.detail.page} />
    <RateTicker symbols="KZT/USD" onNwError={(event) => event.detail.error.message} />
    <nw-rate-table
      src="/rates.json"
      sort="rate"
      order="descending"
      onnw-load={(event) => event.detail.date?.getTime()}
    />
    <nw-currency-converter amount={100} from="KZT" to="USD" currencies="KZT,USD" />
    <RateTable symbols="USD/KZT" onNwLoad={(event) => event.detail.format} />
    <CurrencyConverter from="KZT" onNwError={(event) => event.detail.error.kind} />
  </>
);

export const refused = (
  <>
    {/* @ts-expect-error: a table sorts by 'currency' | 'quantity' | 'rate' | 'change' */}
    <nw-rate-table sort="name" />
    {/* @ts-expect-error: the converter's amount is a number */}
    <nw-currency-converter amount={{}} />
    {/* @ts-expect-error: pagination is 'pages' | 'more' | 'none' */}
    <nw-news-list pagination="bogus" />
    {/* @ts-expect-error: layout is 'list' | 'grid' */}
    <nw-news-list layout="stacked" />
    {/* @ts-expect-error: page-size is a number */}
    <nw-news-list page-size={{}} />
    {/* @ts-expect-error: a card's layout is 'stacked' | 'horizontal' | 'compact' */}
    <nw-article-card layout="grid" />
    {/* @ts-expect-error: the detail of nw-page-change is { page: number } */}
    <nw-news-list onnw-page-change={(event) => event.detail.items} />
    {/* @ts-expect-error: the wrapper checks its props too */}
    <NewsList pagination="bogus" />
    {/* @ts-expect-error: and its events' details */}
    <NewsList onNwPageChange={(event) => event.detail.items} />
  </>
);
