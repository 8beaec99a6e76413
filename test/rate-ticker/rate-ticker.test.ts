import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { Default } from '../../stories/rate-ticker.stories.js';
import '../support/lit-warnings.js';
import { items, loaded } from './helpers.js';

describe('<nw-rate-ticker>', () => {
  it('is accessible', async () => {
    const el = await loaded(Default(Default.args));
    await expect(el).to.be.accessible();
  });

  it('shows the seed’s five pairs from the demo’s rates feed, as the seed does', async () => {
    const el = await loaded(Default(Default.args));
    expect(items(el)).to.deep.equal([
      'KGS/USD = 0.01143 -0%',
      'KZT/USD = 0.00198 -0%',
      'TJS/USD = 0.10899 0.65%',
      'UZS/USD = 0.00008 -0%',
      'TMT/USD = 0.2849 -0.28%',
    ]);
  });
});
