/** The days a history shows when `days` is missing or not a number. */
export const DEFAULT_DAYS = 30;

/**
 * `days` as elements use it: a whole number of at least 2 (a line needs two days) and at most a year, 30
 * when it is not a number. Apart from the controller so an element's heading can say it before the lazily
 * loaded history code arrives.
 */
export const windowOf = (days: number | undefined) =>
  Number.isFinite(days) ? Math.min(366, Math.max(2, Math.round(days as number))) : DEFAULT_DAYS;
