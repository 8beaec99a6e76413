import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { dropStored, refreshFeed, watchFeed, type FeedSnapshot } from '../feeds/client.js';
import { FeedError, feedError } from '../feeds/errors.js';
import type { FeedDocument } from '../feeds/types.js';
import { pageUrl } from '../feeds/url.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Where an element's feed stands, as `@lit/task` reports a task: nothing to follow yet (`initial`), waiting
 * for a first answer (`pending`), read (`complete`), read but the latest refresh failed (`stale`: the last
 * good value is kept beside the error), or failed with nothing to show (`error`). A refresh running behind
 * a value already read does not leave `complete`: the reader keeps seeing that value.
 */
export type FeedStatus = 'initial' | 'pending' | 'complete' | 'stale' | 'error';

/** The one value a status implies: a value exists exactly when read, an error exactly when one happened. */
type FeedState<T> =
  | { status: 'initial' | 'pending' }
  | { status: 'complete'; value: T }
  | { status: 'stale'; value: T; error: FeedError }
  | { status: 'error'; error: FeedError };

export interface FeedControllerOptions<T> {
  /** The URL to follow now (it may depend on the host's state, e.g. the page); undefined for none. */
  url: () => string | undefined;
  /** Seconds between refreshes; 0 for never. */
  refresh: () => number;
  /** Seconds a copy of the feed kept from an earlier visit may be old and still be shown; 0 for none. */
  maxAge?: () => number | undefined;
  /**
   * Turns a fetched document into the element's model. Throws (or rejects, any error) when it cannot. A
   * promise is for big documents read in slices that give the page its main thread back between them; the
   * element keeps what it showed until the promise settles.
   */
  parse: (document: FeedDocument) => T | Promise<T>;
  /**
   * What `parse` reads besides the document (a format, a transform), like a task's arguments: when one of
   * them changes, the document already fetched is read again rather than left parsed the old way.
   */
  args?: () => readonly unknown[];
}

/**
 * Connects an element to the feed client: follows the URL while the element is connected, parses each new
 * document once, keeps the last good value when a refresh fails (marked stale), and fires `nw-load` /
 * `nw-error`. Elements render from `status`, `value` and `error` and never touch a feed themselves.
 */
export class FeedController<T> implements ReactiveController {
  private state: FeedState<T> = { status: 'initial' };
  /**
   * True while `value` comes from a copy kept from an earlier visit and the request that revalidates it is
   * out: the status stays `complete` (the reader sees the copy at once), and elements mark themselves busy.
   */
  revalidating = false;
  private following?: string;
  private refreshing = 0;
  private maxAge?: number;
  private stop?: () => void;
  private lastDocument?: FeedDocument;
  /** The absolute URL `state` is about (the client's key for it). */
  private stateUrl?: string;
  private lastArgs: readonly unknown[] = [];
  /** Counts reads: a slow read of a document finishes only if no later read or URL overtook it. */
  private reads = 0;

  constructor(
    private readonly host: Host,
    private readonly options: FeedControllerOptions<T>,
  ) {
    host.addController(this);
  }

  get status(): FeedStatus {
    return this.state.status;
  }

  /** The last value read: kept while a refresh fails (`stale`), dropped when the URL changes. */
  get value(): T | undefined {
    return 'value' in this.state ? this.state.value : undefined;
  }

  /** Absolute URL of the document `value` was read from. */
  get source(): string | undefined {
    return 'value' in this.state ? this.stateUrl : undefined;
  }

  /** Why the feed could not be read (`error`), or why `value` is out of date (`stale`). */
  get error(): FeedError | undefined {
    return 'error' in this.state ? this.state.error : undefined;
  }

  hostConnected(): void {
    this.follow();
  }

  hostUpdate(): void {
    // Attributes (src, refresh, page…) may have changed since the last render.
    this.follow();
  }

  hostDisconnected(): void {
    this.stop?.();
    this.stop = undefined;
    this.following = undefined;
  }

