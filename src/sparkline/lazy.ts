// The part of the trend lines an element loads with `import()` when its `history` is first set (trend-lines.ts):
// the history formats, the controller and the drawing, kept out of the bundles of pages that never show them.
import { sparklineStyles } from './sparkline.styles.js';

export { HistoryController } from '../shared/history-controller.js';
export { sparkline } from './sparkline.js';

/** Adds the sparkline's styles to a shadow root whose element did not carry them in its static styles. */
export function adoptSparklineStyles(root: ShadowRoot): void {
  const sheet = sparklineStyles.styleSheet;
  if (sheet && !root.adoptedStyleSheets.includes(sheet)) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
}
