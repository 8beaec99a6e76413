import {
  LitElement,
  html,
  isServer,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
} from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { plain } from '../feeds/text.js';
import type { Article } from '../feeds/types.js';
import { safeUrl } from '../feeds/url.js';
import { excerpt } from '../format/excerpt.js';
import { formatDate, isoDay, parseDateAttribute, warmDates } from '../format/date.js';
import { baseStyles } from '../shared/base.styles.js';
import { BackdropController } from '../shared/backdrop.js';
import { CALENDARS } from '../i18n/calendar.js';
import { LangController } from '../shared/lang-observer.js';
import { articleCardStyles } from './article-card.styles.js';

/**
 * The headline element for `heading-level`: a real `h1`–`h6`, so the card fits the page's outline. Feed text
 * (headline, excerpt, byline) carries `dir="auto"`: an English headline on a right-to-left page keeps its full
 * stop at its own end, and an Arabic one on a left-to-right page likewise.
 */
function headline(level: number, content: unknown) {
  switch (level) {
    case 1:
      return html`<h1 part="heading" class="heading" dir="auto">${content}</h1>`;
    case 2:
      return html`<h2 part="heading" class="heading" dir="auto">${content}</h2>`;
    case 4:
      return html`<h4 part="heading" class="heading" dir="auto">${content}</h4>`;
    case 5:
      return html`<h5 part="heading" class="heading" dir="auto">${content}</h5>`;
    case 6:
      return html`<h6 part="heading" class="heading" dir="auto">${content}</h6>`;
    default:
      return html`<h3 part="heading" class="heading" dir="auto">${content}</h3>`;
  }
}

/** Relative links resolve against the page; a server render has no page, so only absolute ones are kept. */
const pageBase = () => (isServer ? undefined : document.baseURI);

export type ArticleCardLayout = 'stacked' | 'horizontal' | 'compact';

/**
 * @tag nw-article-card
 * @summary One article teaser: headline (the card's single link), excerpt cut at a word boundary, date and
 * byline, and an optional picture. Fill it from the `article` property or from attributes.
 *
 * @slot - Extra content after the excerpt (a tag, a label). Links placed here stay clickable.
 * @slot image - Replaces the picture (e.g. a `<picture>` with art direction).
 * @slot meta - Extra items at the end of the date/byline line.
 *
 * @csspart base - The card's `<article>`.
 * @csspart image - The box holding the picture (keeps its aspect ratio while loading or when it fails).
 * @csspart heading - The headline element (`h1`–`h6`, after `heading-level`).
 * @csspart excerpt - The excerpt paragraph.
 * @csspart meta - The line with the date and the author.
 *
 * @cssprop --nw-article-card-preferred-width - Width the card asks for in a box that sizes to its content
 *   (a float, a table cell); never more than the viewport (default: 20em).
 * @cssprop --nw-article-card-gap - Space between picture and text (default: 0.75em).
 * @cssprop --nw-article-card-padding - Padding inside the card (default: 0).
 * @cssprop --nw-article-card-background - Card background (default: `--nw-color-surface`, transparent).
 * @cssprop --nw-article-card-radius - Corner radius (default: `--nw-radius`, 6px).
 * @cssprop --nw-article-card-heading-font - Headline font family (default: inherited).
 * @cssprop --nw-article-card-heading-size - Headline font size (default: 1.125em).
 * @cssprop --nw-article-card-heading-color - Headline colour (default: `--nw-color-text`).
 * @cssprop --nw-article-card-excerpt-size - Excerpt font size (default: 0.9375em).
 * @cssprop --nw-article-card-meta-size - Date/byline font size (default: 0.8125em).
 * @cssprop --nw-article-card-image-ratio - Picture aspect ratio (default: 16 / 9).
 * @cssprop --nw-article-card-image-width - Picture column of the horizontal layout: a thumbnail, 30% of the
 *   card between 6em and 13em (default: `clamp(6em, 30%, 13em)`); the text beside it keeps at least 14em,
 *   else the picture goes above it.
 * @cssprop --nw-article-card-placeholder - Background of the picture box while loading or after a failure.
 * @cssprop --nw-color-text - Text colour for every news-widgets element.
 * @cssprop --nw-color-muted - Colour of the date and byline.
 * @cssprop --nw-color-accent - Focus ring colour (default: a blue chosen for the background behind the card).
 * @cssprop --nw-font-family - Font family for every news-widgets element (default: inherited).
 */
export class NwArticleCard extends LitElement {
  static override styles = [baseStyles, articleCardStyles];

