// The properties a server-rendered element needs again in the browser (its `items`, its `article`), carried
// in the page as `<script type="application/json" data-nw-props>` inside the element.

const DATE_KEYS = new Set(['published']);

/**
 * The script element holding `props` as JSON. Feed text is untrusted: every `<` is written as `\u003c`, so
 * no `</script>` or `<!--` in a headline can end the script early.
 */
export function serializeProps(props: Record<string, unknown>): string {
  const json = JSON.stringify(props).replace(/</g, '\\u003c');
  return `<script type="application/json" data-nw-props>${json}</script>`;
}

/** The properties read back from that script, with articles' dates as `Date`s again. */
export function parseProps(text: string): Record<string, unknown> {
  return JSON.parse(text, (key, value) =>
    DATE_KEYS.has(key) && typeof value === 'string' ? new Date(value) : value,
  );
}
