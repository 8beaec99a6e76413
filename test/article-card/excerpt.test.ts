import { expect } from '@open-wc/testing';
import { excerpt } from '../../src/format/excerpt.js';

describe('excerpt()', () => {
  it('returns a text that fits whole, without an ellipsis, with white space collapsed', () => {
    expect(excerpt('  Short\n\n text\t here ', 40)).to.equal('Short text here');
    expect(excerpt('Exactly twenty chars', 20)).to.equal('Exactly twenty chars');
  });

  it('cuts at a word boundary and counts the ellipsis in the length', () => {
    const text = 'Trailer queues at the port grew longer again this week';
    const cut = excerpt(text, 30);
    expect(cut).to.equal('Trailer queues at the port…');
    expect(cut.length).to.be.at.most(30);
  });

  it('keeps a word that ends exactly at the limit', () => {
    // "Trailer queues at" is 17 characters; with the ellipsis the excerpt is exactly 18.
    expect(excerpt('Trailer queues at the port', 18)).to.equal('Trailer queues at…');
  });

  it('drops punctuation left dangling before the ellipsis', () => {
    expect(excerpt('Rates rose, then fell back again', 13)).to.equal('Rates rose…');
    expect(excerpt('North — south and back', 9)).to.equal('North…');
  });

  it('cuts a text without spaces between graphemes, never inside a surrogate pair or emoji', () => {
    const emoji = '😀'.repeat(20);
    for (let max = 2; max < 12; max++) {
      const cut = excerpt(emoji, max);
      expect(cut.endsWith('…')).to.be.true;
      const body = cut.slice(0, -1);
      expect(body).to.equal('😀'.repeat(body.length / 2));
      expect(cut.length).to.be.at.most(max);
    }
    const family = '👩‍👩‍👧'.repeat(4);
    expect(excerpt(family, 10)).to.equal('👩‍👩‍👧…');
    expect(excerpt('e\u0301'.repeat(10), 6)).to.equal('e\u0301e\u0301…');
  });

  it('cuts one over-long word by characters', () => {
    expect(excerpt('Supercalifragilistic', 8)).to.equal('Superca…');
  });

  it('cuts Cyrillic and Kazakh at word boundaries too', () => {
    expect(excerpt('Курсы валют выросли к вечеру пятницы', 20, 'ru')).to.equal(
      'Курсы валют выросли…',
    );
    expect(excerpt('Теңге бағамы апта соңында нығайды', 18, 'kk')).to.equal('Теңге бағамы апта…');
  });

  it('treats 0 or a negative length as no limit', () => {
    const text = 'A sentence that is left alone.';
    expect(excerpt(text, 0)).to.equal(text);
    expect(excerpt(text, -5)).to.equal(text);
  });
});
