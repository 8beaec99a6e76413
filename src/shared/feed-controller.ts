import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { refreshFeed, watchFeed, type FeedSnapshot } from '../feeds/client.js';
import { FeedError, feedError } from '../feeds/errors.js';
import type { FeedDocument } from '../feeds/types.js';
import { pageUrl } from '../feeds/url.js';

type Host = ReactiveControllerHost & HTMLElement;

export interface FeedControllerOptions<T> {
  /** The URL to follow now (it may depend on the host's state, e.g. the page); undefined for none. */
  url: () => string | undefined;
  /** Seconds between refreshes; 0 for never. */
  refresh: () => number;
  /** Turns a fetched document into the element's model. Throws (any error) when it cannot. */
  parse: (document: FeedDocument) => T;
}

/**
 * Connects an element to the feed client: follows the URL while the element is connected, parses each new
 * document once, keeps the last good value when a refresh fails (marked stale), and fires `nw-load` /
 * `nw-error`. Elements render from `value`, `error`, `stale` and `loading` and never touch a feed themselves.
 */
export class FeedController<T> implements ReactiveController {
  value?: T;
  error?: FeedError;
  stale = false;
  loading = false;

  private following?: string;
  private refreshing = 0;
  private stop?: () => void;
  private lastDocument?: FeedDocument;

  constructor(
    private readonly host: Host,
    private readonly options: FeedControllerOptions<T>,
  ) {
    host.addController(this);
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

  private follow(): void {
    const url = this.options.url();
    const refresh = Math.max(0, this.options.refresh() || 0);
    if (url === this.following && refresh === this.refreshing) return;
    this.stop?.();
    this.stop = undefined;
    this.following = url;
    this.refreshing = refresh;
    if (this.lastDocument && (!url || this.lastDocument.url !== pageUrl(url))) {
      this.reset();
    }
    if (!url) {
      this.reset();
      return;
    }
    this.loading = true;
    this.stop = watchFeed(url, (snapshot) => this.receive(url, snapshot), { refresh });
  }

  private reset(): void {
    this.value = undefined;
    this.error = undefined;
    this.stale = false;
    this.loading = false;
    this.lastDocument = undefined;
  }

  private receive(url: string, snapshot: FeedSnapshot): void {
    // A response for a URL the element has since moved away from is dropped.
    if (url !== this.following) return;
    this.loading = snapshot.loading && !snapshot.document;
    if (snapshot.document && snapshot.document !== this.lastDocument) {
      this.lastDocument = snapshot.document;
      try {
        this.value = this.options.parse(snapshot.document);
        this.error = undefined;
        this.stale = false;
        this.emit('nw-load', this.value);
      } catch (cause) {
        this.error =
          cause instanceof FeedError
            ? cause
            : feedError('format', url, 'is not in a format news-widgets can read');
        this.stale = this.value !== undefined;
        this.emit('nw-error', { error: this.error });
      }
    } else if (snapshot.error && snapshot.error !== this.error) {
      this.error = snapshot.error;
      this.stale = this.value !== undefined;
      this.emit('nw-error', { error: this.error });
    } else if (!snapshot.error && this.error && this.error.kind !== 'format') {
      // A refresh succeeded with the document already shown (a 304): the fetch error is over, nothing re-parses.
      this.error = undefined;
      this.stale = false;
    }
    this.host.requestUpdate();
  }

  private emit(type: string, detail: unknown): void {
    this.host.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}
