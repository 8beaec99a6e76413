import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// Svelte needs no custom-element setting: a tag with a dash is never a Svelte component.
// The sample feed is shared with the other examples; it is served as /feed.json.
export default defineConfig({ plugins: [svelte()], publicDir: '../shared' });
