import { DAY } from './points.js';

/**
 * Most documents one `history` attribute fetches: a month of one-day documents (the National Bank of
 * Kazakhstan's), or a few dozen one-currency ones (the Bank of Russia's). A page is not a crawler.
 */
export const MAX_REQUESTS = 31;

/** `{start}`, `{end}`, `{day}`, each with an optional pattern: `{day:DD.MM.YYYY}`. */
const SLOT = /\{(start|end|day)(?::([^}]*))?\}/g;

/** `date` (a UTC day) written in `pattern`'s `YYYY`, `MM` and `DD`. */
function writeDay(date: Date, pattern = 'YYYY-MM-DD'): string {
  const [year, month, day] = date.toISOString().slice(0, 10).split('-');
  return pattern.replace('YYYY', year).replace('MM', month).replace('DD', day);
}

const fill = (template: string, dates: Record<string, Date>) =>
  template.replace(SLOT, (_, name: string, pattern?: string) => writeDay(dates[name], pattern));

/**
 * The documents a `history` attribute names for the last `days` days up to `today`: its URLs (separated by
 * white space, which a URL cannot hold) with their date slots filled. `{start}` and `{end}` are the first and
 * last day of the window, for sources that answer a range; a URL with `{day}` stands for one document per day
 * of the window, newest first, for sources that answer one day at a time. Past MAX_REQUESTS, the rest are
 * left out (oldest days last, so those are the ones lost).
 */
export function historyUrls(spec: string, days: number, today = new Date()): string[] {
  const end = new Date(Math.floor(today.getTime() / DAY) * DAY);
  const start = new Date(end.getTime() - (days - 1) * DAY);
  const urls = spec
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((template) =>
      template.includes('{day')
        ? Array.from({ length: Math.min(days, MAX_REQUESTS) }, (_, back) =>
            fill(template, { start, end, day: new Date(end.getTime() - back * DAY) }),
          )
        : [fill(template, { start, end, day: end })],
    );
  return [...new Set(urls)].slice(0, MAX_REQUESTS);
}
