// `news-widgets/currency-converter.js`: defines <nw-currency-converter> and nothing else.
import { define } from '../shared/define.js';
import { NwCurrencyConverter } from './currency-converter.js';

define('nw-currency-converter', NwCurrencyConverter);

export { NwCurrencyConverter };
export { registerMessages } from '../i18n/registry.js';
