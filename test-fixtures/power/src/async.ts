// Promise helpers for talking to flaky services.

/** Calls `task` until it resolves, at most `attempts` times; rejects with the last error. */
export async function retry<T>(task: (attempt: number) => Promise<T>, attempts: number): Promise<T> {
  if (attempts < 1) throw new RangeError('attempts must be at least 1');
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return await task(attempt);
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}

/** Maps with at most `limit` calls in flight; results keep the input order. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  if (limit < 1) throw new RangeError('limit must be at least 1');
  const results: R[] = new Array(items.length);
  let next = 0;
  async function worker(): Promise<void> {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index], index);
    }
  }
  const workers: Promise<void>[] = [];
  for (let i = 0; i < Math.min(limit, items.length); i++) workers.push(worker());
  await Promise.all(workers);
  return results;
}

export type Settled<T> = { ok: true; value: T } | { ok: false; error: string };

/** Waits for every promise and reports each outcome; errors become their message. */
export async function settle<T>(promises: readonly Promise<T>[]): Promise<Settled<T>[]> {
  const results = await Promise.allSettled(promises);
  return results.map((r) =>
    r.status === 'fulfilled' ? { ok: true as const, value: r.value } : { ok: false as const, error: r.reason instanceof Error ? r.reason.message : String(r.reason) },
  );
}

/** The first source that resolves, trying them one after another; rejects when all fail. */
export async function firstSuccessful<T>(sources: readonly (() => Promise<T>)[]): Promise<T> {
  const errors: string[] = [];
  for (const source of sources) {
    try {
      return await source();
    } catch (error) {
      errors.push(error instanceof Error ? error.message : String(error));
    }
  }
  throw new Error(`all ${sources.length} sources failed${errors.length > 0 ? `: ${errors.join('; ')}` : ''}`);
}

/** Runs tasks one after another and sums their numbers. */
export async function sumSequentially(tasks: readonly (() => Promise<number>)[]): Promise<number> {
  let total = 0;
  for (const task of tasks) total += await task();
  return total;
}

/** Resolves with the value, or with `fallback` when the promise rejects. */
export async function withFallback<T>(promise: Promise<T>, fallback: T): Promise<T> {
  try {
    return await promise;
  } catch {
    return fallback;
  }
}

/** Caches the promise of each key, forgetting a key whose promise rejected. */
export function memoizeAsync<R>(fn: (key: string) => Promise<R>): (key: string) => Promise<R> {
  const cache = new Map<string, Promise<R>>();
  return (key) => {
    const cached = cache.get(key);
    if (cached) return cached;
    const promise = fn(key).catch((error: unknown) => {
      cache.delete(key);
      throw error;
    });
    cache.set(key, promise);
    return promise;
  };
}

/** Fetches pages until one comes back empty or `maxPages` is reached; the items of all pages. */
export async function collectPages<T>(fetchPage: (page: number) => Promise<T[]>, maxPages: number): Promise<T[]> {
  const items: T[] = [];
  for (let page = 1; page <= maxPages; page++) {
    const batch = await fetchPage(page);
    if (batch.length === 0) break;
    items.push(...batch);
  }
  return items;
}

/** Keeps the items for which the async test resolves true, in order. */
export async function filterAsync<T>(items: readonly T[], test: (item: T) => Promise<boolean>): Promise<T[]> {
  const verdicts = await Promise.all(items.map((item) => test(item)));
  return items.filter((_item, index) => verdicts[index]);
}
