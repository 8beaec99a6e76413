// Intl formatters are costly to construct (each one loads locale data) and a list or ticker formats
// hundreds of values per render, so every formatter is built once per kind, locale and option set.
const formatters = new Map<string, object>();

function cached<T extends object>(
  Formatter: new (locale: string, options: object) => T,
  locale: string,
  options: object,
): T {
  // The constructor's own name (`DateTimeFormat`) tells the kinds apart: minifiers do not rename built-ins.
  const key = `${Formatter.name}|${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) {
    formatter = new Formatter(locale, options);
    formatters.set(key, formatter);
  }
  return formatter;
}

export const dateFormat = (
  locale: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat => cached(Intl.DateTimeFormat, locale, options);

export const numberFormat = (
  locale: string,
  options: Intl.NumberFormatOptions,
): Intl.NumberFormat => cached(Intl.NumberFormat, locale, options);

export const plurals = (locale: string): Intl.PluralRules => cached(Intl.PluralRules, locale, {});
