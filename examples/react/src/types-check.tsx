// Checked by `npm run build` (tsc), never run: the packed package's types refuse what the elements refuse.
export const refused = (
  <>
    {/* @ts-expect-error: pagination is 'pages' | 'more' | 'none' */}
    <nw-news-list pagination="bogus" />
    {/* @ts-expect-error: nw-page-change's detail is { page: number } */}
    <nw-news-list onnw-page-change={(event) => event.detail.items} />
  </>
);