  /** Fetches again now, e.g. from a Retry button. */
  retry(): void {
    if (this.following) void refreshFeed(this.following).catch(() => {});
  }

  /**
   * Follows `url()` now if it, `refresh()` or `args()` changed; every host update does this. A cached feed
   * answers at once, inside this call, so a controller that works out the next URL from the answer (the
   * list's pager) calls it directly and reads the answer before the host renders.
   */
  follow(): void {
    // Lit still runs an update that was pending when the element was removed (a cached answer asks for one
    // inside connect): following then would watch the feed for an element that is gone, polling for the
    // page's life. hostConnected follows again when it comes back.
    if (!this.host.isConnected) return;
    const url = this.options.url();
    const refresh = Math.max(0, this.options.refresh() || 0);
    const maxAge = this.options.maxAge?.();
    const args = this.options.args?.() ?? [];
    const argsChanged = args.some((arg, i) => arg !== this.lastArgs[i]);
    this.lastArgs = args;
    if (argsChanged && url && url === this.following && this.lastDocument) {
      this.read(url, this.lastDocument);
      this.host.requestUpdate();
    }
    if (url === this.following && refresh === this.refreshing && maxAge === this.maxAge) return;
    this.stop?.();
    this.stop = undefined;
    this.following = url;
    this.refreshing = refresh;
    this.maxAge = maxAge;
    // What was read or went wrong belongs to its URL: another one starts from nothing. The same one (written
    // another way, or followed again after the element moved in the page) keeps it, and fires nothing again.
    const absolute = url && (pageUrl(url) ?? url);
    if (absolute !== this.stateUrl) {
      this.reads++;
      this.stateUrl = absolute;
      this.state = { status: url ? 'pending' : 'initial' };
      this.lastDocument = undefined;
    }
    if (url) this.stop = watchFeed(url, (s) => this.receive(url, s), { refresh, maxAge });
  }

  private receive(url: string, snapshot: FeedSnapshot): void {
    // A response for a URL the element has since moved away from is dropped.
    if (url !== this.following) return;
    const { document, error, storedAt } = snapshot;
    this.revalidating = storedAt !== undefined && snapshot.loading;
    if (document && document !== this.lastDocument) {
      this.read(url, document, storedAt !== undefined);
    } else if (error && error !== this.error) {
      this.fail(error);
    } else if (!error && this.state.status === 'stale' && this.state.error.kind !== 'format') {
      // A refresh succeeded with the document already shown (a 304): the fetch error is over, nothing re-parses.
      this.state = { status: 'complete', value: this.state.value };
    }
    this.host.requestUpdate();
  }

  private read(url: string, document: FeedDocument, stored = false): void {
    this.lastDocument = document;
    const read = ++this.reads;
    const loaded = (value: T) => {
      this.state = { status: 'complete', value };
      this.emit('nw-load', value);
    };
    const unreadable = (cause: unknown) => {
      // A damaged stored copy is not the feed's fault: it goes, and the answer from the network decides.
      if (stored) {
        this.lastDocument = undefined;
        return dropStored(url);
      }
      this.fail(
        cause instanceof FeedError
          ? cause
          : feedError('format', url, 'is not in a format news-widgets can read'),
      );
    };
    try {
      const value = this.options.parse(document);
      if (!(value instanceof Promise)) return loaded(value);
      // Settled outside any update, unless a later read overtook it: the host is asked for one, as by a fetch.
      const settled = (outcome: () => void) => {
        if (read !== this.reads) return;
        outcome();
        this.host.requestUpdate();
      };
      value.then(
        (result) => settled(() => loaded(result)),
        (cause: unknown) => settled(() => unreadable(cause)),
      );
    } catch (cause) {
      unreadable(cause);
    }
  }

  private fail(error: FeedError): void {
    const { state } = this;
    this.state =
      'value' in state
        ? { status: 'stale', value: state.value, error }
        : { status: 'error', error };
    this.emit('nw-error', { error });
  }

  private emit(type: string, detail: unknown): void {
    this.host.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}
