import { expect } from '@open-wc/testing';
import type { RateSheet } from '../../src/feeds/types.js';
import { RATES_TABLES } from '../../src/i18n/rates.js';
import { wordsReady } from '../../src/i18n/registry.js';
import { aboutRates, outdatedFrom } from '../../src/shared/rates-about.js';
import '../support/lit-warnings.js';

// The National Bank of Kazakhstan's day, as its adapter reads `07.12.25`: UTC midnight.
const day = new Date(Date.UTC(2025, 11, 7));
const sheet = (about: Partial<RateSheet>): RateSheet => ({ rates: [], format: 'own', ...about });

describe('aboutRates', () => {
  // Languages other than English load on demand (an element waits for them); these tests read them at once.
  before(async () => {
    for (const lang of ['ru', 'kk', 'uz', 'tg']) await wordsReady(lang, RATES_TABLES);
  });

  it('names the central bank by the feed’s format in every shipped language', () => {
    const nbk = sheet({ format: 'nbk', date: day });
    expect(aboutRates(nbk, 'en-GB')).to.deep.equal({
      publisher: 'National Bank of Kazakhstan',
      line: 'National Bank of Kazakhstan, 07/12/2025',
      spoken: 'National Bank of Kazakhstan, as of 07 December 2025',
    });
    expect(aboutRates(nbk, 'kk').line).to.equal('Қазақстан Ұлттық Банкі, 07.12.2025');
    expect(aboutRates(nbk, 'kk').spoken).to.equal(
      'Қазақстан Ұлттық Банкі, 07 желтоқсан 2025 жағдай бойынша',
    );
    expect(aboutRates(sheet({ format: 'cbr' }), 'ru').publisher).to.equal('Банк России');
    expect(aboutRates(sheet({ format: 'cbr' }), 'tg').publisher).to.equal('Бонки Русия');
    expect(aboutRates(sheet({ format: 'nbk' }), 'uz').publisher).to.equal(
      'Qozog‘iston Milliy banki',
    );
    expect(aboutRates(sheet({ format: 'cbr', date: day }), 'ru').spoken).to.match(
      /^Банк России, на 07 декабря 2025/,
    );
  });

  it('prefers the name the feed gives itself, and says what it knows when half is missing', () => {
    expect(aboutRates(sheet({ format: 'nbk', source: 'Halyk' }), 'en').line).to.equal('Halyk');
    expect(aboutRates(sheet({ date: day }), 'en-GB')).to.deep.equal({
      publisher: undefined,
      line: '07/12/2025',
      spoken: 'as of 07 December 2025',
    });
    expect(aboutRates(sheet({}), 'en')).to.deep.equal({
      publisher: undefined,
      line: '',
      spoken: '',
    });
  });

  it('writes a bare day as the day the bank meant, in any time zone; a moment as the local day', () => {
    // UTC midnight is 6 December west of Greenwich; the bank meant the 7th. (The test browsers run in the
    // machine's zone, UTC in CI, where both readings agree: this line guards the zones west of it.)
    expect(aboutRates(sheet({ date: day }), 'en-GB').line).to.equal('07/12/2025');
    const moment = new Date(Date.UTC(2025, 11, 7, 9));
    const local = `${String(moment.getDate()).padStart(2, '0')}/12/2025`;
    expect(aboutRates(sheet({ date: moment }), 'en-GB').line).to.equal(local);
  });
});

describe('outdatedFrom', () => {
  it('is the sheet’s date plus the limit, and nothing without a limit or a date', () => {
    expect(outdatedFrom(sheet({ date: day }), 48)).to.equal(day.getTime() + 48 * 3_600_000);
    expect(outdatedFrom(sheet({ date: day }), 0)).to.equal(undefined);
    expect(outdatedFrom(sheet({ date: day }), undefined)).to.equal(undefined);
    expect(outdatedFrom(sheet({}), 48)).to.equal(undefined);
    expect(outdatedFrom(undefined, 48)).to.equal(undefined);
  });
});
