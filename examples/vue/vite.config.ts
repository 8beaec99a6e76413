import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  plugins: [
    vue({
      template: {
        // The nw- tags are custom elements: Vue renders them as they are instead of resolving components.
        compilerOptions: { isCustomElement: (tag) => tag.startsWith('nw-') },
      },
    }),
  ],
  // The sample feed is shared with the React example; it is served as /feed.json.
  publicDir: '../shared',
});
