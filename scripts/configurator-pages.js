// What the embed builder's checks share across engines (puppeteer for Chromium and Firefox, WebDriver for
// WebKit): the webmaster's site the snippet is pasted into, functions run in pages, the screenshot comparison
// and the Copy button's check.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { serveFeed } from './feed-server.js';
import { repositoryPath } from './feed-paths.js';
import { integrityOf } from './build-site.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const { version } = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));

/** The webmaster's site: a blank page holding whatever snippet was pasted, their copy of dist/, their feeds. */
export function startWebmasterSite() {
  const site = { page: '', csp: '', css: '' };
  const server = createServer(async (req, res) => {
    const path = req.url.split('?')[0];
    // Browsers ask for it; a blank page has none, and a 404 would read as an error on the page.
    if (path === '/favicon.ico') {
      res.writeHead(204);
      res.end();
      return;
    }
    // The webmaster's own stylesheet: the page colour the theme was chosen for.
    if (path === '/page.css') {
      res.writeHead(200, { 'content-type': 'text/css' });
      res.end(site.css);
      return;
    }
    // Records CSP violations and errors from the start, for engines whose driver cannot (WebKit).
    if (path === '/probe.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' });
      res.end(await readFile(new URL('../test/pages/probe.js', import.meta.url)));
      return;
    }
    if (path === '/') {
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': site.csp,
      });
      res.end(site.page);
      return;
    }
    if (path.startsWith(`/news-widgets/${version}/`))
      req.url = path.replace(`/news-widgets/${version}`, '/dist');
    else req.url = repositoryPath(req.url) ?? req.url;
    if (!(await serveFeed(req, res, root))) {
      res.writeHead(404);
      res.end();
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve(Object.assign(site, { server }))),
  );
}

/** In a page: the text of an element and every shadow root inside it that readers get, whitespace collapsed. */
export function deepText(selector) {
  const walk = (node) =>
    [...(node.shadowRoot ?? node).childNodes]
      .map((child) => {
        if (child.nodeType === Node.TEXT_NODE) return child.textContent;
        if (child.nodeType !== Node.ELEMENT_NODE || child.localName === 'style') return '';
        // What readers get: the ticker's visual copies (aria-hidden) number as many as the strip's width
        // needs, which a frame and a page of nearly the same width can round differently.
        return child.getAttribute('aria-hidden') === 'true' ? '' : walk(child);
      })
      .join(' ');
  const element = document.querySelector(selector);
  return element ? walk(element).replace(/\s+/g, ' ').trim() : '';
}

/** In a page: true once the element shows articles (or rates) and every image in it has loaded. */
export function settled(selector) {
  const images = [];
  const collect = (node) => {
    for (const child of (node.shadowRoot ?? node).querySelectorAll('*')) {
      if (child.localName === 'img') images.push(child);
      if (child.shadowRoot) collect(child);
    }
  };
  const element = document.querySelector(selector);
  if (!element?.shadowRoot) return false;
  // The ticker shows its rates in a track (and has no images).
  if (element.localName === 'nw-rate-ticker')
    return !!element.shadowRoot.querySelector('.track li');
  if (element.localName === 'nw-rate-table') return !!element.shadowRoot.querySelector('tbody tr');
  if (element.localName === 'nw-currency-converter')
    return !!element.shadowRoot.querySelector('output')?.textContent;
  collect(element);
  const cards = element.shadowRoot.querySelectorAll('nw-article-card');
  return cards.length > 0 && images.every((image) => image.complete);
}

/** The `width` × `height` window of `png` whose top left is at (`x`, `y`). */
function crop(png, x, y, width, height) {
  const out = new PNG({ width, height });
  PNG.bitblt(png, out, x, y, width, height, 0, 0);
  return out;
}

/**
 * '' when two screenshots show the same thing. An element at a fractional offset is rasterised up to a pixel
 * apart in two pages (Firefox shows it), so the second is tried at each offset of up to one pixel and the best
 * match counts; what is left is anti-aliasing, and a real difference is far larger.
 */
export function compare(a, b) {
  const one = PNG.sync.read(a);
  const two = PNG.sync.read(b);
  if (Math.abs(one.width - two.width) > 1 || Math.abs(one.height - two.height) > 1)
    return `sizes differ: ${one.width}×${one.height} vs ${two.width}×${two.height}`;
  const width = Math.min(one.width, two.width) - 2;
  const height = Math.min(one.height, two.height) - 2;
  const reference = crop(one, 1, 1, width, height);
  let best = Infinity;
  for (const dx of [0, 1, 2])
    for (const dy of [0, 1, 2]) {
      const shifted = crop(two, dx, dy, width, height);
      const differing = pixelmatch(reference.data, shifted.data, null, width, height, {
        threshold: 0.1,
      });
      best = Math.min(best, differing);
    }
  const share = best / (width * height);
  return share > 0.002 ? `${best} pixels differ (${(share * 100).toFixed(2)}%)` : '';
}

/**
 * The webmaster's page policy with the snippet's sources added, as the snippet asks ("add them to yours"):
 * nothing allowed but the page's own images (its favicon) and stylesheet, plus Trusted Types with the policies
 * it names.
 */
