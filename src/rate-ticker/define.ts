// Entry for partners who embed the ticker alone (dist/rate-ticker.js): defines <nw-rate-ticker> and nothing else.
import { define } from '../shared/define.js';
import { NwRateTicker } from './rate-ticker.js';

define('nw-rate-ticker', NwRateTicker);

export { NwRateTicker };
// A partner's page in a language the ticker does not ship can still give it words.
export { registerMessages } from '../i18n/registry.js';
