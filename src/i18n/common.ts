import type { WordTable } from './registry.js';

/** Status words every element that reads a feed shows. */
export interface CommonMessages {
  loading: string;
  /** Shown above data that is older than a refresh that failed. */
  stale: string;
  /** Shown when a feed could not be loaded at all; the technical reason follows it. */
  loadFailed: string;
}

export const COMMON: WordTable<CommonMessages> = {
  en: {
    loading: 'Loading…',
    stale: 'Not updated: showing earlier data.',
    loadFailed: 'This content could not be loaded.',
  },
  ru: () => import('./languages/ru.js').then((words) => words.common),
  kk: () => import('./languages/kk.js').then((words) => words.common),
  uz: () => import('./languages/uz.js').then((words) => words.common),
  ky: () => import('./languages/ky.js').then((words) => words.common),
  tg: () => import('./languages/tg.js').then((words) => words.common),
  tk: () => import('./languages/tk.js').then((words) => words.common),
};
