// `dist/rates.js`, for a finance page: defines the ticker, the rate table and the currency converter, which
// share one feed client (one request per feed), one copy of Lit and the rate words.
import './rate-ticker/define.js';
import './rate-table/define.js';
import './currency-converter/define.js';

export { NwRateTicker } from './rate-ticker/rate-ticker.js';
export { NwRateTable } from './rate-table/rate-table.js';
export { NwCurrencyConverter } from './currency-converter/currency-converter.js';
export { registerMessages } from './i18n/registry.js';
