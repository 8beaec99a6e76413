import type { Messages } from './messages.js';
import { warnOnce } from '../shared/warn.js';

/** The languages whose words ship with the widgets; a site adds others with `registerMessages`. */
export type Language = 'en' | 'ru' | 'kk' | 'uz' | 'ky' | 'tg' | 'tk';

/**
 * One area's words (common, ticker, list, calendar…) in each shipped language. English is written out, so
 * it is in every bundle; every other language is written out too, or is a loader that imports the language's
 * file (`languages/ru.ts`) and picks this area's export from it. A page then downloads only the languages
 * its elements speak, and a bundle gets only the areas it uses: `words.ticker` is a static property read,
 * so the bundler leaves the language file's other exports out of that bundle's chunk.
 */
export type WordTable<T> = { en: T } & Record<Exclude<Language, 'en'>, T | Loader<T>>;
type Loader<T> = () => Promise<T>;

const isLoader = <T>(entry: T | Loader<T> | undefined): entry is Loader<T> =>
  typeof entry === 'function';

/** What a site registered, by lower-case language tag (`kk`, `uz-cyrl`). */
const added = new Map<string, Partial<Messages>>();
const listeners = new Set<() => void>();
let version = 0;
// Every element looks its words up on each render; the merge of tables is done once per locale.
let merged = new WeakMap<object, Map<string, object>>();

/** Loaded tables by their loader; `undefined` for a load that failed (English stands in). */
const loaded = new Map<Loader<unknown>, unknown>();
const loading = new Map<Loader<unknown>, Promise<void>>();

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
  changed();
}

/** New words (registered or loaded): lookups merge again, and every element shown re-renders. */
function changed(): void {
  merged = new WeakMap();
  version++;
  for (const listener of listeners) listener();
}

/** Calls `listener` after each `registerMessages` and each language loaded; returns the function that stops. */
export function onMessagesChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Changes with each change of words: an element away from the page at the time re-renders on its return. */
export const wordsVersion = () => version;

/** The shipped entries of `table` for `locale`'s tags (`ru`, then `ru-kz`), loaded or not. */
function entriesFor<T>(locale: string, table: WordTable<T>) {
  const byTag: Partial<Record<string, T | Loader<T>>> = table;
  return tagsOf(locale).map((tag) => byTag[tag]);
}

function load(loader: Loader<unknown>, locale: string): Promise<void> {
  let done = loading.get(loader);
  if (!done) {
    done = loader()
      .then(
        (words) => void loaded.set(loader, words),
        (error: unknown) => {
          loaded.set(loader, undefined);
          warnOnce(`the words for "${locale}" could not be loaded; showing English.`, error);
        },
      )
      // A table that arrives replaces the English a lookup merged in its place, on every element showing it.
      .then(changed);
    loading.set(loader, done);
  }
  return done;
}

/**
 * Starts loading whatever `locale` needs of `tables` and is not loaded yet (the language's file, fetched
 * once per page), and returns the promise of it all; `undefined` when every word is already at hand, so an
 * element in English, or in a language already loaded, renders without waiting. A failed load settles too:
 * the words are then English, and the console says so once.
 */
export function wordsReady(
  locale: string,
  tables: readonly WordTable<unknown>[],
): Promise<void> | undefined {
  const pending: Promise<void>[] = [];
  for (const table of tables) {
    for (const entry of entriesFor(locale, table)) {
      if (isLoader(entry) && !loaded.has(entry)) pending.push(load(entry, locale));
    }
  }
  return pending.length ? Promise.all(pending).then(() => undefined) : undefined;
}

/**
 * The words of one table (common, ticker, list…) for `locale`: English, under the language's table, under
 * the region's (`ru-KZ`), each under what the site registered for it. Extra keys a site registered for other
 * tables ride along unused. A shipped table not loaded yet counts as absent, and starts loading: an element
 * that did not wait for it (`wordsReady`) shows English until it arrives, then re-renders.
 */
export function wordsFor<T extends object>(locale: string, table: WordTable<T>): T {
  let byLocale = merged.get(table);
  if (!byLocale) merged.set(table, (byLocale = new Map()));
  let words = byLocale.get(locale) as T | undefined;
  if (!words) {
    const tags = tagsOf(locale);
    const shipped = entriesFor(locale, table).map((entry) => {
      if (!isLoader(entry)) return entry;
      if (!loaded.has(entry)) void load(entry, locale);
      return loaded.get(entry) as T | undefined;
    });
    words = Object.assign(
      {},
      table.en,
      added.get('en'),
      ...tags.flatMap((tag, i) => [shipped[i], added.get(tag)]),
    ) as T;
    byLocale.set(locale, words);
  }
  return words;
}
