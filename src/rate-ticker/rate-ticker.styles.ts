import { css } from 'lit';

export const rateTickerStyles = css`
  :host {
    --_gap: var(--nw-rate-ticker-gap, 2em);
    --_speed: var(--nw-rate-ticker-speed, 50);
    /* Reserved before data arrives, so the strip never pushes the page down when it fills. */
    --_line: var(--nw-rate-ticker-line-height, 1.6);
    display: block;
    font: var(--nw-rate-ticker-font, inherit);
    line-height: var(--_line);
    background: var(--_color-surface);
  }

  /* A grid, not a flex row: under a min-content constraint a flexible track is zero, so the strip never
     sets the width of a box that sizes to its content (a float, a table cell, a flex item, a grid auto
     column); under a max-content constraint it asks for its preferred width, below. */
  .base {
    display: grid;
    grid-template-columns: auto auto minmax(0, 1fr) auto;
    align-items: center;
    min-height: calc(var(--_line) * 1em);
    line-height: var(--_line);
    /* Not a sliver beside a float (see news-list.styles.ts): below it, when it cannot show a few pairs. */
    min-inline-size: min(12em, 100%);
  }

  slot[name='label'] {
    grid-area: 1 / 1;
    display: flex;
    align-items: center;
    gap: 0.5em;
  }
  ::slotted(*) {
    margin-inline-end: 0.5em;
  }
  .base > .status {
    grid-area: 1 / 2;
    margin-inline-end: 0.5em;
  }

  /* Size containment: the strip's own length (thousands of px) is not this box's intrinsic width. */
  .viewport {
    grid-area: 1 / 3;
    min-width: 0;
    overflow: hidden;
    contain: inline-size;
    contain-intrinsic-inline-size: var(--nw-rate-ticker-preferred-width, min(24em, 100vw - 5em));
  }

  .track {
    position: relative;
    width: max-content;
  }

  /* Copies after the first sit beyond it; being out of flow, the track is exactly one copy wide, so
     translating it by -100% moves one copy's width and the next copy lands where the first began. */
  .copies {
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: 100%;
    display: flex;
  }

  ul {
    display: flex;
    column-gap: var(--_gap);
    margin: 0;
    padding: 0;
    padding-inline-end: var(--_gap);
    list-style: none;
    white-space: nowrap;
  }

  /* Motion is a CSS animation of transform alone: it runs on the compositor, with no layout and no script
     per frame. The duration is the copy's width (measured on resize only) over the speed in px/s. */
  .moving {
    animation: nw-ticker calc(var(--_width) / var(--_speed) * 1s) linear infinite;
  }

  .moving:dir(rtl) {
    animation-name: nw-ticker-rtl;
  }

  @keyframes nw-ticker {
    to {
      transform: translateX(-100%);
    }
  }

  @keyframes nw-ticker-rtl {
    to {
      transform: translateX(100%);
    }
  }

  /* Keyboard focus only (set from :focus-visible by the element): a mouse click on the button focuses it
     too, and play must then play. */
  .base:hover .moving,
  .base.keyboard-focus .moving,
  :host([paused]) .moving {
    animation-play-state: paused;
  }

  li span {
    unicode-bidi: isolate;
  }

  .status {
    color: var(--_color-muted);
  }

  button {
    grid-area: 1 / 4;
    margin-inline-start: 0.5em;
    display: inline-grid;
    place-items: center;
    inline-size: calc(var(--_line) * 1em);
    block-size: calc(var(--_line) * 1em);
    padding: 0;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: transparent;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }

  /* Drawn, not a glyph: a font's "❚❚" is wider than the box in many fonts and pushed the page sideways. */
  .icon {
    inline-size: 0.625em;
    block-size: 0.75em;
  }
  [aria-pressed='false'] .icon {
    border-inline: 0.22em solid;
  }
  [aria-pressed='true'] .icon {
    background: currentColor;
    clip-path: polygon(0 0, 100% 50%, 0 100%);
  }
  @media (forced-colors: active) {
    [aria-pressed='true'] .icon {
      forced-color-adjust: none;
      background: ButtonText;
    }
  }

  /* No motion, and on paper: every pair at once, wrapped in rows, and nothing to pause. */
  @media (prefers-reduced-motion: reduce), print {
    .moving {
      animation: none;
    }

    .track,
    ul {
      width: auto;
      flex-wrap: wrap;
      row-gap: 0.25em;
      white-space: normal;
    }

    ul {
      padding-block: 0.25em;
      padding-inline-end: 0;
    }

    li {
      white-space: nowrap;
    }

    .copies,
    button {
      display: none;
    }
  }

  @media print {
    .viewport {
      overflow: visible;
    }
    li {
      break-inside: avoid;
    }
  }
`;
