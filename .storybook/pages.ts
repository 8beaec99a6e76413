// The host pages a designer can put the elements on (toolbar: Page). The elements inherit the page's font
// and follow its `color-scheme`; each page sets only what a real site's stylesheet would.
import type { Decorator } from '@storybook/web-components-vite';

interface HostPage {
  title: string;
  colorScheme: 'light' | 'dark' | '';
  background: string;
  color: string;
  font: string;
  /** Site-wide tokens, as a site would set them on :root. */
  tokens?: Record<string, string>;
}

const SANS = 'system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif';

export const PAGES: Record<string, HostPage> = {
  light: {
    title: 'Light',
    colorScheme: 'light',
    background: '#ffffff',
    color: '#1b1b1b',
    font: `16px/1.5 ${SANS}`,
  },
  dark: {
    title: 'Dark',
    colorScheme: 'dark',
    background: '#15171a',
    color: '#e8e6e3',
    font: `16px/1.5 ${SANS}`,
  },
  // A site that paints itself dark but never says so (the page reports itself light): the elements read the
  // background behind them and should switch to their dark palette on their own.
  'dark-no-scheme': {
    title: 'Dark, without color-scheme',
    colorScheme: '',
    background: '#15171a',
    color: '#e8e6e3',
    font: `16px/1.5 ${SANS}`,
  },
  'serif-news': {
    title: 'Serif news theme',
    colorScheme: 'light',
    background: '#fbf8f1',
    color: '#22201c',
    font: '17px/1.55 Georgia, "Times New Roman", "DejaVu Serif", serif',
    tokens: {
      '--nw-color-accent': '#8a1c1c',
      '--nw-color-border': '#d9d2c3',
      '--nw-article-card-heading-font': '700 1.15em/1.25 Georgia, "DejaVu Serif", serif',
    },
  },
};

const applied = new Set<string>();

export const withPage: Decorator = (story, context) => {
  const page = PAGES[context.globals.page as string] ?? PAGES.light;
  const root = document.documentElement;
  root.style.colorScheme = page.colorScheme;
  for (const name of applied) root.style.removeProperty(name);
  applied.clear();
  for (const [name, value] of Object.entries(page.tokens ?? {})) {
    root.style.setProperty(name, value);
    applied.add(name);
  }
  Object.assign(document.body.style, {
    background: page.background,
    color: page.color,
    font: page.font,
    margin: '0',
    padding: '1rem',
  });
  return story();
};
