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
    grid-template-columns: auto auto auto minmax(0, 1fr) auto;
    /* The strip's row keeps its line's height when a date line sits under it too. */
    grid-template-rows: minmax(calc(var(--_line) * 1em), auto);
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

  /* Rates past stale-after: a badge in the text's own colour, so it has the strip's contrast. */
  .outdated {
    grid-area: 1 / 3;
    margin-inline-end: 0.5em;
    padding: 0 0.4em;
    border: 1px solid;
    border-radius: var(--_radius);
    font-size: 0.8em;
    white-space: nowrap;
  }

  /* The publisher and the day, on a line of its own under the strip (show-date), its height reserved before
     data: a fixed one, as WebKit rounds a line box up to whole pixels. Cut short on a narrow strip (the
     accessible name has it all). */
  .about {
    grid-area: 2 / 1 / 3 / -1;
    block-size: calc(var(--_line) * 1em);
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    font-size: 0.8em;
    color: var(--_color-muted);
  }

  /* Size containment: the strip's own length (thousands of px) is not this box's intrinsic width. */
  .viewport {
    grid-area: 1 / 4;
    min-width: 0;
    overflow: hidden;
    contain: inline-size;
    contain-intrinsic-inline-size: var(--nw-rate-ticker-preferred-width, min(24em, 100vw - 5em));
  }

  /* A mask, not a gradient painted over the ends: it fades the text into any background, image or colour,
     so the palette the backdrop controller picked holds wherever the text is legible. */
  :host([fade]) .viewport {
    --_fade: var(--nw-rate-ticker-fade, 2em);
    mask: linear-gradient(
      to right,
      #0000,
      #000 var(--_fade),
      #000 calc(100% - var(--_fade)),
      #0000
    );
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
    /* Dragged sideways by pointer events; a vertical swipe still scrolls the page. */
    touch-action: pan-y;
    user-select: none;
    cursor: grab;
  }

  .moving:dir(rtl) {
    animation-name: nw-ticker-rtl;
  }

  :host([direction='reverse']) .moving {
    animation-direction: reverse;
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
  :host(:not([hover='slow'], [hover='none'])) .hovered .moving,
  .dragging .moving,
  .base.keyboard-focus .moving,
  :host([paused]) .moving {
    animation-play-state: paused;
  }

  li span {
    unicode-bidi: isolate;
  }

  /* A box the page fills with ::part(flag-KZT) { background-image }; a flag's 4:3 at the text's height. */
  .flag {
    display: inline-block;
    inline-size: 1.33em;
    block-size: 1em;
    vertical-align: -0.15em;
    margin-inline-end: 0.3em;
    background: center / cover no-repeat;
  }

  .status {
    color: var(--_color-muted);
  }

  button {
    grid-area: 1 / 5;
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
    :host([fade]) .viewport {
      mask: none;
    }
    [aria-pressed='true'] .icon {
      forced-color-adjust: none;
      background: ButtonText;
    }
  }

  /* No motion, and on paper: every pair at once, wrapped in rows, and nothing to pause. */
  @media (prefers-reduced-motion: reduce), print {
    .moving {
      animation: none;
      user-select: auto;
      cursor: auto;
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

    :host([fade]) .viewport {
      mask: none;
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
