import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// TypeScript in <script lang="ts">, for both the build and svelte-check.
export default { preprocess: vitePreprocess() };
