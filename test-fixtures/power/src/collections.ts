// Array and map helpers used across the code base.

/** Splits an array into chunks of `size` (the last may be shorter). */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  if (size < 1) throw new RangeError('size must be at least 1');
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

/** Items grouped by a string key, groups in order of first appearance. */
export function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** The first item of each key, in order. */
export function uniqueBy<T, K>(items: readonly T[], keyOf: (item: T) => K): T[] {
  const seen = new Set<K>();
  const result: T[] = [];
  for (const item of items) {
    const key = keyOf(item);
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(item);
  }
  return result;
}

/** `[passing, failing]`. */
export function partition<T>(items: readonly T[], test: (item: T) => boolean): [T[], T[]] {
  const yes: T[] = [];
  const no: T[] = [];
  for (const item of items) (test(item) ? yes : no).push(item);
  return [yes, no];
}

/** Pairs items by position; the longer array's extra items are dropped. */
export function zip<A, B>(left: readonly A[], right: readonly B[]): [A, B][] {
  const length = Math.min(left.length, right.length);
  const pairs: [A, B][] = [];
  for (let i = 0; i < length; i++) pairs.push([left[i], right[i]]);
  return pairs;
}

/** How many times each value occurs. */
export function countOccurrences(values: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

/** Consecutive windows of `size` items: `[1,2,3]`, size 2 → `[[1,2],[2,3]]`. */
export function windows(values: readonly number[], size: number): number[][] {
  const result: number[][] = [];
  if (size <= 0) return result;
  for (let i = 0; i + size <= values.length; i++) result.push(values.slice(i, i + size));
  return result;
}

/** The `n` largest numbers, largest first. */
export function topN(values: readonly number[], n: number): number[] {
  return [...values].sort((a, b) => b - a).slice(0, Math.max(0, n));
}

/** Values present in both arrays, in the order of the first, without repeats. */
export function intersect(a: readonly number[], b: readonly number[]): number[] {
  const other = new Set(b);
  const result: number[] = [];
  for (const value of a) {
    if (other.has(value) && !result.includes(value)) result.push(value);
  }
  return result;
}

/** Run-length encoding: `aaab` → `[['a', 3], ['b', 1]]`. */
export function runLengths(text: string): [string, number][] {
  const runs: [string, number][] = [];
  for (const ch of text) {
    const last = runs[runs.length - 1];
    if (last && last[0] === ch) last[1]++;
    else runs.push([ch, 1]);
  }
  return runs;
}

/** Moves the item at `from` to `to`, shifting the others; out-of-range indexes leave a copy unchanged. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const copy = [...items];
  if (from < 0 || from >= copy.length || to < 0 || to >= copy.length) return copy;
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item);
  return copy;
}
