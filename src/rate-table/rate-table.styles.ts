import { css } from 'lit';

export const rateTableStyles = css`
  :host {
    display: block;
  }

  /* The table never widens the page: on a box narrower than its figures it scrolls inside itself. */
  .base {
    max-inline-size: 100%;
    overflow-x: auto;
  }

  table {
    inline-size: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }

  caption {
    caption-side: top;
    padding-block-end: 0.5em;
    text-align: start;
    font-weight: 600;
  }

  .about,
  caption .status {
    display: block;
    font-weight: normal;
    font-size: 0.875em;
    color: var(--_color-muted);
  }

  th,
  td {
    padding: 0.375em 0.5em;
    border-block-end: 1px solid var(--_color-rule);
    text-align: end;
    vertical-align: baseline;
    /* Figures stay on one line; only the currency's name wraps. */
    white-space: nowrap;
  }

  th:first-child,
  td:first-child {
    padding-inline-start: 0;
    text-align: start;
    white-space: normal;
  }

  th:last-child,
  td:last-child {
    padding-inline-end: 0;
  }

  /* Headers wrap (\`Курс (RUB)\` on a phone) so that only the figures set the columns' widths. */
  thead th {
    white-space: normal;
    font-weight: 600;
    border-block-end-color: var(--_color-border);
  }

  /* The header's text is the button: the whole cell width, at least 24 px tall (WCAG 2.5.8). */
  button {
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
    min-block-size: 24px;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    text-align: inherit;
    cursor: pointer;
  }

  .sort-icon {
    font-size: 0.75em;
    color: var(--_color-muted);
  }

  [aria-sort] .sort-icon {
    color: inherit;
  }

  tbody th {
    font-weight: 600;
  }

  .name {
    display: block;
    font-weight: normal;
    font-size: 0.875em;
    color: var(--_color-muted);
    overflow-wrap: anywhere;
  }

  .quote {
    color: var(--_color-muted);
  }

  .change,
  .code {
    unicode-bidi: isolate;
  }

  /* A sparkline sits on the row's middle, not on its baseline: it is a picture, not a figure. */
  td.trend {
    vertical-align: middle;
    line-height: 0;
  }

  .status {
    margin: 0;
    color: var(--_color-muted);
  }

  @media (forced-colors: active) {
    .change {
      color: CanvasText;
    }
  }
`;
