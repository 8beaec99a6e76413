import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { Meta } from '@storybook/web-components-vite';
import '../src/index.js';

// The page-wide tokens every element reads, as knobs. Each arg is one custom property set on a wrapper,
// the way a site would theme the widgets from its own stylesheet; an empty knob leaves the default.
export interface ThemingArgs {
  colorUp: string;
  colorDown: string;
  colorText: string;
  colorMuted: string;
  colorAccent: string;
  colorSurface: string;
  colorBorder: string;
  fontFamily: string;
  radius: string;
  tickerGap: string;
  tickerSpeed: number;
  listGap: string;
}

const PROPERTIES: Record<keyof ThemingArgs, string> = {
  colorUp: '--nw-color-up',
  colorDown: '--nw-color-down',
  colorText: '--nw-color-text',
  colorMuted: '--nw-color-muted',
  colorAccent: '--nw-color-accent',
  colorSurface: '--nw-color-surface',
  colorBorder: '--nw-color-border',
  fontFamily: '--nw-font-family',
  radius: '--nw-radius',
  tickerGap: '--nw-rate-ticker-gap',
  tickerSpeed: '--nw-rate-ticker-speed',
  listGap: '--nw-news-list-gap',
};

const color = { control: 'color' } as const;
const text = { control: 'text' } as const;

export default {
  title: 'Theming/Custom properties',
  parameters: {
    docs: {
      description: {
        component:
          'The shared custom properties as knobs: set them on any ancestor (here a wrapper) and every ' +
          'element below follows. An empty knob keeps the element’s default.',
      },
    },
  },
  argTypes: {
    ...Object.fromEntries(
      Object.entries(PROPERTIES).map(([arg, property]) => [
        arg,
        { ...(arg.startsWith('color') ? color : text), description: `\`${property}\`` },
      ]),
    ),
    tickerSpeed: {
      control: { type: 'range', min: 0, max: 200, step: 10 },
      description: '`--nw-rate-ticker-speed` (px per second)',
    },
  },
} satisfies Meta<ThemingArgs>;

/** Custom properties from the args; empty knobs are left out so the defaults show. */
const themeStyle = (args: Partial<ThemingArgs>) =>
  Object.fromEntries(
    Object.entries(args)
      .filter(([arg, value]) => arg in PROPERTIES && value !== '' && value !== undefined)
      .map(([arg, value]) => [PROPERTIES[arg as keyof ThemingArgs], String(value)]),
  );

const ARTICLE = {
  href: 'https://example.com/news/harbour-cranes',
  heading: 'Harbour cranes switch to shore power for the night shift',
  excerpt:
    'The port’s three container cranes now draw from the grid after dark, which the dock workers say has cut the diesel haze along the quay.',
  image: '/feeds/images/3.svg',
};

/** Every element under one wrapper that carries the knobs. */
export const AllElements = (args: ThemingArgs) => html`
  <div style=${styleMap(themeStyle(args))}>
    <p><nw-dateline date="2025-12-07" locale="en-GB"></nw-dateline></p>
    <nw-rate-ticker src="/feeds/rates.json" locale="en-GB"></nw-rate-ticker>
    <div style="max-width: 22rem; margin-block: 1.5rem">
      <nw-article-card
        href=${ARTICLE.href}
        heading=${ARTICLE.heading}
        excerpt=${ARTICLE.excerpt}
        image=${ARTICLE.image}
        date="2025-12-07"
        author="Demo Desk"
        locale="en-GB"
      ></nw-article-card>
    </div>
    <nw-news-list
      src="/feeds/articles.json"
      page-size="3"
      layout="grid"
      locale="en-GB"
    ></nw-news-list>
  </div>
`;
// Colours picked for a light page: shown on one whatever the toolbar says (on dark they fail contrast).
AllElements.globals = { page: 'light' };
AllElements.args = {
  colorUp: '#0b7a3e',
  colorDown: '#b3261e',
  colorText: '',
  colorMuted: '',
  colorAccent: '#0b57d0',
  colorSurface: '',
  colorBorder: '',
  fontFamily: 'Georgia, "Times New Roman", serif',
  radius: '10px',
  tickerGap: '3em',
  tickerSpeed: 50,
  listGap: '1.5rem',
} satisfies ThemingArgs;

/** A brand's dark theme, set entirely through the tokens on a dark surface. */
export const DarkBrand = (args: ThemingArgs) => html`
  <div style="background: #101418; padding: 1rem; color-scheme: dark">${AllElements(args)}</div>
`;
DarkBrand.args = {
  ...AllElements.args,
  colorUp: '#6ee7a0',
  colorDown: '#ff8a80',
  colorText: '#e6e1d9',
  colorMuted: '#b4aea4',
  colorAccent: '#f2c14e',
  colorSurface: '#1a2027',
  colorBorder: '#3a4350',
  fontFamily: 'system-ui, sans-serif',
} satisfies ThemingArgs;

/**
 * A dark site that never declares `color-scheme` (the page reports itself light), with no tokens set: the
 * elements read the background behind them and switch to their dark palette on their own.
 */
export const DarkPageWithoutColorScheme = () => html`
  <div style="background: #111315; color: #e6e3de; padding: 1rem">
    ${AllElements({} as ThemingArgs)}
  </div>
`;
DarkPageWithoutColorScheme.globals = { page: 'light' };
DarkPageWithoutColorScheme.parameters = {
  docs: {
    description: {
      story:
        'Up, down, the current page and the focus ring keep WCAG AA here although the page declares no ' +
        'dark scheme; print the story (or run `node scripts/print-pdf.js`) for the print layout.',
    },
  },
};
