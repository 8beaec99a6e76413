// Where feed files are served, written once: each URL prefix and the repository folder it serves. Storybook
// (.storybook/main.ts copies them, .storybook/feed-faults.ts answers their fault switches in the browser),
// the test server (web-test-runner.config.js) and the demo and page checks (scripts/page-server.js)
// all read this list, so a story's `src="/feeds/rates.json"` means the same file everywhere.
export const FEED_PATHS = [
  { url: '/feeds/', folder: 'demo/feeds/' },
  { url: '/fixtures/', folder: 'test/fixtures/' },
];

/**
 * The path inside the repository that a request for `url` (path and query) is served from, e.g.
 * `/feeds/rates.json?stall=1` → `/demo/feeds/rates.json?stall=1`; undefined when no prefix matches.
 */
export function repositoryPath(url) {
  const route = FEED_PATHS.find((path) => url.startsWith(path.url));
  return route && `/${route.folder}${url.slice(route.url.length)}`;
}
