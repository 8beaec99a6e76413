import { css } from 'lit';

export const datelineStyles = css`
  :host {
    display: inline-block;
    font-size: var(--nw-dateline-font-size, inherit);
    font-weight: var(--nw-dateline-font-weight, inherit);
    color: var(--nw-dateline-color, var(--_color-text));
  }

  /* A dateline is a phrase in the page's own line (a masthead, a byline): unlike the block widgets it takes
     every text property from where it sits — an uppercase, letter-spaced masthead gets an uppercase date. */
  [part~='base'] {
    line-height: inherit;
    letter-spacing: inherit;
    word-spacing: inherit;
    text-transform: inherit;
    text-align: inherit;
    white-space: inherit;
    font-weight: inherit;
    font-style: inherit;
    cursor: inherit;
  }
`;
