// What the test server (scripts/feed-server.js) was asked, and a clean start for each test: no feed cached in
// the page, nothing in this page's request log (each test page has its own log, so tests running side by side
// in two browsers never see each other's requests).
import { clearFeedCache } from '../../src/feeds/client.js';
import { until } from './wait.js';

export interface Served {
  count: number;
  /** When each request came (ms since 1970, by the server's clock). */
  times: number[];
  /** The If-None-Match (`etag`) and If-Modified-Since (`modified`) each request carried, if any. */
  validators: { etag?: string; modified?: string }[];
}

/** How many times, when, and with which validators this page asked for `url` (path + query). */
export async function served(url: string): Promise<Served> {
  const response = await fetch(`/__requests?url=${encodeURIComponent(url)}`);
  return (await response.json()) as Served;
}

/** Lets the answers for `url` that the server holds (`hold=1`) go; false when none was held yet. */
export async function release(url: string): Promise<boolean> {
  const response = await fetch(`/__requests?url=${encodeURIComponent(url)}`, { method: 'POST' });
  return ((await response.json()) as { released: boolean }).released;
}

/** How many times this page asked for `url` (path + query). */
export const requests = async (url: string) => (await served(url)).count;

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

export interface RecordedFetch {
  url: string;
  /** When it was asked for, on the page's clock (`performance.now()`). */
  at: number;
  /** When its answer (headers) or its failure came, on the same clock; undefined while it is out. */
  endedAt?: number;
  response: Promise<Response>;
}

/**
 * Records the page's requests from now on (until `stop()`): when each was made, by the page's own clock, and
 * how it ended (answered, with its status, or dropped by the element).
 */
export function recordFetches() {
  const real = window.fetch;
  const recorded: RecordedFetch[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const response = real(input, init);
    const url = input instanceof Request ? input.url : String(input);
    const call: RecordedFetch = { url, at: performance.now(), response };
    const end = () => (call.endedAt = performance.now());
    response.then(end, end);
    recorded.push(call);
    return response;
  };
  return {
    /** The requests whose URL contains `part`, in order. */
    calls: (part: string) => recorded.filter((call) => call.url.includes(part)),
    /** How the first request whose URL contains `part` ended: `answered 200`, `AbortError`… */
    async outcome(part: string): Promise<string> {
      const call = await until(
        () => recorded.find((c) => c.url.includes(part)),
        `a request for ${part}`,
      );
      return call.response.then(
        (response) => `answered ${response.status}`,
        (error: Error) => error.name,
      );
    },
    stop: () => {
      window.fetch = real;
    },
  };
}
