type Listener = () => void;

const listeners = new Set<Listener>();
let timer: ReturnType<typeof setTimeout> | undefined;
let currentDay = '';

// A sleeping laptop or a DST change can make one long timeout fire late or early, so the clock never
// waits more than an hour and checks the calendar day itself each time it wakes.
const LONGEST_WAIT_MS = 60 * 60 * 1000;

function dayKey(now: Date): string {
  return now.toDateString();
}

function schedule(): void {
  const now = new Date();
  const nextMidnight = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
  const wait = Math.min(nextMidnight.getTime() - now.getTime(), LONGEST_WAIT_MS);
  timer = setTimeout(tick, wait + 50);
}

function tick(): void {
  const day = dayKey(new Date());
  if (day !== currentDay) {
    currentDay = day;
    for (const listener of listeners) listener();
  }
  schedule();
}

/**
 * Calls `listener` when the local calendar day changes. Every dateline on the page shares one timer, which
 * exists only while someone listens. Returns the function that stops listening.
 */
export function onNewDay(listener: Listener): () => void {
  listeners.add(listener);
  if (listeners.size === 1) {
    currentDay = dayKey(new Date());
    schedule();
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer !== undefined) {
      clearTimeout(timer);
      timer = undefined;
    }
  };
}
