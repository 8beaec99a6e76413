// Apart from text.ts, which reads HTML through the XML parser: the rates feeds need only this, and the ticker
// then loads that parser only for XML feeds (rates/parse.ts).

// What `collapse` would change: two whitespace in a row, whitespace other than a plain space, an edge space,
// or a bidi embedding or override control (U+202A–U+202E). Most feed strings have none, and testing is far
// cheaper than rebuilding 10,000 titles and summaries.
const UNTIDY = /\s\s|[^\S ]|^ | $|[\u202a-\u202e]/;

/**
 * Collapses runs of whitespace (including no-break spaces) to one space and trims. Drops the bidi embedding
 * and override controls: an override reverses the text after it, so "invoice\u202egpj.exe" would read as
 * "invoiceexe.jpg". Right-to-left text needs none of them (its letters carry their own direction), and the
 * elements isolate each feed string from its neighbours.
 */
export function collapse(text: string): string {
  return UNTIDY.test(text)
    ? text
        .replace(/[\u202a-\u202e]/g, '')
        .replace(/\s+/g, ' ')
        .trim()
    : text;
}
