import { LitElement, html, type PropertyDeclarations } from 'lit';
import { baseStyles } from '../shared/base.styles.js';
import { CALENDARS } from '../i18n/calendar.js';
import { LangController } from '../shared/lang-observer.js';
import { onNewDay } from '../shared/midnight-clock.js';
import { warnOnce } from '../shared/warn.js';
import {
  formatDate,
  isDateFormatName,
  isoDay,
  parseDateAttribute,
  type DateFormatName,
} from '../format/date.js';
import { datelineStyles } from './dateline.styles.js';

/**
 * @tag nw-dateline
 * @summary Today's date, in the page's language: `07 December 2025`. Turns over at local midnight.
 *
 * @csspart base - The `<time>` element holding the date.
 *
 * @cssprop --nw-dateline-color - Text colour (default: inherited, or `--nw-color-text`).
 * @cssprop --nw-dateline-font-size - Font size (default: inherited).
 * @cssprop --nw-dateline-font-weight - Font weight (default: inherited).
 * @cssprop --nw-font-family - Font family for every news-widgets element (default: inherited).
 */
export class NwDateline extends LitElement {
  static override styles = [baseStyles, datelineStyles];

  static override properties: PropertyDeclarations = {
    date: {},
    format: {},
    locale: {},
    day: { state: true },
  };

  /** A fixed date to show instead of today: `2025-12-07` (a local calendar day) or any ISO 8601 date-time. */
  declare date?: string;

  /** `long` (`07 December 2025`), `full` (with the weekday), `medium`, `short`, or `iso` (`2025-12-07`). */
  format: DateFormatName = 'long';

  /** BCP 47 language tag; when absent, the nearest `lang` attribute, then the browser's language. */
  declare locale?: string;

  /** Bumped by the shared midnight clock so that "today" is re-read. */
  private day = 0;

  private stopClock?: () => void;
  private readonly language = new LangController(this, [CALENDARS]);

  // The words of a language other than English load first (shared/lang-observer.ts): none show in English.
  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.language.whenReady(() => super.scheduleUpdate());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopClock = onNewDay(() => this.day++);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopClock?.();
    this.stopClock = undefined;
  }

  private get shownDate(): Date {
    if (this.date) {
      const parsed = parseDateAttribute(this.date);
      if (parsed) return parsed;
      warnOnce(`<nw-dateline> cannot read date="${this.date}"; showing today.`);
    }
    return new Date();
  }

  private get formatName(): DateFormatName {
    if (isDateFormatName(this.format)) return this.format;
    warnOnce(`<nw-dateline> has no format "${this.format}"; use long, full, medium, short or iso.`);
    return 'long';
  }

  override render() {
    void this.day;
    const date = this.shownDate;
    const locale = this.language.locale;
    return html`<time part="base" datetime=${isoDay(date)}
      >${formatDate(date, locale, this.formatName)}</time
    >`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nw-dateline': NwDateline;
  }
}
