// `node scripts/print-pdf.js [out-dir]`: prints the demo's front page and its dark page to PDF in headless
// Chromium (page.pdf prints with the print stylesheet, as a reader's "Save as PDF" does), so the printed
// widgets can be looked at: the ticker as a wrapped list, whole cards, links with their address.
// Needs `npm run build` first. Prints each file's path, size and page count.
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, ensureBrowsers } from './browsers.js';
import { startPageServer } from './page-server.js';

const out = process.argv[2] ?? join(tmpdir(), 'news-widgets-print');
const pages = { 'front.pdf': '/', 'dark.pdf': '/dark.html' };

const server = await startPageServer({
  pagesDir: fileURLToPath(new URL('../demo', import.meta.url)),
});
const { chromium } = ensureBrowsers(['chromium']);
const browser = await puppeteer.launch({ executablePath: chromium, args: CHROMIUM_ARGS });
try {
  await mkdir(out, { recursive: true });
  for (const [file, path] of Object.entries(pages)) {
    const page = await browser.newPage();
    await page.goto(`http://localhost:${server.address().port}${path}`, {
      waitUntil: 'networkidle0',
    });
    const pdf = await page.pdf({ format: 'A4', margin: { top: '1cm', bottom: '1cm' } });
    await writeFile(join(out, file), pdf);
    // Each page of a PDF is one `/Type /Page` object (the page tree is `/Type /Pages`).
    const count = (
      Buffer.from(pdf)
        .toString('latin1')
        .match(/\/Type\s*\/Page\b/g) ?? []
    ).length;
    console.log(`${join(out, file)}: ${pdf.length} bytes, ${count} page(s)`);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
