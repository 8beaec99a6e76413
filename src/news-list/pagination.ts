// The pagination bar of <nw-news-list>: previous / page numbers / next, in a wide and a compact form.
import { html, nothing } from 'lit';
import type { ListWords } from '../i18n/list.js';
import { pageLinks, type PageLink } from './paging.js';

/** Where the reader is: the page shown, the highest page to offer, and whether a next page exists. */
export interface PaginationState {
  page: number;
  last: number;
  hasNext: boolean;
}

/**
 * The compact form for a narrow bar: first, last, and the current page with one neighbour either side,
 * `1 … 4 5 6 … 9` — at most five numbers. As in the wide form, a gap that would hide one page shows it.
 */
export function compactPageLinks(current: number, last: number): PageLink[] {
  const pages = [...new Set([1, current - 1, current, current + 1, last])]
    .filter((page) => page >= 1 && page <= last)
    .sort((a, b) => a - b);
  const links: PageLink[] = [];
  for (const page of pages) {
    const previous = links.at(-1);
    if (typeof previous === 'number' && page - previous === 2) links.push(previous + 1);
    else if (typeof previous === 'number' && page - previous > 2) links.push('gap');
    links.push(page);
  }
  return links;
}

const gapsAfter = (links: PageLink[]) =>
  new Set(links.filter((_, i) => links[i + 1] === 'gap') as number[]);

/** Which form shows an entry: both, or one of them (the CSS hides the other form's entries). */
const form = (wide: boolean, compact: boolean) =>
  wide && compact ? '' : wide ? 'wide-only' : 'compact-only';

/**
 * Both forms in one list, each entry marked with the form it belongs to, so the bar switches by its own
 * width (a container query) without a script measuring it.
 */
function entries(current: number, last: number) {
  const wide = pageLinks(current, last);
  const compact = compactPageLinks(current, last);
  const widePages = new Set(wide.filter((link) => link !== 'gap'));
  const compactPages = new Set(compact.filter((link) => link !== 'gap'));
  const wideGaps = gapsAfter(wide);
  const compactGaps = gapsAfter(compact);
  const pages = [...new Set([...widePages, ...compactPages])].sort((a, b) => a - b);
  return pages.flatMap((page) => {
    const number = { page, form: form(widePages.has(page), compactPages.has(page)) };
    const gapForm = form(wideGaps.has(page), compactGaps.has(page));
    return wideGaps.has(page) || compactGaps.has(page)
      ? [number, { page: 'gap' as const, form: gapForm }]
      : [number];
  });
}

export function renderPagination(
  { page, last, hasNext }: PaginationState,
  m: ListWords,
  goTo: (page: number) => void,
) {
  if (last <= 1 && !hasNext) return nothing;
  return html`<nav part="pagination" class="pagination" aria-label=${m.pagination}>
    <ul role="list">
      <li>
        <button type="button" class="step" ?disabled=${page <= 1} @click=${() => goTo(page - 1)}>
          <span aria-hidden="true">‹</span> <span class="label">${m.previous}</span>
        </button>
      </li>
      ${entries(page, last).map((entry) =>
        entry.page === 'gap'
          ? html`<li class="gap ${entry.form}" aria-hidden="true">…</li>`
          : html`<li class=${entry.form}>
              <button
                type="button"
                class=${entry.page === page ? 'current' : ''}
                aria-label=${m.page(entry.page)}
                aria-current=${entry.page === page ? 'page' : nothing}
                @click=${() => goTo(entry.page as number)}
              >
                ${entry.page}
              </button>
            </li>`,
      )}
      <li>
        <button type="button" class="step" ?disabled=${!hasNext} @click=${() => goTo(page + 1)}>
          <span class="label">${m.next}</span> <span aria-hidden="true">›</span>
        </button>
      </li>
    </ul>
  </nav>`;
}
