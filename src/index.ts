// The package's entry: defines every element (guarded, so loading it twice is harmless) and exports the
// classes and public types for code that wants them.
import { define } from './shared/define.js';
import { NwDateline } from './dateline/dateline.js';

define('nw-dateline', NwDateline);

export { NwDateline };
export { VERSION } from './shared/version.js';
