// WebKit for the tests and page checks: Debian's WebKitGTK WebDriver (`WebKitWebDriver`, which drives the
// MiniBrowser) on a virtual X display (`Xvfb`). Both are started here and stopped by whoever started them.
// Other runs may hold displays and ports on the same machine, so neither number is fixed: Xvfb picks a free
// display itself (-displayfd) and the driver gets a port the system just handed out.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { once } from 'node:events';

/** The capabilities of a WebKitGTK session (the driver starts its MiniBrowser in automation mode). */
export const WEBKIT_CAPABILITIES = {
  browserName: 'MiniBrowser',
  // WebKitGTK 2.50 does not speak WebDriver BiDi; webdriverio would otherwise ask for it.
  'wdio:enforceWebDriverClassic': true,
};

const READY_TIMEOUT = 30000;

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts Xvfb on the first free display and resolves to its number, read from the pipe Xvfb writes it to. */
async function startXvfb(xvfb) {
  const child = spawn(
    xvfb,
    ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'],
    {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    },
  );
  let log = '';
  child.stderr.on('data', (chunk) => (log += chunk));
  let number = '';
  const display = await new Promise((resolve, reject) => {
    child.stdio[3].on('data', (chunk) => {
      number += chunk;
      if (number.includes('\n')) resolve(`:${number.trim()}`);
    });
    child.once('error', reject);
    child.once('exit', (code) =>
      reject(new Error(`Xvfb exited (${code}) before it was ready:\n${log}`)),
    );
  });
  child.removeAllListeners('exit');
  return { child, display };
}

async function driverIsReady(port) {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/status`);
    return response.ok && (await response.json()).value?.ready === true;
  } catch {
    return false;
  }
}

/**
 * Starts the driver on a free port with `DISPLAY`, and waits for its /status to say ready. The port can be
 * taken between asking for it and the driver binding it; the driver then exits, and we try another.
 */
async function startDriver(driver, display) {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const child = spawn(driver, [`--port=${port}`], {
      env: { ...process.env, DISPLAY: display },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let log = '';
    child.stderr.on('data', (chunk) => (log += chunk));
    const exited = once(child, 'exit').then(() => 'exited');
    const deadline = Date.now() + READY_TIMEOUT;
    let state = 'starting';
    while (state === 'starting') {
      const ready = await Promise.race([driverIsReady(port), exited]);
      if (ready === 'exited') state = 'exited';
      else if (ready) state = 'ready';
      else if (Date.now() > deadline) state = 'timeout';
      // Polls the driver's own readiness signal; there is no event to wait for across processes.
      else await Promise.race([new Promise((resolve) => setTimeout(resolve, 100)), exited]);
    }
    if (state === 'ready') return { child, port };
    child.kill();
    if (state === 'timeout' || attempt === 3)
      throw new Error(`WebKitWebDriver did not start on port ${port} (${state}):\n${log}`);
  }
}

/**
 * Starts Xvfb and WebKitWebDriver (paths from `ensureBrowsers(['webkit'])`). Resolves to
 * `{ port, display, stop }`; `stop()` ends both, and is safe to call twice and from an exit handler.
 */
export async function startWebKit({ driver, xvfb }) {
  const x = await startXvfb(xvfb);
  const children = [x.child];
  const stop = () => {
    for (const child of children.reverse())
      if (child.exitCode === null && child.signalCode === null) child.kill();
    children.length = 0;
  };
  try {
    const webdriver = await startDriver(driver, x.display);
    children.push(webdriver.child);
    return { port: webdriver.port, display: x.display, stop };
  } catch (error) {
    stop();
    throw error;
  }
}
