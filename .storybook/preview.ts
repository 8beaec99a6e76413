import type { Decorator, Preview } from '@storybook/web-components-vite';
import { withActions } from 'storybook/actions/decorator';
import { PAGES, withPage } from './pages.js';
import { elementArgTypes, elementDescription, elementEvents } from './element-api.js';
import { setupWorker } from 'msw/browser';
import { createPreviewAnnotations } from 'msw-storybook-addon/preview';
import { feedFaults, resetFeedFaults } from './feed-faults.js';

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
    docs: { extractArgTypes: elementArgTypes, extractComponentDescription: elementDescription },
    actions: { handles: elementEvents() },
    // The panel fails a story on a violation, as `npm run test-storybook` does.
    a11y: { test: 'error' },
  },
  globalTypes: {
    page: {
      description: 'The host page: light, dark, dark without color-scheme, a serif news theme',
      toolbar: {
        title: 'Page',
        icon: 'contrast',
        dynamicTitle: true,
        items: Object.entries(PAGES).map(([value, { title }]) => ({ value, title })),
      },
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
  initialGlobals: { page: 'light', locale: 'story' },
  // withActions logs the elements' events (parameters.actions.handles) in Actions.
  decorators: [withLocale, withPage, withActions],
};

export default preview;
