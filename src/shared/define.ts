import { VERSION } from './version.js';
import { warnOnce } from './warn.js';

/** A custom element class that carries the version of news-widgets it came from. */
type VersionedElement = CustomElementConstructor & { nwVersion?: string };

/**
 * Registers an element unless the tag is already taken. Pages load our bundle twice (a theme and a plugin
 * both add it), or an old and a new version side by side, and `customElements.define` throws on the second
 * call — which would stop every later script in that bundle. The first definition wins; a different version
 * or someone else's element under our tag gets one console warning, never an exception.
 */
export function define(tagName: string, elementClass: VersionedElement): void {
  const existing = customElements.get(tagName) as VersionedElement | undefined;
  if (!existing) {
    elementClass.nwVersion = VERSION;
    customElements.define(tagName, elementClass);
    return;
  }
  if (existing.nwVersion !== VERSION) {
    const owner =
      existing.nwVersion === undefined
        ? 'other code on this page'
        : `news-widgets ${existing.nwVersion}`;
    warnOnce(`<${tagName}> is already defined by ${owner}; news-widgets ${VERSION} left it alone.`);
  }
}