  static override properties: PropertyDeclarations = {
    article: { attribute: false },
    href: {},
    heading: {},
    excerpt: {},
    image: {},
    date: {},
    author: {},
    excerptLength: { type: Number, attribute: 'excerpt-length' },
    lineClamp: { type: Number, attribute: 'line-clamp' },
    layout: { reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    target: {},
    locale: {},
    noImage: { type: Boolean, attribute: 'no-image' },
    noExcerpt: { type: Boolean, attribute: 'no-excerpt' },
    noDate: { type: Boolean, attribute: 'no-date' },
    noAuthor: { type: Boolean, attribute: 'no-author' },
    imageFailed: { state: true },
  };

  /** The article to show (a normalized `Article`); attributes below fill in or override its fields. */
  declare article?: Article;

  /** Link of the headline; only http(s) URLs are used, anything else leaves the headline unlinked. */
  declare href?: string;

  /** The headline. */
  declare heading?: string;

  /** The teaser text, shown as plain text and cut to `excerpt-length`. */
  declare excerpt?: string;

  /** Picture URL (http(s) only). */
  declare image?: string;

  /** Publication date: `2025-12-07` (a local calendar day) or any ISO 8601 date-time. */
  declare date?: string;

  /** Byline; for several authors, the `article` property's list is joined. */
  declare author?: string;

  /** Longest excerpt in characters, the `…` included; it is cut at a word boundary. 0 for no cut. */
  excerptLength = 160;

  /** Also clamp the excerpt to this many lines in CSS (for designs measured in lines). */
  declare lineClamp?: number;

  /** `stacked` (picture above), `horizontal` (picture beside) or `compact` (no picture, tighter). */
  layout: ArticleCardLayout = 'stacked';

  /** Level of the headline element, 1–6, so the card fits the page's outline. */
  headingLevel = 3;

  /** Where the link opens; `_blank` also sets `rel="noopener noreferrer"`. */
  declare target?: string;

  /** BCP 47 language tag for the date; else the nearest `lang`, else the browser's. */
  declare locale?: string;

  /** Hide the picture. */
  noImage = false;

  /** Hide the excerpt. */
  noExcerpt = false;

  /** Hide the date. */
  noDate = false;

  /** Hide the author. */
  noAuthor = false;

  // Picks the light or dark palette from the background behind the element (shared/backdrop.ts).
  protected readonly backdrop = new BackdropController(this);

  /** The picture failed to load; its box stays (no layout shift) and shows the placeholder colour. */
  private imageFailed = false;

  private readonly language = new LangController(this, [CALENDARS]);

  // The words of a language other than English load first (shared/lang-observer.ts): none show in English.
  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.language.whenReady(() => super.scheduleUpdate());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A card filled later (by a page script's own fetch) then formats its date without the locale-data wait.
    warmDates(this.language.locale);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('image') || changed.has('article')) this.imageFailed = false;
  }

  protected override updated(): void {
    // Set through the CSSOM, not a style attribute: pages with a strict `style-src` block inline styles.
    const lines = this.lineClamp && this.lineClamp > 0 ? Math.floor(this.lineClamp) : 0;
    if (lines) {
      this.renderRoot
        .querySelector<HTMLElement>('.excerpt')
        ?.style.setProperty('--_lines', `${lines}`);
    }
  }

  private get publishedDate(): Date | undefined {
    if (this.date) return parseDateAttribute(this.date);
    return this.article?.published;
  }

  private renderImage() {
    const src = safeUrl(this.image ?? this.article?.image, pageBase());
    if (this.noImage || this.layout === 'compact' || !src) {
      return html`<slot name="image"></slot>`;
    }
    return html`<div part="image" class="media">
      <slot name="image">
        ${
          this.imageFailed
            ? nothing
            : html`<img
                src=${src}
                alt=""
                loading="lazy"
                decoding="async"
                @error=${() => (this.imageFailed = true)}
              />`
        }
      </slot>
    </div>`;
  }

  private renderHeading(title: string) {
    const href = safeUrl(this.href ?? this.article?.url, pageBase());
    const blank = this.target === '_blank';
    return headline(
      Math.round(this.headingLevel),
      href
        ? html`<a
            href=${href}
            target=${ifDefined(this.target || undefined)}
            rel=${ifDefined(blank ? 'noopener noreferrer' : undefined)}
            >${title}</a
          >`
        : title,
    );
  }

  private renderMeta(locale: string) {
    const date = this.noDate ? undefined : this.publishedDate;
    const authors = this.noAuthor ? '' : plain(this.author ?? this.article?.authors.join(', '));
    return html`<p part="meta" class="meta">
      ${
        date ? html`<time datetime=${isoDay(date)}>${formatDate(date, locale)}</time>` : nothing
      }${authors ? html`<span dir="auto">${authors}</span>` : nothing}<slot name="meta"></slot>
    </p>`;
  }

  override render() {
    const locale = this.language.locale;
    // Attributes a CMS fills from feed data are feed text too: `plain` drops bidi overrides from them.
    const title = plain(this.heading ?? this.article?.title);
    const text = this.noExcerpt
      ? ''
      : excerpt(plain(this.excerpt ?? this.article?.summary), this.excerptLength, locale);
    const lines = this.lineClamp && this.lineClamp > 0 ? this.lineClamp : 0;
    return html`<article part="base" class="card ${this.layout}">
      ${this.renderImage()}
      <div class="body">
        ${this.renderHeading(title)}
        ${
          text
            ? html`<p part="excerpt" dir="auto" class="excerpt ${lines ? 'clamped' : ''}">
                ${text}
              </p>`
            : nothing
        }
        <slot></slot>
        ${this.renderMeta(locale)}
      </div>
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nw-article-card': NwArticleCard;
  }
}
