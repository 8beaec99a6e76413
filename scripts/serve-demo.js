// `npm start` (after the build): serves demo/ with the built bundles under /dist/, on localhost.
// The feed server behind it pages the WordPress-shaped sample like the real REST API.
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { serveFeed } from './feed-server.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.PORT ?? 8080);

const server = createServer(async (req, res) => {
  try {
    if (req.url === '/' || req.url.startsWith('/?')) req.url = '/index.html';
    const fromProject = req.url.startsWith('/dist/');
    if (!fromProject) req.url = `/demo${req.url}`;
    if (!(await serveFeed(req, res, root))) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('Not found');
    }
  } catch (error) {
    res.writeHead(500, { 'content-type': 'text/plain' });
    res.end(String(error));
  }
});

server.on('error', (error) => {
  if (error.code === 'EADDRINUSE') {
    console.error(`Port ${port} is busy. Try: PORT=8081 npm start`);
    process.exit(1);
  }
  throw error;
});

server.listen(port, '127.0.0.1', () => {
  console.log(`\nnews-widgets demo: http://localhost:${port}/`);
  console.log(`  classic script:    http://localhost:${port}/`);
  console.log(`  ES module:         http://localhost:${port}/module.html`);
  console.log(`  bundle loaded twice: http://localhost:${port}/twice.html\n`);
});
