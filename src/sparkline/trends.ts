// The part of the trend lines an element loads with `import()` when its `history` is first set (trend-lines.ts):
// the history formats, the controller and the drawing, kept out of the bundles of pages that never show them.
import { rateChangeStyles } from '../shared/rate-change.js';
import { sparklineStyles } from './sparkline.styles.js';

export { HistoryController } from '../shared/history-controller.js';
export { sparkline } from './sparkline.js';

/**
 * Adds the sparkline's styles, and the palette they read, to a shadow root whose element did not carry them
 * in its static styles; a sheet the element already has is not added twice.
 */
export function adoptSparklineStyles(root: ShadowRoot): void {
  const sheets = [rateChangeStyles.styleSheet, sparklineStyles.styleSheet].filter(
    (sheet): sheet is CSSStyleSheet => !!sheet && !root.adoptedStyleSheets.includes(sheet),
  );
  if (sheets.length) root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...sheets];
}
