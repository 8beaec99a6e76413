// The allow-list: the only hosts a relay fetches from. Default deny; an entry is an exact host
// (`news.example`), a host and port (`127.0.0.1:8080`), or a domain with every name under it (`*.nationalbank.kz`,
// which also matches `nationalbank.kz` itself, where that bank publishes its rates).

/**
 * @typedef {{ host: string, port: string, subdomains: boolean }} AllowEntry
 * `port` is '' for the scheme's default port: an entry without a port never reaches another port of that host.
 */

/**
 * Parses `news.example, *.nationalbank.kz` (commas or whitespace). Throws, naming the entry, on one that is
 * not a host: a typo here must stop the relay from starting, not silently allow nothing or too much.
 * @param {string | string[]} list
 * @returns {AllowEntry[]}
 */
export function parseAllowList(list) {
  const items = (Array.isArray(list) ? list : [list])
    .flatMap((item) => item.split(/[\s,]+/))
    .filter(Boolean);
  return items.map((item) => {
    const subdomains = item.startsWith('*.');
    const rest = subdomains ? item.slice(2) : item;
    let url;
    try {
      url = new URL(`http://${rest}`);
    } catch {
      url = undefined;
    }
    const bare = url && url.username === '' && url.pathname === '/' && !url.search && !url.hash;
    if (!url || !bare || rest.includes('*') || rest.includes('/')) {
      throw new Error(
        `"${item}" is not a host: write news.example, news.example:8080 or *.example (all names under example)`,
      );
    }
    return { host: url.hostname, port: url.port, subdomains };
  });
}

/**
 * Whether `url` (parsed) may be fetched: its host matches an entry, and its port is the entry's (or the
 * scheme's default when the entry names none).
 * @param {URL} url
 * @param {AllowEntry[]} entries
 */
export function isAllowed(url, entries) {
  const host = url.hostname.replace(/\.$/, '');
  return entries.some(
    (entry) =>
      entry.port === url.port &&
      (host === entry.host || (entry.subdomains && host.endsWith(`.${entry.host}`))),
  );
}
