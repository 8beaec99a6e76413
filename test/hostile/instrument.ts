// Counts what code on the page leaves running: timers, listeners on window and document, observed targets,
// fetches still out. Imported before the elements, so every one they create goes through these wrappers.
// It wraps the browser's own functions and forwards to them; nothing is faked, only counted.

const pendingTimers = new Set<number>();
const liveIntervals = new Set<number>();
const listeners = new Map<EventTarget, Set<string>>();
const observations = new Map<object, Set<Element>>();
/** The URL of every request still out, so a count left over says which request it was. */
const fetchesOut = new Set<{ url: string }>();

/** A clearTimeout / clearInterval that also forgets the id. */
function clearer(live: Set<number>, clear: (id?: number) => void) {
  return ((id?: number) => {
    if (id !== undefined) live.delete(id);
    clear(id);
  }) as typeof window.clearTimeout;
}

const { setTimeout: setT, clearTimeout: clearT, setInterval: setI, clearInterval: clearI } = window;

window.setTimeout = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
  const id: number = setT(
    (...a: unknown[]) => {
      pendingTimers.delete(id);
      if (typeof handler === 'function') (handler as (...x: unknown[]) => void)(...a);
    },
    ms,
    ...args,
  );
  pendingTimers.add(id);
  return id;
}) as typeof window.setTimeout;
window.clearTimeout = clearer(pendingTimers, clearT);
window.setInterval = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
  const id = setI(handler, ms, ...args);
  liveIntervals.add(id);
  return id;
}) as typeof window.setInterval;
window.clearInterval = clearer(liveIntervals, clearI);

// One key per (type, listener, capture), as the DOM dedupes them.
const ids = new WeakMap<object, number>();
let nextId = 0;
const keyOf = (type: string, listener: unknown, options?: boolean | EventListenerOptions) => {
  if (!listener || (typeof listener !== 'object' && typeof listener !== 'function')) return '';
  if (!ids.has(listener)) ids.set(listener, ++nextId);
  const capture = typeof options === 'boolean' ? options : !!options?.capture;
  return `${type}/${ids.get(listener)}/${capture}`;
};
for (const target of [window, document] as EventTarget[]) {
  const add = target.addEventListener.bind(target);
  const remove = target.removeEventListener.bind(target);
  const live = new Set<string>();
  listeners.set(target, live);
  target.addEventListener = (type, listener, options) => {
    const key = keyOf(type, listener, options);
    if (key && !(typeof options === 'object' && options?.once)) live.add(key);
    add(type, listener, options);
  };
  target.removeEventListener = (type, listener, options) => {
    live.delete(keyOf(type, listener, options));
    remove(type, listener, options);
  };
}

for (const Observer of [ResizeObserver, IntersectionObserver, MutationObserver]) {
  const proto = Observer.prototype as unknown as {
    observe(target: Element, ...rest: unknown[]): void;
    unobserve?(target: Element): void;
    disconnect(): void;
  };
  const { observe, unobserve, disconnect } = proto;
  proto.observe = function (target: Element, ...rest: unknown[]) {
    if (!observations.has(this)) observations.set(this, new Set());
    observations.get(this)!.add(target);
    observe.call(this, target, ...rest);
  };
  if (unobserve)
    proto.unobserve = function (target: Element) {
      observations.get(this)?.delete(target);
      unobserve.call(this, target);
    };
  proto.disconnect = function () {
    observations.delete(this);
    disconnect.call(this);
  };
}

const realFetch = window.fetch.bind(window);
window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  const out = { url: input instanceof Request ? input.url : String(input) };
  fetchesOut.add(out);
  return realFetch(input, init).finally(() => fetchesOut.delete(out));
};

/** The requests still out, by URL. */
export const fetchesStillOut = (): string[] => [...fetchesOut].map((out) => out.url);

export interface Leftovers {
  timers: number;
  intervals: number;
  listeners: number;
  /** Elements still observed by some observer that are no longer in the document. */
  detachedObserved: number;
  observed: number;
  fetches: number;
}

/** What is running right now. */
export function leftovers(): Leftovers {
  const observed = [...observations.values()].flatMap((set) => [...set]);
  return {
    timers: pendingTimers.size,
    intervals: liveIntervals.size,
    listeners: [...listeners.values()].reduce((sum, set) => sum + set.size, 0),
    detachedObserved: observed.filter((el) => !el.isConnected && !el.getRootNode().isConnected)
      .length,
    observed: observed.length,
    fetches: fetchesOut.size,
  };
}

/** Chromium's JS heap figure, when the browser offers one. */
export function heapBytes(): number | undefined {
  return (performance as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize;
}
