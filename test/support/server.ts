// What the test server (scripts/feed-server.js) was asked, and a clean start for each test: no feed cached in
// the page, nothing in this page's request log (each test page has its own log, so tests running side by side
// in two browsers never see each other's requests).
import sinon from 'sinon';
import { clearFeedCache } from '../../src/feeds/client.js';
import { until } from './wait.js';

/** How many times, and when (ms since 1970, by the server's clock), this page asked for `url` (path + query). */
export async function served(url: string): Promise<{ count: number; times: number[] }> {
  const response = await fetch(`/__requests?url=${encodeURIComponent(url)}`);
  return (await response.json()) as { count: number; times: number[] };
}

/** How many times any client asked for `url`: for requests that must never happen at all. */
export async function servedAnywhere(url: string): Promise<number> {
  const response = await fetch(`/__requests?everywhere=1&url=${encodeURIComponent(url)}`);
  return ((await response.json()) as { count: number }).count;
}

/** Forgets every cached feed and this page's request log (with the counts `fail=`, `after=`… keep). */
export async function startClean(): Promise<void> {
  clearFeedCache();
  await fetch('/__requests', { method: 'DELETE' });
}

// Every test file that imports this starts each test clean: the previous test's elements are gone by now
// (open-wc's fixture cleanup runs after each test), so all their feeds are idle and forgotten.
beforeEach(startClean);

/**
 * Records the page's requests from now on (until `stop()`), so a test can wait for one to end and learn how:
 * answered (with its status) or dropped by the element.
 */
export function recordFetches() {
  const spy = sinon.spy(window, 'fetch');
  const urls = () => spy.getCalls().map((call) => String(call.args[0]));
  return {
    urls,
    /** How the first request whose URL contains `part` ended: `answered 200`, `AbortError`… */
    async outcome(part: string): Promise<string> {
      const call = await until(
        () => spy.getCalls().find((c) => String(c.args[0]).includes(part)),
        `a request for ${part}`,
      );
      return (call.returnValue as Promise<Response>).then(
        (response) => `answered ${response.status}`,
        (error: Error) => error.name,
      );
    },
    stop: () => spy.restore(),
  };
}
