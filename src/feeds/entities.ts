// XML entity expansion, bounded before a feed reaches DOMParser. WebKit's XML parser expands internal
// entities without the amplification limits Chromium's and Firefox's have: ten nested entities ("billion
// laughs", 1 kB of feed) hang Safari's tab for minutes, and one large entity referenced many times makes
// hundreds of megabytes of text in any engine. Feeds rarely declare entities, and never need them nested.
import { feedError } from './errors.js';
import { settings, tooLarge } from './fetch.js';

// Every declared value, wherever it is: one a parameter entity would write is found too, and a look-alike in
// CDATA can only make the check stricter.
const DECLARED = /<!ENTITY\s[^"']*(["'])([^]*?)\1/g;
// A reference to another entity: anything but a character reference or one of XML's five predefined ones.
const NESTED = /[&%](?!#|(?:amp|lt|gt|quot|apos);)[^\s&%;]+;/;

/**
 * Throws FeedError 'format' when `text` declares XML entities made of other entities (Chromium refuses those
 * too), and 'too-large' when its entities could take it past the size limit once expanded.
 */
export function checkEntityExpansion(text: string, url: string): void {
  let longest = 0;
  for (const [, , value] of text.matchAll(DECLARED)) {
    if (NESTED.test(value))
      throw feedError('format', url, 'declares XML entities made of entities');
    longest = Math.max(longest, value.length);
  }
  // At most, every `&` in the text is a reference to the longest entity.
  if (longest && longest * text.split('&').length > settings.maxBytes) throw tooLarge(url);
}
