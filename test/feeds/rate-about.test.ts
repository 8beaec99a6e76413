import { expect } from '@open-wc/testing';
import { dayOf, sourceOf } from '../../src/feeds/rates/rate.js';

const iso = (value: unknown) => dayOf(value)?.toISOString();

describe('when rates were fixed, and by whom', () => {
  it('reads the central banks’ day-first days, and refuses days that do not exist', () => {
    expect(iso('06.12.2025')).to.equal('2025-12-06T00:00:00.000Z');
    expect(iso(' 7.12.25 ')).to.equal('2025-12-07T00:00:00.000Z');
    expect(iso('31.02.2025')).to.equal(undefined);
    expect(iso('12.13.2025')).to.equal(undefined);
    expect(iso('06.12.202')).to.equal(undefined);
  });

  it('reads ISO days and date-times, and seconds since 1970', () => {
    expect(iso('2025-12-05')).to.equal('2025-12-05T00:00:00.000Z');
    expect(iso('2025-12-07T09:00:00+05:00')).to.equal('2025-12-07T04:00:00.000Z');
    expect(iso(1765065600)).to.equal('2025-12-07T00:00:00.000Z');
    // Past Date's range: no Invalid Date reaches a formatter.
    expect(iso(1e20)).to.equal(undefined);
  });

  it('reads nothing else as a date', () => {
    for (const value of ['yesterday', 'Sun, 07 Dec 2025', '', null, {}, [], NaN, Infinity]) {
      expect(iso(value), String(value)).to.equal(undefined);
    }
  });

  it('keeps a publisher’s name as one line of text without direction overrides, within 120 characters', () => {
    expect(sourceOf('  National Bank\n of Kazakhstan ')).to.equal('National Bank of Kazakhstan');
    expect(sourceOf('Bank \u202Eknab')).to.equal('Bank knab');
    expect(sourceOf('x'.repeat(500))).to.have.length(120);
    expect(sourceOf('   ')).to.equal(undefined);
    expect(sourceOf(42)).to.equal(undefined);
  });
});
