import { css } from 'lit';

/**
 * The sparkline's box and line, for an element that also has `rateChangeStyles` (shared/rate-change.ts): the
 * line takes the change's up, down and flat colours, light-dark() pairs that the backdrop controller turns to
 * the background really behind the element, each well above the 3:1 a graphic needs (WCAG 1.4.11).
 */
export const sparklineStyles = css`
  .sparkline {
    display: inline-block;
    inline-size: var(--nw-sparkline-width, 4em);
    block-size: var(--nw-sparkline-height, 1em);
    vertical-align: middle;
    overflow: visible;
    color: var(--_flat);
  }
  .sparkline.up {
    color: var(--_up);
  }
  .sparkline.down {
    color: var(--_down);
  }
  .sparkline polyline {
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5px;
    stroke-linecap: round;
    stroke-linejoin: round;
    /* The box stretches the drawing to its shape; the line keeps its width and its dot stays round. */
    vector-effect: non-scaling-stroke;
  }
  @media (forced-colors: active) {
    .sparkline {
      color: CanvasText;
    }
  }
`;
