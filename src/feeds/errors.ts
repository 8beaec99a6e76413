/** Why a feed could not be read. */
export type FeedErrorKind = 'address' | 'network' | 'timeout' | 'http' | 'format' | 'too-large';

/**
 * A failure a webmaster can act on: the message names the feed and says what went wrong in plain words
 * ("The feed at https://… answered 404 Not Found."). `status` is set for HTTP errors, and `retryAfter` when
 * the server said when to ask again (its Retry-After header: seconds, or an HTTP date).
 */
export class FeedError extends Error {
  override name = 'FeedError';

  constructor(
    readonly kind: FeedErrorKind,
    message: string,
    readonly url: string,
    readonly status?: number,
    readonly retryAfter?: string,
  ) {
    super(message);
  }
}

/** A FeedError whose message reads "The feed at <url> <what>." */
export function feedError(
  kind: FeedErrorKind,
  url: string,
  what: string,
  status?: number,
  retryAfter?: string,
): FeedError {
  return new FeedError(kind, `The feed at ${url} ${what}.`, url, status, retryAfter);
}
