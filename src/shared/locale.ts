import { isServer } from 'lit';

/**
 * The locale an element speaks: its own `locale` attribute, else the nearest `lang` up the tree (crossing
 * shadow roots, so a widget inside another component still finds the page's language), else the browser's.
 * Invalid tags are skipped rather than passed to Intl, which would throw a RangeError.
 */
export function resolveLocale(element: Element, explicit?: string | null): string {
  // A server render (news-widgets/ssr) sees neither the page's tree nor a reader's browser: only `locale`.
  const candidates = isServer ? [explicit] : [explicit, nearestLang(element), navigator.language];
  for (const candidate of candidates) {
    const locale = canonical(candidate);
    if (locale) return locale;
  }
  return 'en';
}

function nearestLang(element: Element): string | undefined {
  let node: Element | null = element;
  while (node) {
    const lang = node.closest('[lang]')?.getAttribute('lang');
    if (lang) return lang;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return undefined;
}

function canonical(tag: string | null | undefined): string | undefined {
  if (!tag?.trim()) return undefined;
  try {
    return Intl.getCanonicalLocales(tag.trim())[0];
  } catch {
    return undefined;
  }
}
