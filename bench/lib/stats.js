// Small statistics for the report: medians (robust to the odd slow run on a shared machine) and ratios.

export function median(values) {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** `value / baseline`, or NaN when the baseline is zero or missing (a ratio to nothing means nothing). */
export function ratio(value, baseline) {
  return Number.isFinite(value) && Number.isFinite(baseline) && baseline !== 0
    ? value / baseline
    : NaN;
}

/** The median of every numeric field across a list of samples: `[{a: 1}, {a: 3}]` → `{a: 2}`. */
export function medians(samples) {
  const keys = new Set(samples.flatMap((sample) => Object.keys(sample)));
  return Object.fromEntries([...keys].map((key) => [key, median(samples.map((s) => s[key]))]));
}
