// One trip to the upstream feed server: redirects followed by hand (each target checked again), a timeout over
// the whole trip, a size cap counted while the body streams, and nothing of the reader's sent along.
import { RelayError } from './errors.js';

/** Upstream headers a feed reader needs; everything else (Set-Cookie above all) stays behind. */
export const KEPT_HEADERS = [
  'content-type',
  'content-language',
  'etag',
  'last-modified',
  'link',
  'x-wp-total',
  'x-wp-totalpages',
];

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

const ACCEPT =
  'application/feed+json, application/json, application/rss+xml, application/atom+xml, application/xml, text/xml, */*;q=0.5';

/**
 * @typedef {object} UpstreamOptions
 * @property {(url: string, init: RequestInit) => Promise<Response>} fetch with `redirect: 'manual'` honoured
 * @property {(url: URL) => void} check throws a RelayError for a target the relay may not fetch
 * @property {number} timeout milliseconds for the whole trip, redirects and body included
 * @property {number} maxBytes
 * @property {number} maxRedirects
 * @property {string} userAgent
 *
 * @typedef {{ etag?: string, lastModified?: string }} Validators
 * @typedef {{ notModified: true } | { notModified: false, status: number, headers: Record<string, string>, body: Uint8Array<ArrayBuffer> }} UpstreamAnswer
 */

const sizeText = (bytes) => `${+(bytes / 1048576).toFixed(1)} MB`;

/** The body, read chunk by chunk so a feed far past the cap stops downloading as soon as it passes it. */
async function readCapped(response, maxBytes, url) {
  const tooLarge = () =>
    new RelayError(
      413,
      'too-large',
      `${url} is larger than the relay's ${sizeText(maxBytes)} limit`,
    );
  if (Number(response.headers.get('content-length')) > maxBytes) {
    await response.body?.cancel();
    throw tooLarge();
  }
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks = [];
  let size = 0;
  for (let part = await reader.read(); !part.done; part = await reader.read()) {
    size += part.value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(part.value);
  }
  const body = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.byteLength;
  }
  return body;
}

function keptHeaders(response) {
  /** @type {Record<string, string>} */
  const kept = {};
  for (const name of KEPT_HEADERS) {
    const value = response.headers.get(name);
    if (value !== null) kept[name] = value;
  }
  return kept;
}

/** What an upstream status that is neither a success, a redirect nor a 304 becomes. */
function upstreamFailure(response, url) {
  const said = `${url} answered ${response.status} ${response.statusText}`.trim();
  // A 4xx is the feed's own answer (gone, not found) and is passed on; a 5xx is a failed upstream.
  if (response.status >= 400 && response.status < 500 && response.status !== 429) {
    return new RelayError(response.status, 'upstream', said);
  }
  return new RelayError(502, 'upstream', said);
}

/**
 * Fetches `url` (already checked). With `validators` the request is conditional and may answer notModified.
 * @param {URL} url
 * @param {Validators} validators
 * @param {UpstreamOptions} options
 * @returns {Promise<UpstreamAnswer>}
 */
export async function fetchUpstream(url, validators, options) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeout);
  /** @type {Record<string, string>} */
  const headers = { accept: ACCEPT, 'user-agent': options.userAgent };
  if (validators.etag) headers['if-none-match'] = validators.etag;
  if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
  let target = url;
  try {
    for (let hop = 0; ; hop++) {
      // Built afresh: no cookie, authorization or referrer of the reader's ever leaves the relay.
      const response = await options.fetch(target.href, {
        method: 'GET',
        headers,
        redirect: 'manual',
        signal: controller.signal,
      });
      const location = response.headers.get('location');
      if (REDIRECTS.has(response.status) && location) {
        await response.body?.cancel();
        if (hop >= options.maxRedirects) {
          throw new RelayError(
            502,
            'upstream',
            `${url.href} redirected more than ${options.maxRedirects} times`,
          );
        }
        const next = URL.canParse(location, target) ? new URL(location, target) : undefined;
        if (!next)
          throw new RelayError(502, 'upstream', `${target.href} redirected to "${location}"`);
        next.hash = '';
        options.check(next);
        target = next;
        continue;
      }
      if (response.status === 304 && (validators.etag || validators.lastModified)) {
        await response.body?.cancel();
        return { notModified: true };
      }
      if (response.status < 200 || response.status > 299) {
        await response.body?.cancel();
        throw upstreamFailure(response, target.href);
      }
      const body = await readCapped(response, options.maxBytes, target.href);
      return { notModified: false, status: response.status, headers: keptHeaders(response), body };
    }
  } catch (error) {
    if (error instanceof RelayError) throw error;
    if (controller.signal.aborted) {
      throw new RelayError(
        504,
        'timeout',
        `${target.href} did not answer within ${options.timeout / 1000} seconds`,
      );
    }
    const cause = /** @type {Error} */ (error);
    throw new RelayError(
      502,
      'upstream',
      `${target.href} could not be reached (${cause?.message ?? cause})`,
    );
  } finally {
    clearTimeout(timer);
  }
}
