import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Which palette the widget's own colours (up, down, accent, focus ring) must use: the one for the background
 * actually behind it. `light-dark()` alone follows the `color-scheme` a page declares, and many dark themes
 * declare none (a near-black page then got the light palette's green at 2.9:1), while some pages declare
 * `light dark` and still paint white. So the controller looks at what is painted: the background colours
 * of the nearest ancestors (through shadow roots and slots) up to the first opaque one. Where nothing
 * opaque is painted (the canvas shows) or a background cannot be read (a colour space we do not parse), the
 * page's own text colour tells: light text is written on a dark background.
 *
 * (A translucent background counts when it is at least half opaque: its own colour then dominates.)
 * The answer is written as `color-scheme` on the element's inner `base` part, where light-dark() reads it.
 * It is worked out on connect, and again when the OS scheme changes, when the page finishes loading, and
 * when `<html>` or `<body>` changes its class, style or theme attribute (how sites switch to dark mode).
 */
type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: ParentNode };
type Rgba = [number, number, number, number];

// Where black text and white text contrast equally with a background (WCAG relative luminance).
const MIDPOINT = 0.179;

export function parseColor(value: string): Rgba | undefined {
  const match = /^(?:rgba?\(|color\(srgb )([^)]*)\)$/.exec(value);
  if (!match) return undefined;
  const [r, g, b, a = 1] = match[1]
    .split(/[\s,/]+/)
    .filter(Boolean)
    .map(Number);
  // rgb() is in 0–255, color(srgb) in 0–1.
  const scale = value.startsWith('rgb') ? 255 : 1;
  const color: Rgba = [r / scale, g / scale, b / scale, a];
  return color.every(Number.isFinite) ? color : undefined;
}

export function luminance([r, g, b]: Rgba): number {
  const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** The box this one is painted on: its parent in the flat tree. */
const paintedOn = (el: Element): Element | null =>
  el.assignedSlot ?? el.parentElement ?? (el.parentNode as ShadowRoot | null)?.host ?? null;

/**
 * Whether `host` sits on a dark background. `known` carries what walks in the same frame found: for each box
 * walked, whether the first opaque background at or above it is dark (null: none that can be read). The six
 * cards of a list share every box above their own items, so each stops where the first card's walk passed.
 */
export function backdropIsDark(host: Element, known = new Map<Element, boolean | null>()): boolean {
  const walked: Element[] = [];
  let dark: boolean | null | undefined;
  for (let el: Element | null = host; el && dark === undefined; el = paintedOn(el)) {
    if (known.has(el)) dark = known.get(el);
    else {
      walked.push(el);
      const color = parseColor(getComputedStyle(el).backgroundColor);
      // A mostly opaque background is what the text is read against; a faint tint is looked through.
      if (!color) dark = null;
      else if (color[3] >= 0.5) dark = luminance(color) < MIDPOINT;
    }
  }
  for (const el of walked) known.set(el, dark ?? null);
  if (typeof dark === 'boolean') return dark;
  const text = parseColor(getComputedStyle(host).color);
  return !!text && luminance(text) > MIDPOINT;
}

const controllers = new Set<BackdropController>();

// Reading a computed style makes the browser bring the page's style and layout up to date. A list and its six
// cards render in one go; when each read its background in its own update, each read came after the next card
// had dirtied the tree again: seven style recalcs and a forced layout before the frame's own. So the reads wait
// for the next frame's animation callbacks, where that style and layout are due anyway, all reads before any
// write, and the frame paints with every palette set.
const unread = new Set<BackdropController>();
let pending = 0;

function readBeforePaint(batch: Iterable<BackdropController>): void {
  for (const controller of batch) unread.add(controller);
  pending ||= requestAnimationFrame(() => {
    pending = 0;
    const known = new Map<Element, boolean | null>();
    unread.forEach((controller) => controller.read(known));
    unread.forEach((controller) => controller.apply());
    unread.clear();
  });
}

const recheckAll = () => readBeforePaint(controllers);

let watching = false;
function watchPage(): void {
  if (watching) return;
  watching = true;
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', recheckAll);
  if (document.readyState !== 'complete') addEventListener('load', recheckAll, { once: true });
  const switches = new MutationObserver(recheckAll);
  const attributeFilter = ['class', 'style', 'data-theme', 'data-bs-theme', 'data-color-scheme'];
  switches.observe(document.documentElement, { attributes: true, attributeFilter });
  if (document.body) switches.observe(document.body, { attributes: true, attributeFilter });
}

export class BackdropController implements ReactiveController {
  private scheme?: 'light' | 'dark';

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    controllers.add(this);
    watchPage();
    // Moved to another place on the page, perhaps onto another background.
    this.scheme = undefined;
    // A move renders nothing, so no update asks for the read: one already shown is read again here (and one
    // moved before its frame, which the disconnect took out of that frame's batch, is put back).
    if (this.host.renderRoot.querySelector('[part~="base"]')) readBeforePaint([this]);
  }

  hostDisconnected(): void {
    controllers.delete(this);
    // Nor read at the next frame: a hidden tab has none until it is shown, and each queued controller holds
    // its element (shadow tree, articles, rates), so a page that mounted and removed elements meanwhile kept
    // every one of them.
    unread.delete(this);
  }

  hostUpdated(): void {
    if (!this.scheme) readBeforePaint([this]);
    else this.apply();
  }

  /** Works out the palette for the background behind the host now (`apply` writes it). */
  read(known?: Map<Element, boolean | null>): void {
    if (this.host.isConnected) this.scheme = backdropIsDark(this.host, known) ? 'dark' : 'light';
  }

  /** Through the CSSOM, which `style-src 'self'` pages allow; the base part may be re-rendered, so each update. */
  apply(): void {
    const base = this.host.renderRoot.querySelector<HTMLElement>('[part~="base"]');
    // Written only when it changes (a new base part starts without one): each write restyles the widget.
    if (base && this.scheme && base.style.colorScheme !== this.scheme)
      base.style.colorScheme = this.scheme;
  }
}
