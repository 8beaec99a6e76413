import { css } from 'lit';

export const newsListStyles = css`
  :host {
    --_list-gap: var(--nw-news-list-gap, 1.25rem);
    --_column-min: var(--nw-news-list-column-min, 15rem);
    --_divider: var(--nw-news-list-divider, 1px solid var(--_color-border));
    --_header-size: var(--nw-news-list-header-size, 0.875rem);
    --_button-background: var(--nw-news-list-button-background, transparent);
    --_current-background: var(--nw-news-list-current-background, var(--_color-accent));
    --_current-color: var(--nw-news-list-current-color, Canvas);
    --_bone: color-mix(in srgb, currentColor 9%, transparent);
    display: block;
    /* Columns follow the list's own width, so a list in a sidebar and one in the main column differ. */
    container-type: inline-size;
  }

  .header {
    margin: 0 0 0.75rem;
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
  }
  @container (min-width: 60rem) {
    .items.grid {
      --_list-gap: var(--nw-news-list-gap, 1.75rem);
    }
  }

  /* Skeleton cards: the same boxes a card draws (picture ratio, headline, three lines, byline). */
  .skeleton {
    display: grid;
    gap: 0.75rem;
  }
  .skeleton.horizontal {
    grid-template-columns: var(--nw-article-card-image-width, 38%) minmax(0, 1fr);
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
    gap: 0.5rem;
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
    font-size: 0.875rem;
    color: inherit;
    background: var(--_button-background);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    padding: 0.375rem 0.75rem;
    min-width: 2.5rem;
    min-height: 2.25rem;
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

  .pagination ul {
    list-style: none;
    margin: 1.25rem 0 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
    align-items: center;
  }
  .step span {
    display: inline-block;
  }
  /* The arrows point the way the pages run. */
  :host(:dir(rtl)) .step span {
    transform: scaleX(-1);
  }
  .gap {
    padding: 0 0.25rem;
    color: var(--_color-muted);
  }
  .more {
    margin-top: 1.25rem;
    text-align: center;
  }

  .status {
    margin: 0 0 1rem;
    padding: 0.75rem 1rem;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    font-size: 0.875rem;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
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
`;
