import { feedError } from '../errors.js';
import type { FeedDocument } from '../types.js';
import { parseXml } from '../xml.js';
import { HistoryBuilder, type RateHistory } from './points.js';
import { SERIES_ADAPTERS } from './registry.js';

// Every element on one history source receives the same document object; they share one reading of it.
const parsed = new WeakMap<FeedDocument, RateHistory>();

/**
 * The rate history in a fetched document, whatever its format (detected from the content). Throws a
 * `format` FeedError that says what is wrong: no format known, no point readable, too many points.
 */
export function parseHistoryFeed(document: FeedDocument): RateHistory {
  const known = parsed.get(document);
  if (known) return known;
  const text = document.text.replace(/^\uFEFF/, '').trim();
  // XML that is not well-formed throws its own 'format' error; text that is not JSON is no history either.
  const data: unknown = text.startsWith('<') ? parseXml(text, document.url) : jsonOf(text);
  const adapter = SERIES_ADAPTERS.find((each) => each.detect(data));
  if (!adapter)
    throw feedError('format', document.url, 'is not a rate history news-widgets can read');
  const into = new HistoryBuilder(document.url);
  adapter.read(data, into);
  const history = into.build(adapter.format);
  parsed.set(document, history);
  return history;
}

function jsonOf(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
