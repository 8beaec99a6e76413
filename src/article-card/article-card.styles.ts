import { css } from 'lit';

export const articleCardStyles = css`
  /* The --nw-article-card-* properties are read where they apply, each once; the page sets them on the card
     or above it, and nothing inside sets them, so the value is the page's either way. */
  :host {
    --_card-radius: var(--nw-article-card-radius, var(--_radius));
    --_heading-size: var(--nw-article-card-heading-size, 1.125em);
    /* As the list's: a preferred width of its own where the page sizes boxes to their content, and a
       one-column grid so that it can still shrink (see news-list.styles.ts). */
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    min-inline-size: min(12em, 100%);
  }

  /* Feed text is isolated from its neighbours, whatever its direction (not every engine's own styles do). */
  [dir='auto'] {
    unicode-bidi: isolate;
  }

  .card {
    position: relative;
    display: grid;
    gap: var(--nw-article-card-gap, 0.75em);
    padding: var(--nw-article-card-padding, 0);
    background: var(--nw-article-card-background, var(--_color-surface));
    border-radius: var(--_card-radius);
    height: 100%;
    min-width: 0;
    contain: inline-size;
    contain-intrinsic-inline-size: min(var(--nw-article-card-preferred-width, 20em), 100vw - 3em);
  }

  /* Picture beside the text while both fit (the text at least 14em), stacked when they do not: a wrapping
     row, so it follows the card's own width without a container query. With no picture the text is the
     row's only item and takes the full width. */
  .horizontal {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
  }
  .horizontal > .media,
  .horizontal > slot::slotted(*) {
    flex: 1 1 var(--_thumbnail-width);
  }
  .horizontal > .body {
    flex: 999 1 14em;
  }
  .compact {
    gap: 0.25em;
  }

  .media {
    aspect-ratio: var(--nw-article-card-image-ratio, 16 / 9);
    overflow: hidden;
    border-radius: calc(var(--_card-radius) * 0.75);
    background: var(
      --nw-article-card-placeholder,
      color-mix(in srgb, currentColor 10%, transparent)
    );
  }
  .media img {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: cover;
  }

  .body {
    display: flex;
    flex-direction: column;
    gap: 0.375em;
    min-width: 0;
  }

  .heading {
    margin: 0;
    font-family: var(--nw-article-card-heading-font, inherit);
    font-size: var(--_heading-size);
    line-height: 1.25;
    overflow-wrap: anywhere;
  }
  .compact .heading {
    font-size: calc(var(--_heading-size) * 0.9);
  }
  .heading a {
    color: var(--nw-article-card-heading-color, var(--_color-text));
    text-decoration: none;
  }
  /* The headline is the card's one link; this stretches its hit area over the whole card. */
  .heading a::after {
    content: '';
    position: absolute;
    inset: 0;
    border-radius: var(--_card-radius);
  }
  .heading a:hover {
    text-decoration: underline;
  }
  .heading a:focus-visible {
    outline: none;
  }
  .heading a:focus-visible::after {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }

  .excerpt {
    margin: 0;
    font-size: var(--nw-article-card-excerpt-size, 0.9375em);
    line-height: 1.45;
    overflow-wrap: anywhere;
  }
  .clamped {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--_lines);
    line-clamp: var(--_lines);
    overflow: hidden;
  }

  .meta {
    margin: 0;
    font-size: var(--nw-article-card-meta-size, 0.8125em);
    color: var(--_color-muted);
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5em;
  }
  /* Only between the date and the byline (the meta slot is an element too, and may stay empty), and at the
     end of the date, so that when the line wraps no line starts with a separator. */
  .meta > time {
    white-space: nowrap;
  }
  .meta > time:has(+ span)::after {
    content: '·';
    margin-inline-start: 0.5em;
  }
  .meta > span {
    overflow-wrap: anywhere;
    min-width: 0;
  }
  /* Slotted links and buttons stay clickable above the stretched headline link. */
  ::slotted(*) {
    position: relative;
    z-index: 1;
  }

  /* On paper: whole cards, whole excerpts, and each headline's address, since a printout cannot be clicked. */
  @media print {
    .card {
      break-inside: avoid;
    }
    .clamped {
      display: block;
      overflow: visible;
      -webkit-line-clamp: none;
      line-clamp: none;
    }
    .heading a {
      text-decoration: underline;
    }
    .heading a::after {
      content: ' <' attr(href) '>';
      position: static;
      font-size: 0.75em;
      font-weight: normal;
      color: var(--_color-muted);
      overflow-wrap: anywhere;
    }
  }
`;
