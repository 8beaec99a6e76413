// @web/test-runner: the TypeScript sources, unbuilt, in headless Chromium, Firefox and WebKit. Run it through
// `npm test` (scripts/test.js), which starts WebKit's display and driver and adds up every engine's count.
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import * as puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, ensureBrowsers, wantedBrowsers } from './scripts/browsers.js';
import { WEBKIT_CAPABILITIES } from './scripts/webkit.js';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { FEED_PATHS } from './scripts/feed-paths.js';
import { feedMiddleware } from './scripts/feed-server.js';
import { summaryReporter } from './test/support/summary-reporter.js';
// The relay (issue 15): a no-CORS feed host and a relay in front of it, for test/feeds/relay.test.ts.
import { relayServerPlugin } from './test/support/relay-server.js';

const root = fileURLToPath(new URL('.', import.meta.url));
const wanted = wantedBrowsers();
const paths = ensureBrowsers(wanted);

/**
 * WebKitGTK over W3C WebDriver, one page at a time: with more, the launcher runs each test file in an iframe
 * of one shared page, where focus, keyboard input and animation frames are not what a real page gets.
 */
class WebKitLauncher extends WebdriverLauncher {
  concurrency = 1;

  async initialize(config) {
    await super.initialize({ ...config, concurrency: 1 });
    this.name = 'WebKit';
  }
}

function webkitLauncher() {
  const port = Number(process.env.NW_WEBKIT_DRIVER_PORT);
  if (!port) {
    console.error(
      'WebKit needs its display and driver: run the tests with `npm test` (scripts/test.js).',
    );
    process.exit(1);
  }
  return new WebKitLauncher({
    hostname: '127.0.0.1',
    port,
    logLevel: 'error',
    capabilities: { ...WEBKIT_CAPABILITIES },
  });
}

const launchers = {
  chromium: () =>
    chromeLauncher({
      puppeteer,
      launchOptions: {
        executablePath: paths.chromium,
        headless: true,
        args: CHROMIUM_ARGS,
      },
      // Test files run side by side; a background tab gets no animation frames in headless Chromium,
      // which stalls every test that waits for one, so each page gets a window of its own.
      createPage: ({ context }) => context.newPage({ type: 'window' }),
    }),
  // puppeteer-core drives Firefox over WebDriver BiDi; the launcher then reports itself as "Firefox".
  firefox: () =>
    chromeLauncher({
      puppeteer,
      launchOptions: { browser: 'firefox', executablePath: paths.firefox, headless: true },
      // Firefox also starves background tabs of animation frames; one page at a time avoids it.
      concurrency: 1,
    }),
  webkit: webkitLauncher,
};

export default {
  rootDir: root,
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  browsers: wanted.map((name) => launchers[name]()),
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  // Test pages share one origin, so one localStorage: copies of feeds kept for repeat views (src/feeds/store.ts)
  // would make one file's feeds answer at once in another. They are off here; test/feeds/store.test.ts turns
  // them on for itself with configureFeeds({ storage: true }).
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html><head><meta name="news-widgets:storage" content="off"></head>` +
    `<body><script type="module" src="${testFramework}"></script></body></html>`,
  testsFinishTimeout: 5 * 60 * 1000,
  browserStartTimeout: 60000,
  // Tests ask for feeds by their folders (`/test/fixtures/…`) and, through the stories they reuse, by the
  // paths Storybook and the demo serve them at (`/feeds/…`); both reach the same files.
  middleware: [
    feedMiddleware(root, [...FEED_PATHS.map(({ folder }) => `/${folder}`), '/__requests']),
  ],
  plugins: [
    // Accessibility-tree snapshots (not among the default commands): the ticker proves its copies are hidden.
    a11ySnapshotPlugin(),
    relayServerPlugin(),
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
  reporters: [defaultReporter(), summaryReporter()],
};
