// The page-wide alarms every hostile test checks: a payload that runs calls `__pwned(where)` (every fixture's
// payloads do), an exception nobody caught or a promise nobody handled lands in `uncaught`, and a feed that
// managed to pollute Object.prototype shows up as `polluted`. Imported before the elements, so it is armed
// before any of their code runs.
import { expect, fixture, html } from '@open-wc/testing';
import { nextTask, until } from '../support/wait.js';

declare global {
  interface Window {
    __pwned?: (where: string) => void;
  }
}

export const pwned: string[] = [];
export const uncaught: string[] = [];

window.__pwned = (where: string) => {
  pwned.push(String(where));
};
window.addEventListener('error', (event) => {
  // A resource that failed to load (an <img>) also fires 'error' here, but on the element, not as an exception.
  if (event.error !== undefined || event.message) uncaught.push(String(event.message));
});
window.addEventListener('unhandledrejection', (event) => {
  uncaught.push(`unhandled rejection: ${String(event.reason)}`);
});

const PROTOTYPE_KEYS = ['polluted', 'base', 'quote', 'rate'];

/** Whatever a test leaves on the alarms fails it, and is cleared so the next test starts clean. */
export function assertNothingRan(): void {
  const ran = pwned.splice(0);
  const thrown = uncaught.splice(0);
  const polluted = PROTOTYPE_KEYS.filter((key) => key in Object.prototype);
  expect(ran, 'a feed payload ran').to.deep.equal([]);
  expect(thrown, 'an uncaught exception or unhandled rejection').to.deep.equal([]);
  expect(polluted, 'Object.prototype was polluted').to.deep.equal([]);
}

/**
 * Lets the browser act on anything a payload could have planted: waits until every eager image in the page
 * (shadow roots included) has loaded or failed, then for the task that fires its load or error handler. Lazy
 * images off screen never start; assertInert() proves none of them carries a handler.
 */
export async function settle(): Promise<void> {
  const loading = (el: Element) =>
    el instanceof HTMLImageElement && el.loading !== 'lazy' && !el.complete;
  await until(
    () => !deepElements(document.body).some(loading),
    'every eager image in the page to load or fail',
    8000,
  );
  await nextTask();
}

/** Every element under `root` (shadow roots included, recursively). */
export function deepElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    out.push(el);
    if (el.shadowRoot) out.push(...deepElements(el.shadowRoot));
  }
  return out;
}

const ACTIVE = 'script, iframe, object, embed, frame, frameset, form, base, meta, link';

/**
 * What a widget rendered is safe: no active element anywhere in it, no `on…` attribute, and every link and
 * image (and anything else carrying a URL) is http(s).
 */
export function assertInert(host: Element): void {
  const all = deepElements(host.shadowRoot ?? host);
  const active = all.filter((el) => el.matches(ACTIVE));
  expect(
    active.map((el) => el.outerHTML.slice(0, 120)),
    'active elements in a widget',
  ).to.deep.equal([]);
  for (const el of all) {
    for (const attr of el.attributes) {
      expect(attr.name.startsWith('on'), `${el.localName} has ${attr.name}`).to.equal(false);
      if (['href', 'src', 'srcset', 'action', 'formaction', 'poster', 'data'].includes(attr.name)) {
        const url = new URL(attr.value, document.baseURI);
        expect(['http:', 'https:'], `${el.localName} ${attr.name}="${attr.value}"`).to.include(
          url.protocol,
        );
      }
    }
  }
}

/** A sibling of the widget, so a test can prove the rest of the page is intact. */
export async function pageWith(
  widget: Element,
): Promise<{ root: HTMLElement; sibling: HTMLElement }> {
  const root = await fixture<HTMLElement>(
    html`<div>
      <p class="sibling">The rest of the page</p>
      ${widget}
      <p class="sibling">More page</p>
    </div>`,
  );
  return { root, sibling: root.querySelector('.sibling')! };
}

export function assertPageIntact(root: HTMLElement): void {
  const siblings = [...root.querySelectorAll<HTMLElement>('.sibling')];
  expect(siblings.length, 'page siblings').to.equal(2);
  for (const sibling of siblings) {
    expect(sibling.isConnected).to.equal(true);
    expect(sibling.getBoundingClientRect().height, 'sibling still visible').to.be.greaterThan(0);
  }
  expect(document.body.isConnected).to.equal(true);
}

// Counted per file and printed at the end, so `npm test` shows how many hostile and fault cases ran.
const counts = { hostile: 0, fault: 0, lifecycle: 0 };
export function counted(kind: keyof typeof counts, test: Mocha.Test | undefined): void {
  if (test?.state === 'passed') counts[kind]++;
}
export function printCounts(label: string): void {
  after(() => {
    console.log(
      `[hostile] ${label}: ${counts.hostile} hostile cases, ${counts.fault} fault cases, ` +
        `${counts.lifecycle} lifecycle cases passed`,
    );
  });
}
