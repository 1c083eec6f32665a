// Functions that take callbacks: iteration, composition and event-style helpers.

/** Applies `fn` to every value of a record, keeping the keys. */
export function mapValues<A, B>(record: Record<string, A>, fn: (value: A, key: string) => B): Record<string, B> {
  const result: Record<string, B> = {};
  for (const key of Object.keys(record)) result[key] = fn(record[key], key);
  return result;
}

/** The entries of a record whose value passes the test. */
export function filterEntries<V>(record: Record<string, V>, test: (value: V, key: string) => boolean): Record<string, V> {
  const result: Record<string, V> = {};
  for (const [key, value] of Object.entries(record)) {
    if (test(value, key)) result[key] = value;
  }
  return result;
}

/** How many items pass the test. */
export function countWhere<T>(items: readonly T[], test: (item: T) => boolean): number {
  let count = 0;
  for (const item of items) if (test(item)) count++;
  return count;
}

/** Index of the last item passing the test, or -1. */
export function findLastIndex<T>(items: readonly T[], test: (item: T, index: number) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) {
    if (test(items[i], i)) return i;
  }
  return -1;
}

/** Applies `fn` `times` times to `start`. */
export function applyTimes(start: number, times: number, fn: (value: number) => number): number {
  let value = start;
  for (let i = 0; i < times; i++) value = fn(value);
  return value;
}

/** Left-to-right composition of number transforms. */
export function pipeline(steps: readonly ((value: number) => number)[]): (value: number) => number {
  return (value) => steps.reduce((acc, step) => step(acc), value);
}

/** Merges two records; keys present in both are combined with `resolve(left, right)`. */
export function mergeWith(left: Record<string, number>, right: Record<string, number>, resolve: (a: number, b: number) => number): Record<string, number> {
  const result: Record<string, number> = { ...left };
  for (const [key, value] of Object.entries(right)) {
    result[key] = key in left ? resolve(left[key], value) : value;
  }
  return result;
}

/** Sums `score(item)` over items; items whose score is not finite count as 0. */
export function sumBy<T>(items: readonly T[], score: (item: T) => number): number {
  let total = 0;
  for (const item of items) {
    const value = score(item);
    if (Number.isFinite(value)) total += value;
  }
  return total;
}

/** Items sorted by a numeric key, stable, ascending unless `descending`. */
export function sortBy<T>(items: readonly T[], key: (item: T) => number, descending = false): T[] {
  const direction = descending ? -1 : 1;
  return items
    .map((item, index) => ({ item, index, k: key(item) }))
    .sort((a, b) => (a.k === b.k ? a.index - b.index : a.k < b.k ? -direction : direction))
    .map((entry) => entry.item);
}

/** A listener registry: `on` returns an unsubscribe function; `emit` returns how many listeners ran. */
export function createEmitter<E>(): { on: (listener: (event: E) => void) => () => void; emit: (event: E) => number } {
  const listeners: ((event: E) => void)[] = [];
  return {
    on(listener) {
      listeners.push(listener);
      return () => {
        const at = listeners.indexOf(listener);
        if (at !== -1) listeners.splice(at, 1);
      };
    },
    emit(event) {
      for (const listener of [...listeners]) listener(event);
      return listeners.length;
    },
  };
}
