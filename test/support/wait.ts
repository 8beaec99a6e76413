// The one way a test waits for something that has no event of its own to await.

// The page's own timer, kept before any test can fake timers (sinon), so waiting still works under a fake clock.
const tick = window.setTimeout.bind(window);

/** How often `until` looks: often enough to be prompt, rarely enough to leave a busy machine its cores. */
const EVERY_MS = 20;

/**
 * Resolves with `condition()`'s first truthy value, checking now and then every few milliseconds; after
 * `timeout` ms it fails with an error naming `what` it waited for (and what `condition` last returned), so a
 * failure on a loaded CI machine says which step never happened.
 */
export async function until<T>(
  condition: () => T | Promise<T>,
  what: string,
  timeout = 5000,
): Promise<NonNullable<T>> {
  const end = performance.now() + timeout;
  for (;;) {
    const value = await condition();
    if (value) return value as NonNullable<T>;
    if (performance.now() > end) {
      throw new Error(
        `Waited ${timeout} ms for ${what}; it never happened (last: ${String(value)})`,
      );
    }
    await new Promise((resolve) => tick(resolve, EVERY_MS));
  }
}

/**
 * Lets the tasks already queued run (an event the browser queued, a callback due now) before the test goes on;
 * not a wait for time to pass.
 */
export const nextTask = () => new Promise((resolve) => tick(resolve, 0));
