// The package's entry: defines every element (guarded, so loading it twice is harmless) and exports the
// classes and public types for code that wants them. `elements.ts` holds the same exports without defining.
import './dateline/define.js';
import './rate-ticker/define.js';
import './rate-table/define.js';
import './currency-converter/define.js';
import './news-list/define.js';

export * from './elements.js';
