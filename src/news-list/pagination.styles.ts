import { css } from 'lit';

export const paginationStyles = css`
  /* The bar measures itself: below 36em it takes the compact form, ‹ 1 … 4 5 6 … 9 ›, on one line. */
  .pagination {
    container-type: inline-size;
  }

  .pagination ul {
    list-style: none;
    margin: 1.25em 0 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
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
    padding: 0 0.25em;
    color: var(--_color-muted);
  }
  .compact-only {
    display: none;
  }

  @container (max-width: 36em) {
    .pagination ul {
      flex-wrap: nowrap;
      gap: 0.25em;
    }
    .wide-only {
      display: none;
    }
    .compact-only {
      display: revert;
    }
    /* Still a 24px target (WCAG 2.2 SC 2.5.8), a little tighter. */
    .pagination button {
      min-width: 2.1em;
      padding-inline: 0.4em;
    }
    .gap {
      padding: 0;
    }
    /* The words go, the arrows stay; the words remain the buttons' accessible names. */
    .step .label {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  }
`;
