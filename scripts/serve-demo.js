// `npm start` (after the build): serves demo/ with the built bundles under /dist/, on localhost.
// The feed server behind it pages the WordPress-shaped sample like the real REST API.
import { fileURLToPath } from 'node:url';
import { startPageServer } from './page-server.js';

const port = Number(process.env.PORT ?? 8080);
const pagesDir = fileURLToPath(new URL('../demo', import.meta.url));

try {
  await startPageServer({ pagesDir, port });
} catch (error) {
  if (error.code !== 'EADDRINUSE') throw error;
  console.error(`Port ${port} is busy. Try: PORT=8081 npm start`);
  process.exit(1);
}
console.log(`\nnews-widgets demo: http://localhost:${port}/`);
console.log(`  classic script:      http://localhost:${port}/`);
console.log(`  embed builder:       http://localhost:${port}/configurator/`);
console.log(`  ES module:           http://localhost:${port}/module.html`);
console.log(`  RSS 2.0 feed:        http://localhost:${port}/rss.html`);
console.log(`  bundle loaded twice: http://localhost:${port}/twice.html\n`);
