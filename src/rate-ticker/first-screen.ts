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
 * Given the number of the first rates' pairs, returns what settles when the rest is to be rendered, or
 * nothing when every pair is to be rendered at once: a short strip; under reduced motion, where every pair
 * shows, wrapped (the rows would grow under the reader's eyes); in a hidden page, which paints no frames.
 * A frame callback runs before that frame's paint, and a task it queues after it.
 */
export const restOfFirstScreen = (pairs: number): Promise<void> | undefined =>
  pairs > FIRST_PAIRS && !document.hidden && !matchMedia('(prefers-reduced-motion: reduce)').matches
    ? new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)))
    : undefined;
