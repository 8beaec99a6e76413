// The formatter cache (src/format/intl-cache.ts): one formatter per kind, locale and option set, whether the
// options come as the same object or as an equal one.
import { expect } from '@open-wc/testing';
import { dateFormat, numberFormat, plurals } from '../../src/format/intl-cache.js';

describe('Intl formatter cache', () => {
  it('gives the same formatter for the same options object', () => {
    const options: Intl.NumberFormatOptions = { maximumFractionDigits: 3 };
    expect(numberFormat('en', options)).to.equal(numberFormat('en', options));
  });

  it('gives the same formatter for an equal options object', () => {
    const first = numberFormat('de', { style: 'percent', maximumFractionDigits: 1 });
    expect(numberFormat('de', { style: 'percent', maximumFractionDigits: 1 })).to.equal(first);
    expect(first.format(0.125)).to.equal(
      new Intl.NumberFormat('de', { style: 'percent', maximumFractionDigits: 1 }).format(0.125),
    );
  });

  it('tells locales, options and kinds apart', () => {
    const options: Intl.NumberFormatOptions = { minimumFractionDigits: 2 };
    expect(numberFormat('en', options)).not.to.equal(numberFormat('ru', options));
    expect(numberFormat('en', options)).not.to.equal(
      numberFormat('en', { minimumFractionDigits: 3 }),
    );
    expect(numberFormat('en', options).format(1)).to.equal('1.00');
    expect(numberFormat('ru', options).resolvedOptions().locale).to.equal('ru');
    const day: Intl.DateTimeFormatOptions = { day: 'numeric' };
    expect(dateFormat('en', day)).to.be.instanceOf(Intl.DateTimeFormat);
    expect(plurals('en')).to.equal(plurals('en'));
    expect(plurals('en').select(1)).to.equal('one');
  });
});
