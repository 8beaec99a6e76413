import { css } from 'lit';

export const currencyConverterStyles = css`
  :host {
    display: block;
  }

  /* Amount, from, swap, to in one row where they fit; on a phone each field takes a line of its own, and the
     swap button sits between the two currencies it swaps. */
  .base {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5em 0.75em;
  }

  .field {
    display: grid;
    gap: 0.25em;
    flex: 1 1 10em;
    min-inline-size: 0;
  }

  .amount {
    flex-basis: 8em;
  }

  label {
    font-size: 0.875em;
    font-weight: 600;
  }

  input,
  select,
  button {
    min-block-size: 2.25em;
    inline-size: 100%;
    padding: 0.25em 0.5em;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: transparent;
    color: inherit;
    font: inherit;
  }

  input {
    font-variant-numeric: tabular-nums;
  }

  /* WebKit counts a select's longest option text ("KGS — Киргизский сом") as overflow of the box even when the
     select is narrower: on a phone that scrolled the whole page sideways. Its text is clipped to its box. */
  select {
    contain: paint;
  }

  input[aria-invalid='true'] {
    border-color: currentColor;
    border-width: 2px;
  }

  /* Options are drawn by the browser, outside the page's colours: its own text on its own background. */
  option {
    color: initial;
    background: initial;
  }

  .swap {
    flex: 0 0 auto;
    inline-size: 2.25em;
    padding: 0;
    cursor: pointer;
  }

  .result {
    flex: 1 0 100%;
    font-size: 1.25em;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
    min-block-size: 1.5em;
  }

  .result.problem {
    font-size: 1em;
    font-weight: normal;
  }

  .trend {
    flex: 1 0 100%;
    margin: 0;
    line-height: 0;
  }

  .trend .sparkline {
    inline-size: var(--nw-sparkline-width, 8em);
    block-size: var(--nw-sparkline-height, 1.5em);
  }

  .about {
    flex: 1 0 100%;
    margin: 0;
    font-size: 0.875em;
    color: var(--_color-muted);
  }

  /* Already muted by .about: muting again (the colour is the current colour thinned) would fail contrast. */
  .about .status {
    display: block;
    color: inherit;
  }

  .status {
    margin: 0;
    color: var(--_color-muted);
  }
`;
