// `news-widgets/rate-table.js`: defines <nw-rate-table> and nothing else.
import { define } from '../shared/define.js';
import { NwRateTable } from './rate-table.js';

define('nw-rate-table', NwRateTable);

export { NwRateTable };
export { registerMessages } from '../i18n/registry.js';
