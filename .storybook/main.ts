import type { StorybookConfig } from '@storybook/web-components-vite';
import remarkGfm from 'remark-gfm';
import { FEED_PATHS } from '../scripts/feed-paths.js';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: [
    // GitHub-flavoured Markdown, so the MDX pages' tables render as tables.
    {
      name: '@storybook/addon-docs',
      options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } },
    },
    '@storybook/addon-a11y',
  ],
  framework: {
    name: '@storybook/web-components-vite',
    // The project's vite.config.ts builds the drop-in bundles; Storybook gets a plain config of its own.
    options: { builder: { viteConfigPath: '.storybook/vite.config.ts' } },
  },
  // Stories read real feed documents over HTTP, as a page would: the demo's sample feeds and the test fixtures.
  // Their fault switches are answered in the browser by Mock Service Worker (feed-faults.ts), whose worker
  // script `msw init` writes to .storybook/msw/ before every Storybook command (package.json).
  staticDirs: [
    { from: './msw', to: '/' },
    ...FEED_PATHS.map(({ url, folder }) => ({ from: `../${folder}`, to: url })),
  ],
  // Every story shows its state as a first visit would (the smoke test expects Slow's skeletons before its
  // articles): copies of feeds kept for repeat views (src/feeds/store.ts) are off in Storybook.
  previewHead: (head) => `${head}<meta name="news-widgets:storage" content="off">`,
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
};

export default config;
