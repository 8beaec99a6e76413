// `news-widgets/dateline.js`: defines <nw-dateline> and nothing else.
import { define } from '../shared/define.js';
import { NwDateline } from './dateline.js';

define('nw-dateline', NwDateline);

export { NwDateline };
export { registerMessages } from '../i18n/registry.js';
