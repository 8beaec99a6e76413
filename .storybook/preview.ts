import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
// Generated from the elements' JSDoc by `npm run analyze` (run before every Storybook command), so the
// controls and docs tables describe exactly the public API.
import manifest from '../custom-elements.json';
import { setupWorker } from 'msw/browser';
import { createPreviewAnnotations } from 'msw-storybook-addon/preview';
import { feedFaults, resetFeedFaults } from './feed-faults.js';

setCustomElementsManifest(manifest);

/** The languages we ship strings for, and one written right to left. */
const LOCALES = {
  en: 'English',
  ru: 'Русский',
  kk: 'Қазақша',
  uz: 'Oʻzbekcha',
  ar: 'العربية (RTL)',
};
const RTL = new Set(['ar']);

/**
 * Page language: `lang`/`dir` on the story root, which the elements read as the page's language. A story's
 * own `locale` arg is dropped while a language is picked, or the toolbar would do nothing on most stories.
 */
const withLocale: Decorator = (story, context) => {
  const locale = context.globals.locale as string | undefined;
  const root = context.canvasElement;
  if (!locale || locale === 'story') {
    root.removeAttribute('lang');
    root.removeAttribute('dir');
    return story();
  }
  root.lang = locale;
  root.dir = RTL.has(locale) ? 'rtl' : 'ltr';
  return story({ args: { ...context.args, locale: undefined } });
};

/** Light or dark page: the colour scheme the elements' light-dark() colours follow, and a page to match. */
const withTheme: Decorator = (story, context) => {
  const dark = context.globals.theme === 'dark';
  document.documentElement.style.colorScheme = dark ? 'dark' : 'light';
  document.body.style.background = dark ? '#15171a' : '#ffffff';
  document.body.style.color = dark ? '#e8e6e3' : '#1b1b1b';
  return story();
};

/**
 * Mock Service Worker in front of the feed paths. The worker script is served from the build's root
 * (main.ts staticDirs); its address is relative so a build published under a sub-path finds it too.
 * feedFaults is an initial handler, so it survives the addon's reset after every story.
 */
const msw = createPreviewAnnotations(async () => {
  const worker = setupWorker(feedFaults);
  await worker.start({
    quiet: true,
    serviceWorker: { url: './mockServiceWorker.js' },
    // Everything else (the plain feed files, Storybook's own assets) goes to the host untouched.
    onUnhandledRequest: 'bypass',
  });
  return worker;
});

const preview: Preview = {
  beforeEach: async (context) => {
    resetFeedFaults();
    return msw.beforeEach(context);
  },
  parameters: {
    controls: { expanded: true },
    // The panel fails a story on a violation, as `npm run test-storybook` does.
    a11y: { test: 'error' },
  },
  globalTypes: {
    theme: {
      description: 'Light or dark page',
      toolbar: { title: 'Theme', icon: 'contrast', items: ['light', 'dark'], dynamicTitle: true },
    },
    locale: {
      description: 'Page language (lang and dir on the story root)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        dynamicTitle: true,
        items: [
          { value: 'story', title: 'As the story says' },
          ...Object.entries(LOCALES).map(([value, title]) => ({ value, title })),
        ],
      },
    },
  },
  initialGlobals: { theme: 'light', locale: 'story' },
  decorators: [withLocale, withTheme],
};

export default preview;
