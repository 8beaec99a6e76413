// The feed server's fault switches (scripts/feed-server.js), answered in the browser by Mock Service Worker.
// A story's `src` names its state once — `?stall=1`, `?status=404`, `?then=next.json` — and means the same
// thing in the tests (the real feed server) and in Storybook, dev or static build on any plain file host
// (these handlers, in front of the plain files). A switch not implemented here fails the story loudly
// (console.error, which the smoke test catches) rather than quietly showing loaded content.
import { bypass, delay, http, HttpResponse } from 'msw';
import { FEED_PATHS } from '../scripts/feed-paths.js';

const onFeedPath = (url: URL) => FEED_PATHS.some((path) => url.pathname.startsWith(path.url));
const SWITCHES = new Set([
  'stall',
  'delay',
  'status',
  'after',
  'then',
  'fail',
  'failon',
  'failfrom',
]);
// Real query parameters of a feed (WordPress's REST paging), not switches.
const FEED_PARAMS = new Set(['page', 'per_page']);

/** Requests per path and query since the story began: `after=`, `then=` and `failon=` count them. */
const seen = new Map<string, number>();

/** Called before every story, so a story's request counts start at one on each render. */
export function resetFeedFaults(): void {
  seen.clear();
}

const failure = (status: number, text: string, headers: Record<string, string> = {}) =>
  new HttpResponse(text, { status, headers: { 'content-type': 'text/plain', ...headers } });

/** The same file, or the `then=` file beside it, from the static host, without going back through here. */
async function served(url: URL, later: boolean): Promise<Response> {
  const path = later
    ? url.pathname.replace(/[^/]+$/, url.searchParams.get('then')!.replace(/[/\\]/g, ''))
    : url.pathname;
  const query = [...url.searchParams].filter(([name]) => FEED_PARAMS.has(name));
  const file = new URL(path, url);
  const response = await fetch(bypass(file));
  return query.length ? pageWordPress(response, new URLSearchParams(query)) : response;
}

/** WordPress's REST paging (`page`, `per_page`, X-WP-Total), which a plain file host cannot do. */
async function pageWordPress(response: Response, params: URLSearchParams): Promise<Response> {
  const posts: unknown = await response.json();
  if (!Array.isArray(posts)) return HttpResponse.json(posts, { status: response.status });
  const perPage = Math.min(100, Math.max(1, Number(params.get('per_page') ?? 10)));
  const page = Math.max(1, Number(params.get('page') ?? 1));
  const totalPages = Math.ceil(posts.length / perPage);
  const headers = { 'x-wp-total': String(posts.length), 'x-wp-totalpages': String(totalPages) };
  if (page > totalPages) {
    return HttpResponse.json({ code: 'rest_post_invalid_page_number' }, { status: 400, headers });
  }
  return HttpResponse.json(posts.slice((page - 1) * perPage, page * perPage), { headers });
}

export const feedFaults = http.get(
  ({ request }) => onFeedPath(new URL(request.url)),
  async ({ request }) => {
    const url = new URL(request.url);
    const params = url.searchParams;
    const unknown = [...params.keys()].filter(
      (name) => !SWITCHES.has(name) && !FEED_PARAMS.has(name),
    );
    if (unknown.length) {
      console.error(`.storybook/feed-faults.ts does not implement ${unknown.join(', ')} (${url})`);
    }
    if (![...params.keys()].some((name) => SWITCHES.has(name) || FEED_PARAMS.has(name))) return;

    const key = url.pathname + url.search;
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    if (params.has('delay')) await delay(Number(params.get('delay')));
    // Never answers: the loading state, until the client's own timeout.
    if (params.get('stall') === '1') await new Promise(() => {});

    if (count <= Number(params.get('fail') ?? 0)) {
      const retryAfter = params.get('retry-after');
      return failure(retryAfter ? 429 : 503, 'Service temporarily unavailable', {
        ...(retryAfter && { 'retry-after': retryAfter }),
      });
    }
    const failOn = params.get('failon')?.split(',').map(Number) ?? [];
    if (
      (params.has('failfrom') && count >= Number(params.get('failfrom'))) ||
      failOn.includes(count)
    ) {
      return failure(500, 'Internal server error');
    }
    const file = await served(url, params.has('then') && count > 1);
    const status =
      count > Number(params.get('after') ?? 0) ? Number(params.get('status') ?? 200) : 200;
    if (status === 200) return file;
    // As the feed server does (and error pages often are): the file is still the body.
    return new HttpResponse(await file.arrayBuffer(), { status, headers: file.headers });
  },
);
