import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The sample feed is shared with the Vue example; it is served as /feed.json.
export default defineConfig({ plugins: [react()], publicDir: '../shared' });
