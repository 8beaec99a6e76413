import { css } from 'lit';

export const datelineStyles = css`
  :host {
    display: inline-block;
    font-size: var(--nw-dateline-font-size, inherit);
    font-weight: var(--nw-dateline-font-weight, inherit);
    color: var(--nw-dateline-color, var(--_color-text));
  }
`;
