// `news-widgets/hydrate.js` (and `dist/hydrate.js`, Lit included): the browser side of news-widgets/ssr.
// Lit's hydration support must load before any element class, so it is imported first; then every element
// is defined, and each server-rendered one gets back its data (`items`, `article`) from the JSON script the
// server left inside it before `defer-hydration` is removed, so it hydrates onto the same markup it was
// rendered with: no second fetch, no re-render, no layout shift.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '../index.js';
import { parseProps } from './props.js';

export function hydrate(root: ParentNode = document): void {
  for (const script of root.querySelectorAll<HTMLScriptElement>('script[data-nw-props]')) {
    const element = script.parentElement;
    if (!element?.hasAttribute('defer-hydration')) continue;
    Object.assign(element, parseProps(script.textContent ?? '{}'));
    element.removeAttribute('defer-hydration');
  }
}

hydrate();
