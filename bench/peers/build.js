// Builds the peers' bundles with esbuild, minified the way our own bundles are (production React, no
// source maps, the same ES2021 target as vite.config.ts), so their bytes compare like for like.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** Each peer: the file the pages load, and the entry that bundles library + plugin into it. */
export const PEERS = {
  'jquery-marquee.js': 'jQuery 3 + jquery.marquee',
  'react-marquee.js': 'React 19 + react-dom + react-fast-marquee',
};

/** Bundles every peer into a scratch folder; resolves to that folder (served as /peers/). */
export async function buildPeers() {
  const outdir = await mkdtemp(join(tmpdir(), 'nw-bench-peers-'));
  await build({
    entryPoints: Object.keys(PEERS).map((file) => fileURLToPath(new URL(file, import.meta.url))),
    outdir,
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2021',
    define: { 'process.env.NODE_ENV': '"production"' },
    legalComments: 'none',
    logLevel: 'warning',
  });
  return outdir;
}
