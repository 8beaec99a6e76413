// Finds the browsers the tests and benchmarks drive. Never downloads one: on machines without a network
// a tool's own browser download fails, so we use the system's Chromium, Firefox ESR and WebKitGTK's
// WebDriver with the virtual display it needs (Debian packages),
// installing them with apt-get where we run as root on Debian, and otherwise saying exactly what to do.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const BROWSERS = {
  chromium: {
    env: ['CHROMIUM_BIN', 'CHROME_PATH', 'PUPPETEER_EXECUTABLE_PATH'],
    paths: [
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
    ],
    aptPackage: 'chromium',
  },
  firefox: {
    env: ['FIREFOX_BIN', 'FIREFOX_PATH'],
    paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
    aptPackage: 'firefox-esr',
  },
  // Safari's engine: WebKitGTK's WebDriver, which starts WebKit's MiniBrowser, on an Xvfb display.
  webkit: {
    env: ['WEBKIT_WEBDRIVER'],
    paths: ['/usr/bin/WebKitWebDriver'],
    aptPackage: 'webkit2gtk-driver',
    needs: ['xvfb'],
  },
  xvfb: {
    env: ['XVFB_BIN'],
    paths: ['/usr/bin/Xvfb'],
    aptPackage: 'xvfb',
  },
};

/** The browsers the tests run in when NW_BROWSERS does not narrow them. */
export const ALL_BROWSERS = ['chromium', 'firefox', 'webkit'];

/** NW_BROWSERS (`chromium,webkit`…) as a list of known names; exits on a name we do not know. */
export function wantedBrowsers(value = process.env.NW_BROWSERS) {
  const names = (value || ALL_BROWSERS.join(','))
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  const unknown = names.filter((name) => !ALL_BROWSERS.includes(name));
  if (unknown.length) {
    console.error(
      `NW_BROWSERS: unknown ${unknown.join(', ')}; choose from ${ALL_BROWSERS.join(', ')}`,
    );
    process.exit(1);
  }
  return names;
}

/** Flags headless Chromium needs as root on a machine with a closed network (no sandbox, no phoning home). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

function find(name) {
  const { env, paths } = BROWSERS[name];
  const candidates = [...env.map((key) => process.env[key]).filter(Boolean), ...paths];
  return candidates.find((path) => existsSync(path));
}

function canInstallWithApt() {
  return process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
}

/**
 * Returns `{ chromium, firefox, webkit, xvfb }` executable paths for the browsers asked for (`webkit` is the
 * driver, and brings `xvfb`), installing missing ones when it can. Exits with instructions when it cannot.
 */
export function ensureBrowsers(wanted = ['chromium', 'firefox']) {
  const names = [...new Set(wanted.flatMap((name) => [name, ...(BROWSERS[name].needs ?? [])]))];
  let missing = names.filter((name) => !find(name));
  if (missing.length && canInstallWithApt()) {
    const packages = missing.map((name) => BROWSERS[name].aptPackage).join(' ');
    console.log(`Installing ${packages} with apt-get (running as root on Debian)…`);
    execSync(
      `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages}`,
      {
        stdio: 'inherit',
      },
    );
    missing = names.filter((name) => !find(name));
  }
  if (missing.length) {
    const packages = missing.map((name) => BROWSERS[name].aptPackage).join(' ');
    const vars = missing.map((name) => BROWSERS[name].env[0]).join(' / ');
    console.error(
      `\nNo ${missing.join(' or ')} browser found. The tests run in real, installed browsers.\n` +
        `  On Debian/Ubuntu:  sudo apt-get install ${packages}\n` +
        `  Elsewhere: install it and point ${vars} at the executable.\n` +
        `  To run in some engines only: NW_BROWSERS=chromium,firefox npm test\n`,
    );
    process.exit(1);
  }
  return Object.fromEntries(names.map((name) => [name, find(name)]));
}
