/**
 * `value` as an absolute http(s) URL resolved against `base`, or undefined for anything else
 * (`javascript:`, `data:`, unparseable, empty). The URL parser first strips what browsers strip — leading and
 * trailing control characters and spaces, tabs and newlines anywhere ("java\tscript:") — so the scheme tested
 * here is the one a browser would follow. Protocol-relative `//host/x` takes the base's scheme.
 */
export function safeUrl(value: unknown, base?: string): string | undefined {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  try {
    const url = new URL(value, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
