import { css } from 'lit';

export const newsListStyles = css`
  :host {
    --_list-gap: var(--nw-news-list-gap, 1.25em);
    --_column-min: var(--nw-news-list-column-min, 15em);
    /* A rule between cards is decoration, not a control: it stays faint. */
    --_divider: var(--nw-news-list-divider, 1px solid var(--_color-rule));
    --_header-size: var(--nw-news-list-header-size, 0.875em);
    --_button-background: var(--nw-news-list-button-background, transparent);
    --_current-background: var(--nw-news-list-current-background, var(--_color-accent));
    --_current-color: var(--nw-news-list-current-color, var(--_color-on-accent));
    --_bone: color-mix(in srgb, currentColor 9%, transparent);
    /* Intrinsic width: a box that sizes to its content (a float, an inline-block, a table cell) gets the
       list's preferred width, or less where less fits — never the zero a size container reports (it
       shrank a floated sidebar to one letter per line), never a line of text as long as an excerpt. As
       a one-column grid, the host can shrink below the base's preferred width: under a min-content
       constraint the flexible column is zero. */
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    /* Beside a float, a box like this one narrows to the sliver left over; with a floor it goes below the
       float instead. A percentage, so that it never asks for more than its container has. */
    min-inline-size: min(16em, 100%);
  }

  .base {
    min-width: 0;
    contain: inline-size;
    contain-intrinsic-inline-size: min(var(--nw-news-list-preferred-width, 22em), 100vw - 3em);
  }

  .header {
    margin: 0 0 0.75em;
    font-size: var(--_header-size);
    color: var(--_color-muted);
    min-height: 1.4em;
  }
  .header:focus {
    outline: none;
  }
  .header:focus-visible {
    outline: var(--_focus-ring);
  }

  .items {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_list-gap);
  }
  .items.list > li + li {
    border-top: var(--_divider);
    padding-top: var(--_list-gap);
  }
  .items.grid {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_column-min)), 1fr));
    /* Wider grids breathe more: 1.25em up to 1.75em from about 60em wide. */
    column-gap: var(--nw-news-list-gap, clamp(1.25em, 2.9%, 1.75em));
  }

  /* Skeleton cards: the same boxes a card draws (picture ratio, headline, three lines, byline). */
  .skeleton {
    display: grid;
    gap: 0.75em;
  }
  .skeleton.horizontal {
    grid-template-columns: var(--_thumbnail-width) minmax(0, 1fr);
  }
  .skeleton.compact .media {
    display: none;
  }
  .bone {
    background: var(--_bone);
    border-radius: 4px;
  }
  .bone.media {
    aspect-ratio: var(--nw-article-card-image-ratio, 16 / 9);
  }
  .lines {
    display: grid;
    gap: 0.5em;
    align-content: start;
  }
  .line {
    height: 0.9em;
  }
  .line.wide {
    height: 1.25em;
    width: 90%;
  }
  .line.short {
    width: 40%;
  }
  @media (prefers-reduced-motion: no-preference) {
    .bone {
      animation: pulse 1.4s ease-in-out infinite alternate;
    }
  }
  @keyframes pulse {
    from {
      opacity: 1;
    }
    to {
      opacity: 0.45;
    }
  }

  button {
    font: inherit;
    font-size: 0.875em;
    color: inherit;
    background: var(--_button-background);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    padding: 0.4em 0.85em;
    min-width: 2.85em;
    min-height: 2.6em;
    cursor: pointer;
  }
  button:disabled {
    cursor: default;
    opacity: 0.5;
  }
  button.current {
    background: var(--_current-background);
    border-color: var(--_current-background);
    color: var(--_current-color);
    font-weight: 600;
  }

  .more {
    margin-top: 1.25em;
    text-align: center;
  }

  .status {
    margin: 0 0 1em;
    padding: 0.75em 1em;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    font-size: 0.875em;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
    justify-content: space-between;
  }
  .status p {
    margin: 0;
  }
  .status .reason {
    color: var(--_color-muted);
    overflow-wrap: anywhere;
  }
  .status.empty {
    justify-content: center;
  }

  /* On paper: the cards there are, no placeholders, and no buttons nobody can press. */
  @media print {
    .skeleton,
    .pagination,
    .more,
    .retry {
      display: none;
    }
    .items > li {
      break-inside: avoid;
    }
  }
`;
