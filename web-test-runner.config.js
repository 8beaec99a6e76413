// @web/test-runner (`npm test`): the TypeScript sources, unbuilt, in headless Chromium and Firefox; browsers
// are found (or installed) by scripts/browsers.js, and `NW_BROWSERS=chromium` picks one.
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import * as puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, ensureBrowsers } from './scripts/browsers.js';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { feedMiddleware } from './scripts/feed-server.js';
import { summaryReporter } from './test/support/summary-reporter.js';

const root = fileURLToPath(new URL('.', import.meta.url));
const wanted = (process.env.NW_BROWSERS ?? 'chromium,firefox')
  .split(',')
  .map((name) => name.trim());
const paths = ensureBrowsers(wanted);

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
};

export default {
  rootDir: root,
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  browsers: wanted.map((name) => launchers[name]()),
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 5 * 60 * 1000,
  browserStartTimeout: 60000,
  middleware: [feedMiddleware(root, ['/test/fixtures/', '/demo/feeds/', '/__requests'])],
  plugins: [
    // Accessibility-tree snapshots (not among the default commands): the ticker proves its copies are hidden.
    a11ySnapshotPlugin(),
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
  reporters: [defaultReporter(), summaryReporter()],
};
