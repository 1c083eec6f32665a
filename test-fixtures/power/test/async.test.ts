import { describe, expect, it } from 'vitest';
import { collectPages, filterAsync, firstSuccessful, mapLimit, memoizeAsync, retry, settle, sumSequentially, withFallback } from '../src/async';

describe('retry', () => {
  it('retries until success', async () => {
    const result = await retry(async (attempt) => {
      if (attempt < 3) throw new Error('flaky');
      return attempt;
    }, 5);
    expect(result).toBe(3);
  });
  it('gives up', async () => {
    await expect(retry(async () => Promise.reject(new Error('down')), 2)).rejects.toThrow('down');
  });
});

describe('mapLimit', () => {
  it('keeps order', async () => {
    expect(await mapLimit([1, 2, 3], 2, async (n) => n * 10)).toEqual([10, 20, 30]);
  });
});

describe('settle', () => {
  it('reports outcomes', async () => {
    expect(await settle([Promise.resolve(1), Promise.reject(new Error('no'))])).toEqual([
      { ok: true, value: 1 },
      { ok: false, error: 'no' },
    ]);
  });
});

describe('firstSuccessful', () => {
  it('returns the first success', async () => {
    expect(await firstSuccessful([async () => Promise.reject(new Error('a')), async () => 'b'])).toBe('b');
  });
});

describe('sumSequentially and withFallback', () => {
  it('sums', async () => {
    expect(await sumSequentially([async () => 1, async () => 2])).toBe(3);
  });
  it('falls back', async () => {
    expect(await withFallback(Promise.reject(new Error('x')), 7)).toBe(7);
  });
});

describe('memoizeAsync', () => {
  it('calls once per key', async () => {
    let calls = 0;
    const get = memoizeAsync(async (key) => {
      calls++;
      return key.length;
    });
    expect(await get('abc')).toBe(3);
    expect(await get('abc')).toBe(3);
    expect(calls).toBe(1);
  });
});

describe('collectPages', () => {
  it('stops at an empty page', async () => {
    expect(await collectPages(async (page) => (page < 3 ? [page] : []), 10)).toEqual([1, 2]);
  });
});

describe('filterAsync', () => {
  it('filters', async () => {
    expect(await filterAsync([1, 2, 3, 4], async (n) => n % 2 === 0)).toEqual([2, 4]);
  });
});
