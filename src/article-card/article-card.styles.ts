import { css } from 'lit';

export const articleCardStyles = css`
  :host {
    --_card-gap: var(--nw-article-card-gap, 0.75rem);
    --_card-padding: var(--nw-article-card-padding, 0);
    --_card-background: var(--nw-article-card-background, var(--_color-surface));
    --_card-radius: var(--nw-article-card-radius, var(--_radius));
    --_heading-font: var(--nw-article-card-heading-font, inherit);
    --_heading-size: var(--nw-article-card-heading-size, 1.125rem);
    --_heading-color: var(--nw-article-card-heading-color, var(--_color-text));
    --_excerpt-size: var(--nw-article-card-excerpt-size, 0.9375rem);
    --_meta-size: var(--nw-article-card-meta-size, 0.8125rem);
    --_image-ratio: var(--nw-article-card-image-ratio, 16 / 9);
    --_image-width: var(--nw-article-card-image-width, 38%);
    --_placeholder: var(
      --nw-article-card-placeholder,
      color-mix(in srgb, currentColor 10%, transparent)
    );
    display: block;
    container-type: inline-size;
  }

  /* Feed text is isolated from its neighbours, whatever its direction (not every engine's own styles do). */
  [dir='auto'] {
    unicode-bidi: isolate;
  }

  .card {
    position: relative;
    display: grid;
    gap: var(--_card-gap);
    padding: var(--_card-padding);
    background: var(--_card-background);
    border-radius: var(--_card-radius);
    height: 100%;
  }

  .horizontal {
    grid-template-columns: var(--_image-width) minmax(0, 1fr);
    align-items: start;
  }
  /* A horizontal card too narrow for two columns stacks (the card's own width, not the viewport's). */
  @container (max-width: 22rem) {
    .horizontal {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  .compact {
    gap: 0.25rem;
  }

  .media {
    aspect-ratio: var(--_image-ratio);
    overflow: hidden;
    border-radius: calc(var(--_card-radius) * 0.75);
    background: var(--_placeholder);
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
    gap: 0.375rem;
    min-width: 0;
  }

  .heading {
    margin: 0;
    font-family: var(--_heading-font);
    font-size: var(--_heading-size);
    line-height: 1.25;
    overflow-wrap: anywhere;
  }
  .compact .heading {
    font-size: calc(var(--_heading-size) * 0.9);
  }
  .heading a {
    color: var(--_heading-color);
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
    font-size: var(--_excerpt-size);
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
    font-size: var(--_meta-size);
    color: var(--_color-muted);
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5em;
  }
  /* Only between the date and the byline: the meta slot is an element too, and may stay empty. */
  .meta > time + span::before {
    content: '·';
    margin-inline-end: 0.5em;
  }
  /* Slotted links and buttons stay clickable above the stretched headline link. */
  ::slotted(*) {
    position: relative;
    z-index: 1;
  }
`;
