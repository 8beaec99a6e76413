import type { StorybookConfig } from '@storybook/web-components-vite';
import { FEED_PATHS } from '../scripts/feed-paths.js';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: {
    name: '@storybook/web-components-vite',
    // The project's vite.config.ts builds the drop-in bundles; Storybook gets a plain config of its own.
    options: { builder: { viteConfigPath: '.storybook/vite.config.ts' } },
  },
  // Stories read real feed documents over HTTP, as a page would: the demo's sample feeds and the test fixtures.
  staticDirs: FEED_PATHS.map(({ url, folder }) => ({ from: `../${folder}`, to: url })),
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
};

export default config;
