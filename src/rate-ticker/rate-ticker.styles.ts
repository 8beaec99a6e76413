import { css } from 'lit';

export const rateTickerStyles = css`
  :host {
    --_up: var(--nw-color-up, light-dark(#13743a, #6fdc8c));
    --_down: var(--nw-color-down, light-dark(#b3261e, #ff8f86));
    --_flat: var(--nw-color-flat, var(--_color-muted));
    --_gap: var(--nw-rate-ticker-gap, 2em);
    --_speed: var(--nw-rate-ticker-speed, 50);
    /* Reserved before data arrives, so the strip never pushes the page down when it fills. */
    --_line: var(--nw-rate-ticker-line-height, 1.6);
    display: block;
    font: var(--nw-rate-ticker-font, inherit);
    line-height: var(--_line);
    background: var(--_color-surface);
  }

  .base {
    display: flex;
    align-items: center;
    min-height: calc(var(--_line) * 1em);
    gap: 0.5em;
  }

  .viewport {
    flex: 1;
    min-width: 0;
    overflow: hidden;
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

  .change {
    color: var(--_flat);
  }

  .up .change {
    color: var(--_up);
  }

  .down .change {
    color: var(--_down);
  }

  .status {
    color: var(--_color-muted);
  }

  button {
    flex: none;
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

  /* No motion: every pair is shown at once, wrapped, and there is nothing to pause. */
  @media (prefers-reduced-motion: reduce) {
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

    li {
      white-space: nowrap;
    }

    .copies,
    button {
      display: none;
    }
  }
`;
