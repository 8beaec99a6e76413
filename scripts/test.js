// `npm test`: every test, in every engine, with one count at the end.
//   1. browser tests — @web/test-runner (web-test-runner.config.js) in Chromium, Firefox and WebKit, or the
//      engines NW_BROWSERS names. WebKit needs a display and a driver: they are started here first (see
//      scripts/webkit.js) and stopped afterwards, also when the tests fail or the run is interrupted.
//   2. Node tests — `node --test relay/test/` when that folder exists (the relay runs on servers, not pages).
// Arguments go to web-test-runner (`npm test -- --files test/dateline.test.ts`); they narrow the run to those
// browser tests, so the Node step is then left out. The last line is `tests: N passed, N failed` for all.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBrowsers, wantedBrowsers } from './browsers.js';
import { startWebKit } from './webkit.js';

const NODE_TESTS = 'relay/test/';
const args = process.argv.slice(2);
const scratch = mkdtempSync(join(tmpdir(), 'nw-test-'));
const running = new Set();
const cleanups = [() => rmSync(scratch, { recursive: true, force: true })];

function cleanUp() {
  for (const child of running) child.kill('SIGTERM');
  while (cleanups.length) cleanups.pop()();
}

// Ctrl-C or CI's timeout: end the children and the display and driver with us, then exit as signalled.
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
  ['SIGHUP', 129],
]) {
  process.once(signal, () => {
    cleanUp();
    process.exit(code);
  });
}
process.once('exit', cleanUp);

/** Runs a command with our output; resolves to its exit code. */
function run(command, commandArgs, env = {}) {
  const child = spawn(command, commandArgs, {
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  running.add(child);
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      running.delete(child);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

function readJson(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
}

async function browserTests() {
  const engines = wantedBrowsers();
  const env = { NW_BROWSERS: engines.join(','), NW_TEST_SUMMARY: join(scratch, 'browsers.json') };
  if (engines.includes('webkit')) {
    const paths = ensureBrowsers(['webkit']);
    const webkit = await startWebKit({ driver: paths.webkit, xvfb: paths.xvfb });
    cleanups.push(webkit.stop);
    env.NW_WEBKIT_DRIVER_PORT = String(webkit.port);
  }
  const code = await run(process.execPath, ['node_modules/.bin/web-test-runner', ...args], env);
  const counts = readJson(env.NW_TEST_SUMMARY);
  // No counts means the runner itself failed (a config error, a browser that did not start).
  if (!counts) return { 'web-test-runner': { passed: 0, failed: 1, skipped: 0 } };
  if (code !== 0 && Object.values(counts).every((engine) => engine.failed === 0))
    counts['web-test-runner'] = { passed: 0, failed: 1, skipped: 0 };
  return counts;
}

/** Node's test runner, its TAP summary (`# pass 3`) read from a file while the spec view goes to the log. */
async function nodeTests() {
  if (args.length || !existsSync(NODE_TESTS)) return {};
  const tap = join(scratch, 'node.tap');
  const code = await run(process.execPath, [
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${tap}`,
    NODE_TESTS,
  ]);
  const summary = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
  const count = (name) => Number(summary.match(new RegExp(`^# ${name} (\\d+)$`, 'm'))?.[1] ?? 0);
  const counts = {
    passed: count('pass'),
    failed: count('fail') + count('cancelled'),
    skipped: count('skipped') + count('todo'),
  };
  if (code !== 0 && counts.failed === 0) counts.failed = 1;
  return { node: counts };
}

let steps;
try {
  steps = { ...(await browserTests()), ...(await nodeTests()) };
} finally {
  // The display and driver would otherwise keep this process, and themselves, alive.
  cleanUp();
}
const total = { passed: 0, failed: 0, skipped: 0 };
console.log('');
for (const [name, counts] of Object.entries(steps)) {
  for (const key of Object.keys(total)) total[key] += counts[key];
  const skipped = counts.skipped ? `, ${counts.skipped} skipped` : '';
  console.log(`  ${name.padEnd(16)}${counts.passed} passed, ${counts.failed} failed${skipped}`);
}
const skipped = total.skipped ? `, ${total.skipped} skipped` : '';
console.log(`\ntests: ${total.passed} passed, ${total.failed} failed${skipped}`);
process.exitCode = total.failed ? 1 : 0;
