// `storybook dev` loads this before it serves staticDirs: the feed paths go through the feed server, so the
// fault stories' query switches (`?stall=1`, `status=`, `failfrom=`…) misbehave here exactly as they do
// under `npm run test-storybook`. The static build copies the same folders (main.ts staticDirs).
import { URL, fileURLToPath } from 'node:url';
import { serveFeed } from '../scripts/feed-server.js';

const FOLDERS = {
  '/feeds/': fileURLToPath(new URL('../demo/feeds/', import.meta.url)),
  '/fixtures/': fileURLToPath(new URL('../test/fixtures/', import.meta.url)),
};

export default function feedSwitches(app) {
  app.use(async (req, res, next) => {
    const prefix = Object.keys(FOLDERS).find((path) => req.url.startsWith(path));
    if (!prefix) return next();
    const inFolder = { url: req.url.slice(prefix.length - 1), headers: req.headers };
    if (!(await serveFeed(inFolder, res, FOLDERS[prefix]))) next();
  });
}
