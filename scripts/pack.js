// Packs the package exactly as `npm publish` would (after `npm run build`) and says what went in.
import { execFileSync } from 'node:child_process';
import { rename } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Runs `npm pack` into `destination` and returns `{ tarball, files, size, unpackedSize }`; `files` are the
 * packed paths with their sizes. The tarball is renamed to `news-widgets.tgz` when `stableName` is set, so
 * the examples can depend on one path whatever the version.
 */
export async function pack(destination, { stableName = false } = {}) {
  const output = execFileSync(
    'npm',
    ['pack', '--json', '--ignore-scripts', '--pack-destination', destination],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const [report] = JSON.parse(output);
  let tarball = join(destination, report.filename);
  if (stableName) {
    const stable = join(destination, 'news-widgets.tgz');
    await rename(tarball, stable);
    tarball = stable;
  }
  return {
    tarball,
    files: report.files,
    size: report.size,
    unpackedSize: report.unpackedSize,
    version: report.version,
  };
}

// `npm run pack:examples`: the tarball the examples install, as examples/news-widgets.tgz.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { tarball, size } = await pack(process.argv[2] ?? '.', { stableName: true });
  console.log(`${tarball} (${(size / 1024).toFixed(1)} kB)`);
}
