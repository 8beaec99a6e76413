import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { onMessagesChange, wordsReady, wordsVersion, type WordTable } from '../i18n/registry.js';
import { resolveLocale } from './locale.js';

/** An element with a `locale` property, as every news-widgets element has. */
type Host = ReactiveControllerHost & Element & { locale?: string | null };

/** Every connected element's controller; one observer and one set of listeners serve them all. */
const watching = new Set<LangController>();
let observer: MutationObserver | undefined;
let observed = new WeakSet<Node>();

function recheckAll(): void {
  for (const controller of watching) controller.recheck();
}

function start(): void {
  observer = new MutationObserver(recheckAll);
  // Added again at each start, which adds nothing twice: with no element connected, they cost one empty loop.
  onMessagesChange(recheckAll);
  // The browser's language is the last resort of `resolveLocale`; it changes when the reader changes it.
  addEventListener('languagechange', recheckAll);
}

function stop(): void {
  observer?.disconnect();
  observer = undefined;
  observed = new WeakSet();
}

/**
 * Observes `lang` in every tree `host` sits in: its document, and each shadow root between it and the
 * document, since `resolveLocale` crosses them (a card in a list's shadow root speaks the list's `lang`).
 */
function observeTreesOf(host: Element): void {
  let node: Node = host;
  for (;;) {
    const root = node.getRootNode();
    if (observer && !observed.has(root)) {
      observer.observe(root, { subtree: true, attributeFilter: ['lang'] });
      observed.add(root);
    }
    if (!(root instanceof ShadowRoot)) return;
    node = root.host;
  }
}

/**
 * Re-renders its element when the language it speaks changes without a property of its own changing: a
 * `lang` attribute set, changed or removed on it or any ancestor, the element moved under another `lang`,
 * the browser's language changed, or a site's `registerMessages`. All elements share one MutationObserver.
 *
 * It also has the element's words at hand before it renders: `tables` are the areas the element shows
 * (common, ticker, list, calendar…), and a language other than English is loaded the moment the element
 * connects or its language changes, beside its feed request. The element waits for them in
 * `scheduleUpdate` (`whenReady`), so a Russian page never shows English words first.
 */
export class LangController implements ReactiveController {
  /** The locale the element last spoke, and the words it spoke it with. */
  private lang?: string;
  private words = wordsVersion();

  constructor(
    readonly host: Host,
    private readonly tables: readonly WordTable<unknown>[] = [],
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (!watching.size) start();
    watching.add(this);
    observeTreesOf(this.host);
    // A move disconnects and reconnects, and Lit renders nothing for it; the new place may speak otherwise.
    this.recheck();
  }

  hostDisconnected(): void {
    watching.delete(this);
    if (!watching.size) stop();
  }

  /** The locale the element speaks now: its `locale`, else the nearest `lang`, else the browser's. */
  get locale(): string {
    return resolveLocale(this.host, this.host.locale);
  }

  recheck(): void {
    const lang = this.locale;
    if (lang === this.lang && this.words === wordsVersion()) return;
    const first = this.lang === undefined;
    this.lang = lang;
    this.words = wordsVersion();
    void wordsReady(lang, this.tables);
    if (!first) this.host.requestUpdate();
  }

  /**
   * Runs `update` (the element's `super.scheduleUpdate()`) once the words of the language it speaks are
   * loaded: at once when they are, else after the load, checking again in case the language changed
   * meanwhile. Lit awaits what `scheduleUpdate` returns, so `updateComplete` includes the wait.
   */
  whenReady(update: () => void): void | Promise<void> {
    const loading = wordsReady(this.locale, this.tables);
    return loading ? loading.then(() => this.whenReady(update)) : update();
  }
}
