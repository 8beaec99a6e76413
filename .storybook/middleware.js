// `storybook dev` loads this before it serves staticDirs: the feed paths go through the feed server, so the
// fault stories' query switches (`?stall=1`, `status=`, `failfrom=`…) misbehave here exactly as they do
// under `npm run test-storybook`. The static build copies the same folders (main.ts staticDirs).
import { URL, fileURLToPath } from 'node:url';
import { repositoryPath } from '../scripts/feed-paths.js';
import { serveFeed } from '../scripts/feed-server.js';

const root = fileURLToPath(new URL('..', import.meta.url));

export default function feedSwitches(app) {
  app.use(async (req, res, next) => {
    const path = repositoryPath(req.url);
    if (!path) return next();
    if (!(await serveFeed({ url: path, headers: req.headers }, res, root))) next();
  });
}
