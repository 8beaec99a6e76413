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

// Every element resolves its locale at each render, and a list renders a card per article: asking Intl to
// canonicalize the same few tags each time cost more than the rest of resolving, so each answer is kept.
const canonicalTags = new Map<string, string | undefined>();

function canonical(tag: string | null | undefined): string | undefined {
  if (!tag?.trim()) return undefined;
  if (!canonicalTags.has(tag)) {
    let locale: string | undefined;
    try {
      locale = Intl.getCanonicalLocales(tag.trim())[0];
    } catch {
      locale = undefined;
    }
    canonicalTags.set(tag, locale);
  }
  return canonicalTags.get(tag);
}
