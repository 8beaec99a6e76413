// Display names cost as much to build as number formats (intl-cache.ts); a table asks for one per row.
const names = new Map<string, Intl.DisplayNames | null>();

function displayNames(locale: string): Intl.DisplayNames | null {
  let found = names.get(locale);
  if (found === undefined) {
    found = null;
    try {
      const candidate = new Intl.DisplayNames(locale, { type: 'currency', fallback: 'none' });
      // An engine without the language answers in its default one (Debian's Chromium has no Kyrgyz): an
      // English name in a Kyrgyz table reads worse than the code alone.
      const language = (tag: string) => tag.split('-')[0].toLowerCase();
      if (language(candidate.resolvedOptions().locale) === language(locale)) found = candidate;
    } catch {
      // No Intl.DisplayNames, or a locale it refuses: codes alone.
    }
    names.set(locale, found);
  }
  return found;
}

/**
 * The name of a currency in `locale` (`USD` → "доллар США" in Russian), from the browser's `Intl.DisplayNames`;
 * undefined where the browser has no name for it in that language, or the code is not ISO 4217 (`USDT`), so
 * the caller shows the code alone.
 */
export function currencyName(code: string, locale: string): string | undefined {
  if (!/^[A-Z]{3}$/.test(code)) return undefined;
  try {
    const name = displayNames(locale)?.of(code);
    // Some engines list a language they hold no names for (Debian's Chromium and Kazakh) and answer from their
    // root data, which is English: a name that is the English one in another language is taken for that.
    const english = !/^en\b/i.test(locale) && displayNames('en')?.of(code);
    return name && name !== code && name !== english ? name : undefined;
  } catch {
    return undefined;
  }
}
