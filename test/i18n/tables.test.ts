import { expect } from '@open-wc/testing';
import { registerMessages } from '../../src/index.js';
import { COMMON } from '../../src/i18n/common.js';
import { CONVERTER } from '../../src/i18n/converter.js';
import { LIST, listMessages } from '../../src/i18n/list.js';
import { RATES } from '../../src/i18n/rates.js';
import { SPARKLINE } from '../../src/i18n/sparkline.js';
import { TABLE } from '../../src/i18n/table.js';
import { TICKER, tickerMessages } from '../../src/i18n/ticker.js';
import type { PluralForms } from '../../src/i18n/plural.js';
import { wordsReady, type Language, type WordTable } from '../../src/i18n/registry.js';
import '../support/lit-warnings.js';

const SHIPPED: Language[] = ['en', 'ru', 'kk', 'uz', 'ky', 'tg', 'tk'];
const TABLES = { COMMON, TICKER, LIST, RATES, TABLE, CONVERTER, SPARKLINE };

/** A shipped language's table of one area, loaded from its language file where it is not English. */
async function shipped<T>(table: WordTable<T>, lang: Language): Promise<T> {
  const entry = table[lang];
  if (entry === undefined) throw new Error(`no ${lang} table`);
  return typeof entry === 'function' ? (entry as () => Promise<T>)() : entry;
}

/** The `{slots}` a phrase uses, so a translation cannot drop or misspell one. */
const slots = (phrase: string) => [...phrase.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const phrasesOf = (words: object): Record<string, string | PluralForms> =>
  Object.fromEntries(Object.entries(words));
const phrases = (value: string | PluralForms) =>
  typeof value === 'string' ? [value] : Object.values(value);

// The lookups below are synchronous, as in an element's render: every language is loaded first, as an
// element loads its own before it renders.
before(() => Promise.all(SHIPPED.map((lang) => wordsReady(lang, Object.values(TABLES)))));

describe('word tables', () => {
  for (const [name, table] of Object.entries(TABLES)) {
    it(`${name} has every phrase in every shipped language, with the same slots as English`, async () => {
      expect(Object.keys(table).sort()).to.deep.equal([...SHIPPED].sort());
      const english = phrasesOf(table.en);
      for (const lang of SHIPPED) {
        const words = phrasesOf(await shipped<object>(table, lang));
        expect(Object.keys(words).sort(), lang).to.deep.equal(Object.keys(english).sort());
        for (const [key, value] of Object.entries(words)) {
          for (const phrase of phrases(value)) {
            expect(phrase.trim(), `${lang}.${key}`).not.to.equal('');
            const expected = slots(phrases(english[key])[0]);
            expect(slots(phrase), `${lang}.${key}: "${phrase}"`).to.deep.equal(expected);
          }
          // A phrase left in English inside another language's table is an untranslated one.
          if (lang !== 'en') expect(value, `${lang}.${key}`).not.to.deep.equal(english[key]);
        }
      }
    });
  }

  it('gives each language’s navigation a name of its own (axe: landmarks must be unique)', async () => {
    const tables = await Promise.all(SHIPPED.map((lang) => shipped(LIST, lang)));
    const names = tables.map((words) => words.pagination);
    expect(new Set(names).size).to.equal(SHIPPED.length);
  });

  it('speaks the language of a regional tag, and English for a language it does not know', () => {
    expect(tickerMessages('ru-KZ').exchangeRates).to.equal('Курсы валют');
    expect(tickerMessages('ky-KG').exchangeRates).to.equal('Валюта курстары');
    expect(tickerMessages('tg').pause).to.equal('Таваққуф');
    expect(tickerMessages('tk-TM').loading).to.equal('Ýüklenýär…');
    expect(tickerMessages('de').exchangeRates).to.equal('Exchange rates');
  });
});

describe('plural forms', () => {
  const all = (locale: string, count: number) =>
    listMessages(locale).viewingResults(1, count, count);

  it('agrees noun and verb with the count in Russian: 1, 2, 5, 11, 21, 22', () => {
    expect(all('ru', 1)).to.equal('Показан 1 результат');
    expect(all('ru', 2)).to.equal('Показаны 2 результата');
    expect(all('ru', 5)).to.equal('Показано 5 результатов');
    expect(all('ru', 11)).to.equal('Показано 11 результатов');
    expect(all('ru', 21)).to.equal('Показан 21 результат');
    expect(all('ru', 22)).to.equal('Показаны 22 результата');
  });

  it('uses the singular in English only for one', () => {
    expect(all('en', 1)).to.equal('Viewing 1 result');
    expect(all('en', 2)).to.equal('Viewing 2 results');
    expect(all('en', 21)).to.equal('Viewing 21 results');
  });

  it('keeps the noun singular after a number in the Turkic languages and Tajik', () => {
    expect(all('kk', 1)).to.equal('1 нәтиже көрсетілген');
    expect(all('kk', 21)).to.equal('21 нәтиже көрсетілген');
    expect(all('uz', 5)).to.equal('5 ta natija ko‘rsatilmoqda');
    expect(all('ky', 2)).to.equal('2 натыйжа көрсөтүлүүдө');
    expect(all('tg', 21)).to.equal('21 натиҷа нишон дода мешавад');
    expect(all('tk', 1)).to.equal('1 netije görkezilýär');
  });

  it('writes a range while paging, with or without a known total, in the language’s digits', () => {
    expect(listMessages('en').viewingResults(7, 12, 50)).to.equal('Viewing results 7 - 12 of 50');
    expect(listMessages('en').viewingResults(1, 6, undefined)).to.equal('Viewing results 1 - 6');
    expect(listMessages('ru').viewingResults(9997, 10000, 10000)).to.equal(
      'Показаны результаты 9\u00a0997 - 10\u00a0000 из 10\u00a0000',
    );
    expect(listMessages('tg').viewingResults(1, 6, 50)).to.equal('Натиҷаҳои 1 - 6 аз 50');
    expect(listMessages('ky').page(3)).to.equal('3-барак');
  });
});

describe('registerMessages', () => {
  it('adds a language; the phrases it leaves out are English', () => {
    // Two calls add up: a site may register its phrases where each is used.
    registerMessages('be', { exchangeRates: 'Курсы валют' });
    registerMessages('be', { loading: 'Загрузка…' });
    const words = tickerMessages('be-BY');
    expect(words.exchangeRates).to.equal('Курсы валют');
    expect(words.loading).to.equal('Загрузка…');
    expect(words.pause).to.equal('Pause');
  });

  it('replaces one phrase for a region, leaving the language and its other regions alone', () => {
    registerMessages('ru-KG', { range: 'Статьи {from}–{to} из {total}' });
    expect(listMessages('ru-KG').viewingResults(1, 6, 50)).to.equal('Статьи 1–6 из 50');
    expect(listMessages('ru-KG').loadMore).to.equal('Показать ещё');
    expect(listMessages('ru').viewingResults(1, 6, 50)).to.equal('Показаны результаты 1 - 6 из 50');
  });

  it('rejects a tag that is not BCP 47, as Intl does', () => {
    expect(() => registerMessages('not a tag', {})).to.throw(RangeError);
  });
});
