// Summaries of repeated timings and sizes: median first (the machine is shared and noisy), then
// p95 (nearest rank), min and max, and how many values they come from.

/** `{ n, median, p95, min, max }` of the values, rounded to `digits` decimals; nulls when empty. */
export function summarize(values, digits = 0) {
  const sorted = [...values].filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return { n: 0, median: null, p95: null, min: null, max: null };
  const round = (v) => Number(v.toFixed(digits));
  const middle = Math.floor(n / 2);
  const median = n % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { n, median: round(median), p95: round(percentile(sorted, 95)), min: round(sorted[0]), max: round(sorted[n - 1]) };
}

/** Nearest-rank percentile of an ascending array. */
export function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

/** `a / b` rounded to two decimals, or null. */
export function ratio(a, b) {
  return a == null || b == null || b === 0 ? null : Number((a / b).toFixed(2));
}
