import type { ReactiveControllerHost } from 'lit';

/**
 * Pairs a long strip shows in its first frame: more than a screenful at any usual width and font (a pair and
 * its gap are some 7em or more, so 32 fill a 2560 px strip at 12 px text), few enough to cost little.
 */
export const FIRST_PAIRS = 32;

/**
 * The first rates of a long strip reach the screen in two frames: the first screenful at once, every pair
 * (and, once measured, the copy that closes the loop) in the frame after that one is painted. Stamping and
 * laying out 200 pairs twice over took most of the time from the feed's answer to the first pair; the strip
 * stands still until it is complete, so nothing moves or jumps when the rest joins it beyond its end.
 *
 * Only the first rates: a refresh replaces pairs already on screen. Not under reduced motion, where every pair
 * shows at once, wrapped (the rows would grow under the reader's eyes), nor in a page that is not shown,
 * which paints no frames.
 */
export class FirstScreen {
  /** Set while the first screenful is on its own; settles when the rest is asked for. */
  private rest?: Promise<void>;
  /** Whether rates were rendered once already: later ones replace pairs on screen, all at once. */
  private started = false;

  constructor(private readonly host: ReactiveControllerHost) {}

  /** Whether the strip shows every pair it was given: false only between the two frames. */
  get complete(): boolean {
    return !this.rest;
  }

  /** The pairs to render now: all of them, or the first screenful of a long strip's first rates. */
  take<T>(pairs: readonly T[]): readonly T[] {
    if (!pairs.length) return pairs;
    if (!this.started) {
      this.started = true;
      if (pairs.length > FIRST_PAIRS && this.canWait()) this.rest = this.afterPaint();
    }
    return this.rest ? pairs.slice(0, FIRST_PAIRS) : pairs;
  }

  /** While the first screenful is on its own: settles when the rest is asked for (the host's update is due). */
  get pending(): Promise<void> | undefined {
    return this.rest;
  }

  private canWait(): boolean {
    return (
      document.visibilityState === 'visible' &&
      !matchMedia('(prefers-reduced-motion: reduce)').matches
    );
  }

  /**
   * A frame callback runs before that frame's paint, and a task it queues runs after it: the rest is
   * rendered after the first screenful is painted, in time for the next frame.
   */
  private afterPaint(): Promise<void> {
    return new Promise((resolve) => {
      requestAnimationFrame(() =>
        setTimeout(() => {
          this.rest = undefined;
          this.host.requestUpdate();
          resolve();
        }),
      );
    });
  }
}
