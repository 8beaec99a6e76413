import { css } from 'lit';

/**
 * What every element shares. Page-wide tokens (`--nw-color-text`, `--nw-font-family`…) are read into
 * private `--_` names here and never declared on `:host`, so an ancestor's value always reaches us.
 * Fonts and colours inherit from the page unless a token is set.
 */
export const baseStyles = css`
  :host {
    --_font-family: var(--nw-font-family, inherit);
    --_color-text: var(--nw-color-text, currentColor);
    --_color-muted: var(--nw-color-muted, color-mix(in srgb, currentColor 65%, transparent));
    --_color-accent: var(--nw-color-accent, LinkText);
    --_color-surface: var(--nw-color-surface, transparent);
    --_color-border: var(--nw-color-border, color-mix(in srgb, currentColor 18%, transparent));
    --_radius: var(--nw-radius, 6px);
    --_focus-ring: var(--nw-focus-ring, 2px solid Highlight);

    box-sizing: border-box;
    font-family: var(--_font-family);
    color: var(--_color-text);
  }

  :host([hidden]) {
    display: none !important;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  :focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }

  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
