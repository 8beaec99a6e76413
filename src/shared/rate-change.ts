import { css, html } from 'lit';
import { changeTrend, formatChange } from '../format/number.js';
import type { TickerMessages } from '../i18n/ticker.js';

const ARROWS = { up: '▲', down: '▼', unchanged: '▬' } as const;

/**
 * A change in percent as every rate element shows it: an arrow, the direction in words for screen readers
 * (never colour alone, WCAG 1.4.1), and the figure, `▼ -0.28%`. The colour comes from the trend class
 * (`up`, `down`, `unchanged`) on an ancestor: the ticker's item, the table's row.
 */
export function changeMark(
  change: number,
  locale: string,
  words: Pick<TickerMessages, 'up' | 'down' | 'unchanged'>,
) {
  const direction = changeTrend(change);
  return html`<span part="change" class="change"
    ><span class="arrow" aria-hidden="true">${ARROWS[direction]}</span
    ><span class="visually-hidden">${words[direction]}</span> ${formatChange(change, locale)}</span
  >`;
}

/** The up, down and flat colours, light and dark, each above 4.5:1 on its own palette's background. */
export const rateChangeStyles = css`
  :host {
    --_up: var(--nw-color-up, light-dark(#13743a, #6fdc8c));
    --_down: var(--nw-color-down, light-dark(#b3261e, #ff8f86));
    --_flat: var(--nw-color-flat, var(--_color-muted));
  }

  .change {
    color: var(--_flat);
  }

  .up .change {
    color: var(--_up);
  }

  .down .change {
    color: var(--_down);
  }

  /* The direction in words, and the ticker's stale mark: here, in the styles of every element that shows
     them, rather than in the base styles of elements that never do. */
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
