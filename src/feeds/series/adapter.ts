import type { HistoryBuilder } from './points.js';

/**
 * A history format, shaped like the rates adapters (`{ format, detect, read }`, one file each): it gets the
 * parsed document, a JSON value or an XML `Document`, and adds every point it finds to `into`, which checks
 * them. One document may hold many pairs over many days (a time series) or one side of that (one currency's
 * days, one day's currencies); several documents are merged afterwards.
 */
export interface SeriesAdapter<Format extends string = string> {
  format: Format;
  detect(data: unknown): boolean;
  read(data: unknown, into: HistoryBuilder): void;
}
