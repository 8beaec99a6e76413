import type { Messages } from './messages.js';

/** The languages whose words ship with the widgets; a site adds others with `registerMessages`. */
export type Language = 'en' | 'ru' | 'kk' | 'uz' | 'ky' | 'tg' | 'tk';

/** What a site registered, by lower-case language tag (`kk`, `uz-cyrl`). */
const added = new Map<string, Partial<Messages>>();
const listeners = new Set<() => void>();
let version = 0;
// Every element looks its words up on each render; the merge of tables is done once per locale.
let merged = new WeakMap<object, Map<string, object>>();

/** `uz-Cyrl-UZ` → `uz`, `uz-cyrl`, `uz-cyrl-uz`: from the language alone to the whole tag. */
export function tagsOf(locale: string): string[] {
  const subtags = locale.toLowerCase().split('-');
  return subtags.map((_, i) => subtags.slice(0, i + 1).join('-'));
}

/**
 * Adds a language or replaces phrases of one, for every widget on the page; those already shown re-render.
 * `lang` is a BCP 47 tag: `ky`, or `ru-KZ` to change a phrase for Kazakhstan's Russian pages only. Phrases
 * left out come from the language's own table (`ru` for `ru-KZ`), then from English. Throws a RangeError for a
 * tag that is not BCP 47, as `Intl` does.
 */
export function registerMessages(lang: string, messages: Partial<Messages>): void {
  const key = Intl.getCanonicalLocales(lang)[0].toLowerCase();
  added.set(key, { ...added.get(key), ...messages });
  merged = new WeakMap();
  version++;
  for (const listener of listeners) listener();
}

/** Calls `listener` after each `registerMessages`; returns the function that stops listening. */
export function onMessagesChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Changes with each `registerMessages`: an element away from the page at the time re-renders on its return. */
export const wordsVersion = () => version;

/** What a site registered for exactly this tag (lower case), if anything. */
export function registeredFor(tag: string): Partial<Messages> | undefined {
  return added.get(tag);
}

/**
 * The words of one table (common, ticker, list) for `locale`: English, under the language's table, under the
 * region's (`ru-KZ`), each under what the site registered for it. Extra keys a site registered for other
 * tables ride along unused.
 */
export function wordsFor<T extends object>(locale: string, table: Record<Language, T>): T {
  let byLocale = merged.get(table);
  if (!byLocale) merged.set(table, (byLocale = new Map()));
  let words = byLocale.get(locale) as T | undefined;
  if (!words) {
    const builtIn: Partial<Record<string, T>> = table;
    words = Object.assign(
      {},
      ...['en', ...tagsOf(locale)].flatMap((tag) => [builtIn[tag], added.get(tag)]),
    ) as T;
    byLocale.set(locale, words);
  }
  return words;
}
