// Intl formatters are costly to construct (each one loads locale data) and a list or ticker formats
// hundreds of values per render, so every formatter is built once per kind, locale and option set.
//
// A formatter is looked up by its options object first, by identity: the ticker's first render formats
// hundreds of values with the same few option objects (src/format/number.ts keeps them), and spelling the
// options out with `JSON.stringify` for every value was a measurable part of it. Held weakly, so a caller
// that passes a fresh literal each time leaves nothing behind; an equal literal still finds the formatter
// built for the first one through its content. An options object is not to be changed once it was passed.
function cache<T extends object, O extends object>(
  Formatter: new (locale: string, options: O) => T,
): (locale: string, options: O) => T {
  const byContent = new Map<string, T>();
  const byObject = new WeakMap<O, Map<string, T>>();
  return (locale, options) => {
    let byLocale = byObject.get(options);
    if (!byLocale) byObject.set(options, (byLocale = new Map()));
    let formatter = byLocale.get(locale);
    if (!formatter) {
      // No separator needed: the JSON starts with `{`, which no language tag holds.
      const key = locale + JSON.stringify(options);
      formatter = byContent.get(key) ?? new Formatter(locale, options);
      byContent.set(key, formatter);
      byLocale.set(locale, formatter);
    }
    return formatter;
  };
}

export const dateFormat = cache(Intl.DateTimeFormat);

export const numberFormat = cache(Intl.NumberFormat);

const pluralRules = cache(Intl.PluralRules);
const NO_OPTIONS: Intl.PluralRulesOptions = {};
export const plurals = (locale: string): Intl.PluralRules => pluralRules(locale, NO_OPTIONS);
