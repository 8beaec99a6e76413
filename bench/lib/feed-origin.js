// The feed origin for the relay benchmark, in a process of its own (as a real origin is, and so it does not
// share an event loop with the load generator): demo/feeds/ through the project's feed server, with its
// ETag/304 switch. `GET /__total` answers how many feed requests it has served, and how many of them came from a
// relay (by its user agent): a direct run's last requests, queued when its load ends, still arrive during the relay
// run that follows, and were counted as the relay's trips (17 for 50 feeds, 70 for one). Prints its origin when ready.
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { serveFeed } from '../../scripts/feed-server.js';

const root = fileURLToPath(new URL('../../demo/feeds/', import.meta.url));
let total = 0;
let relayed = 0;

const server = createServer(async (req, res) => {
  if (req.url === '/__total') {
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    res.end(JSON.stringify({ total, relayed }));
    return;
  }
  total++;
  if (req.headers['user-agent']?.startsWith('news-widgets-relay/')) relayed++;
  if (!(await serveFeed(req, res, root))) {
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('Not found');
  }
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  console.log(`http://127.0.0.1:${port}`);
});
process.on('SIGTERM', () => process.exit(0));
