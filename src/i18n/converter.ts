import { COMMON, type CommonMessages } from './common.js';
import { fill } from './plural.js';
import { RATES_TABLES } from './rates.js';
import { wordsFor, type WordTable } from './registry.js';

/** The words `<nw-currency-converter>` shows. `{name}` slots take codes and numbers. */
export interface ConverterMessages {
  /** The form's accessible name. */
  converter: string;
  amount: string;
  /** Labels of the two currency lists: convert from, convert to. */
  from: string;
  to: string;
  /** The swap button's name. */
  swap: string;
  /** The amount typed is not a number; `{example}` is one written the language's way (`1 234,5`). */
  notANumber: string;
  /** The feed has no pair, direct or across, between the two currencies. */
  noRate: string;
  /** The feed holds no currencies at all that the converter could offer. */
  noCurrencies: string;
}

export const CONVERTER: WordTable<ConverterMessages> = {
  en: {
    converter: 'Currency converter',
    amount: 'Amount',
    from: 'From',
    to: 'To',
    swap: 'Swap currencies',
    notANumber: 'Enter a number, such as {example}.',
    noRate: 'These rates cannot convert {from} to {to}.',
    noCurrencies: 'No currencies to convert.',
  },
  ru: () => import('./languages/ru.js').then((words) => words.converter),
  kk: () => import('./languages/kk.js').then((words) => words.converter),
  uz: () => import('./languages/uz.js').then((words) => words.converter),
  ky: () => import('./languages/ky.js').then((words) => words.converter),
  tg: () => import('./languages/tg.js').then((words) => words.converter),
  tk: () => import('./languages/tk.js').then((words) => words.converter),
};

/** The tables the converter's words come from, which it loads before it renders in another language. */
export const CONVERTER_TABLES = [COMMON, ...RATES_TABLES, CONVERTER];

export interface ConverterWords
  extends CommonMessages, Omit<ConverterMessages, 'notANumber' | 'noRate'> {
  notANumber: (example: string) => string;
  noRate: (from: string, to: string) => string;
}

/** The converter's words in `locale`'s language (`ru-KZ` → `ru`), with what a site registered, else English. */
export function converterMessages(locale: string): ConverterWords {
  const words = { ...wordsFor(locale, COMMON), ...wordsFor(locale, CONVERTER) };
  return {
    ...words,
    notANumber: (example) => fill(words.notANumber, { example }),
    noRate: (from, to) => fill(words.noRate, { from, to }),
  };
}
