import { css } from 'lit';

/**
 * What every element shares. Page-wide tokens (`--nw-color-text`, `--nw-font-family`…) are read into
 * private `--_` names here (or, read only here, straight into their property) and never declared on `:host`,
 * so an ancestor's value always reaches us.
 *
 * Colours. Text takes the page's colour, so it is as readable as the page's own text; muted text and
 * control borders are that colour thinned, which holds 4.5:1 (text) and 3:1 (borders) wherever the page's
 * own text holds AA. Colours of our own (up, down, accent, focus ring) come in light-dark() pairs, and the
 * backdrop controller sets `color-scheme` on the inner `base` part from the background actually behind the
 * widget (shared/backdrop.ts), so they follow the real page, not the scheme it declares.
 *
 * Inherited properties (docs/theming.md explains each): the page's font family, size, colour, direction and
 * visibility come through; line height, letter and word spacing, text transform, alignment, white space,
 * font weight and style, and cursor are reset on the `base` part — not on `:host`, where a theme's `*` rule
 * would beat us — because they belong to the page's prose and break a widget's layout.
 */
export const baseStyles = css`
  :host {
    --_color-text: var(--nw-color-text, currentColor);
    --_color-muted: var(--nw-color-muted, color-mix(in srgb, currentColor 76%, transparent));
    --_color-accent: var(--nw-color-accent, light-dark(#0b57d0, #a8c7fa));
    --_color-on-accent: var(--nw-color-on-accent, light-dark(#ffffff, #062e6f));
    --_color-surface: var(--nw-color-surface, transparent);
    --_color-border: var(--nw-color-border, color-mix(in srgb, currentColor 60%, transparent));
    --_color-rule: color-mix(in srgb, currentColor 18%, transparent);
    --_radius: var(--nw-radius, 6px);
    --_focus-ring: var(--nw-focus-ring, 2px solid var(--_color-accent));
    /* The picture column of a horizontal card: a teaser thumbnail, not a share of the page. The card and
       the list's skeleton cards both use it, so a skeleton has the shape of the card that replaces it. */
    --_thumbnail-width: var(--nw-article-card-image-width, clamp(6em, 30%, 13em));

    box-sizing: border-box;
    font-family: var(--nw-font-family, inherit);
    color: var(--_color-text);
  }

  [part~='base'] {
    line-height: var(--nw-line-height, 1.5);
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-align: start;
    text-indent: 0;
    white-space: normal;
    font-weight: normal;
    font-style: normal;
    cursor: auto;
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

  /* Paper is white whatever the screen was: the light palette, and our text in the paper's ink. */
  @media print {
    [part~='base'] {
      color-scheme: light !important;
    }
    :host {
      color: var(--nw-color-text, #000);
    }
  }
`;