export function policyWith(directives) {
  const policy = new Map([
    ['default-src', ["'none'"]],
    ['img-src', ["'self'"]],
    // The page's own stylesheet (its colour), which is no business of the snippet's.
    ['style-src', ["'self'"]],
  ]);
  for (const directive of directives) {
    const [name, ...sources] = directive.split(/\s+/);
    policy.set(name, [...new Set([...(policy.get(name) ?? []), ...sources])]);
  }
  return [
    ...[...policy].map(([name, sources]) => `${name} ${sources.join(' ')}`),
    "require-trusted-types-for 'script'",
    'trusted-types lit-html news-widgets',
  ].join('; ');
}

/** The blank page a snippet is pasted into; `probe` loads the recorder of violations first (WebKit). */
export function pastedPage(snippet, { probe = false } = {}) {
  const head = `<meta charset="utf-8"><title>A webmaster's page</title>${probe ? '<script src="/probe.js"></script>' : ''}<link rel="stylesheet" href="/page.css">`;
  return `<!doctype html>\n<html lang="en">\n<head>${head}</head>\n<body>\n${snippet}\n</body>\n</html>\n`;
}

/** In the builder: notes what Copy writes to the clipboard, and lets the write go through. */
function spyOnClipboard() {
  window.__copied = [];
  const write = navigator.clipboard.writeText.bind(navigator.clipboard);
  navigator.clipboard.writeText = (text) => {
    window.__copied.push(text);
    return write(text).catch((error) => {
      window.__copyRefused = String(error);
      throw error;
    });
  };
  document.querySelector('#copy-status').textContent = '';
}

/** In the builder: the clipboard refused, as a browser without the permission refuses it. */
function refuseClipboard() {
  navigator.clipboard.writeText = () =>
    Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
  getSelection().removeAllRanges();
  document.querySelector('#copy-status').textContent = '';
}

function copyOutcome() {
  return {
    status: document.querySelector('#copy-status').textContent,
    copied: window.__copied,
    refused: window.__copyRefused,
    selected: getSelection().toString(),
    snippet: document.querySelector('#snippet').textContent,
  };
}

async function readClipboard() {
  return navigator.clipboard.readText();
}

const statusShown = () => !!document.querySelector('#copy-status').textContent;

/**
 * The Copy button, pressed by keyboard: the snippet goes to the clipboard (read back where the browser lets
 * a page read it: `canRead`), and when the browser refuses the clipboard, the snippet is selected instead and
 * the status says how to copy it. Resolves to `[check, problem]` pairs.
 */
export async function checkCopy({ evaluate, pressCopy, waitFor, canRead }) {
  await evaluate(spyOnClipboard);
  await pressCopy();
  await waitFor(statusShown);
  const copied = await evaluate(copyOutcome);
  let clipboard = /^Copied/.test(copied.status)
    ? ''
    : `status "${copied.status}" (${copied.refused})`;
  if (!clipboard && (copied.copied.length !== 1 || copied.copied[0] !== copied.snippet))
    clipboard = `wrote ${JSON.stringify(copied.copied).slice(0, 100)}`;
  if (!clipboard && canRead && (await evaluate(readClipboard)) !== copied.snippet)
    clipboard = 'the clipboard holds something else';

  await evaluate(refuseClipboard);
  await pressCopy();
  await waitFor(statusShown);
  const selected = await evaluate(copyOutcome);
  const fallback =
    /^Selected: press Ctrl\+C/.test(selected.status) && selected.selected === selected.snippet
      ? ''
      : `status "${selected.status}", selection "${selected.selected.slice(0, 60)}"`;
  return [
    ['Copy puts the snippet on the clipboard', clipboard],
    ['Copy refused: the snippet is selected, the status says so', fallback],
  ];
}

/** The snippet's bundle checked against dist/: '' when its integrity is that of the file it names. */
export async function integrityProblem(snippet) {
  // The script tag, and each <link rel="modulepreload"> for a chunk the widget will load.
  const files = [
    ...snippet.matchAll(/(?:src|href)="[^"]*?\/((?:chunks\/)?[\w.-]+\.js)" integrity="([^"]+)"/g),
  ];
  if (!files.length) return 'no script tag with integrity';
  const problems = [];
  for (const [, file, integrity] of files) {
    const expected = integrityOf(await readFile(new URL(`../dist/${file}`, import.meta.url)));
    if (integrity !== expected) problems.push(`${file}: ${integrity} ≠ ${expected}`);
  }
  return problems.join('; ');
}

/** The CSP directives the snippet prints, as `name sources` strings. */
export const snippetDirectives = (snippet) =>
  [...snippet.matchAll(/^\s+((?:script|connect|img|style)-src [^;]+);$/gm)].map((m) => m[1]);

/**
 * Puts the snippet the builder showed for `query` on the webmaster's site: a blank page, served with the CSP
 * the snippet prints (behind `default-src 'none'`), on the page colour the theme was chosen for. Returns the
 * directives the snippet printed.
 */
export function pasteOnSite(site, snippet, query, { probe = false } = {}) {
  const directives = snippetDirectives(snippet);
  site.csp = policyWith(directives);
  site.page = pastedPage(snippet, { probe });
  const backdrop = new URLSearchParams(query).get('backdrop');
  site.css = backdrop ? `html { background: ${backdrop}; }` : '';
  return directives;
}

/** In a page where axe-core has been loaded: its findings on the builder (the preview is the widget's own). */
export async function axeFindings() {
  const result = await window.axe.run(document, { exclude: [['#preview']] });
  return result.violations.map((v) => `${v.id} (${v.nodes.map((n) => n.target).join(' ')})`);
}

export const axeSource = () =>
  readFile(new URL('../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
