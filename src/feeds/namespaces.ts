// The XML namespaces feeds use, and the ways publishers get them wrong. Elements are read by namespace URI,
// never by prefix; these tables let a feed whose declarations are missing or misspelt still be read by URI.

export const NS = {
  atom: 'http://www.w3.org/2005/Atom',
  media: 'http://search.yahoo.com/mrss/',
  dc: 'http://purl.org/dc/elements/1.1/',
  content: 'http://purl.org/rss/1.0/modules/content/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  xml: 'http://www.w3.org/XML/1998/namespace',
};

/**
 * What a prefix means when a feed uses it without declaring it: the namespace every feed that does declare it
 * uses. feedparser and feed-rs read such feeds; the XML parser alone would reject them.
 */
export const USUAL_PREFIXES: Readonly<Record<string, string>> = {
  atom: NS.atom,
  media: NS.media,
  dc: NS.dc,
  content: NS.content,
  rdf: NS.rdf,
  dcterms: 'http://purl.org/dc/terms/',
  itunes: 'http://www.itunes.com/dtds/podcast-1.0.dtd',
  slash: 'http://purl.org/rss/1.0/modules/slash/',
  sy: 'http://purl.org/rss/1.0/modules/syndication/',
  wfw: 'http://wellformedweb.org/CommentAPI/',
  georss: 'http://www.georss.org/georss',
};

// Namespace URIs compared the way publishers vary them: case, a trailing slash or hash, http or https.
const key = (uri: string) =>
  uri
    .trim()
    .toLowerCase()
    .replace(/^https:/, 'http:')
    .replace(/[/#]+$/, '');

const KNOWN = new Map<string, string>([
  ...Object.values(NS).map((uri): [string, string] => [key(uri), uri]),
  // Older or sibling versions whose elements the readers understand.
  [key('http://purl.org/atom/ns#'), NS.atom], // Atom 0.3
  [key('http://purl.org/dc/elements/1.0/'), NS.dc],
  [key('http://video.search.yahoo.com/mrss'), NS.media],
]);

/** The namespace URI a feed meant by `uri`: the real one when `uri` is a known misspelling or older version. */
export function canonicalNamespace(uri: string): string {
  return KNOWN.get(key(uri)) ?? uri;
}
