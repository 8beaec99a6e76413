import { css } from 'lit';

/**
 * The sparkline's box and line. Its colours are the rate elements' palette (`--nw-color-up`, `--nw-color-down`,
 * `--nw-color-flat`), with the same light-dark() defaults as the ticker, which the backdrop controller turns
 * to the background really behind the element: each holds 3:1 against white and near-black, the contrast a
 * graphic needs (WCAG 1.4.11).
 */
export const sparklineStyles = css`
  .sparkline {
    display: inline-block;
    inline-size: var(--nw-sparkline-width, 4em);
    block-size: var(--nw-sparkline-height, 1em);
    vertical-align: middle;
    overflow: visible;
    color: var(--nw-color-flat, color-mix(in srgb, currentColor 76%, transparent));
  }
  .sparkline.up {
    color: var(--nw-color-up, light-dark(#13743a, #6fdc8c));
  }
  .sparkline.down {
    color: var(--nw-color-down, light-dark(#b3261e, #ff8f86));
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
