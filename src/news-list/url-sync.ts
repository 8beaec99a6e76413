// Keeps a list's page in the address bar, so page 3 can be linked, reloaded and left with Back.

/** The page number in the current address under `param`, or undefined when absent or not a page. */
export function readPageParam(param: string): number | undefined {
  const value = new URL(location.href).searchParams.get(param);
  if (value === null || !/^\d+$/.test(value.trim())) return undefined;
  const page = Number(value);
  return page >= 1 ? page : undefined;
}

/**
 * Records `page` under `param` as a new history entry (page 1 removes the parameter, so the plain address
 * stays the canonical first page). Other parameters and the hash are kept; nothing happens when unchanged.
 */
export function pushPageParam(param: string, page: number): void {
  const url = new URL(location.href);
  const before = url.search;
  if (page > 1) url.searchParams.set(param, String(page));
  else url.searchParams.delete(param);
  if (url.search === before) return;
  history.pushState(history.state, '', url.href);
}
