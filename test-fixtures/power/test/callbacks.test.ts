import { describe, expect, it } from 'vitest';
import { applyTimes, countWhere, createEmitter, filterEntries, findLastIndex, mapValues, mergeWith, pipeline, sortBy, sumBy } from '../src/callbacks';

describe('mapValues and filterEntries', () => {
  it('transform records', () => {
    expect(mapValues({ a: 1, b: 2 }, (v) => v * 2)).toEqual({ a: 2, b: 4 });
    expect(filterEntries({ a: 1, b: 2 }, (v) => v > 1)).toEqual({ b: 2 });
  });
});

describe('countWhere and findLastIndex', () => {
  it('count and find', () => {
    expect(countWhere([1, 2, 3], (n) => n > 1)).toBe(2);
    expect(findLastIndex([1, 2, 3, 2], (n) => n === 2)).toBe(3);
    expect(findLastIndex([1], (n) => n === 2)).toBe(-1);
  });
});

describe('applyTimes and pipeline', () => {
  it('compose', () => {
    expect(applyTimes(1, 3, (n) => n * 2)).toBe(8);
    expect(pipeline([(n) => n + 1, (n) => n * 10])(2)).toBe(30);
  });
});

describe('mergeWith', () => {
  it('resolves conflicts', () => {
    expect(mergeWith({ a: 1, b: 2 }, { b: 3, c: 4 }, (x, y) => x + y)).toEqual({ a: 1, b: 5, c: 4 });
  });
});

describe('sumBy and sortBy', () => {
  it('sums and sorts', () => {
    expect(sumBy([{ n: 1 }, { n: 2 }], (x) => x.n)).toBe(3);
    expect(sortBy(['ccc', 'a', 'bb'], (s) => s.length)).toEqual(['a', 'bb', 'ccc']);
  });
});

describe('createEmitter', () => {
  it('notifies listeners', () => {
    const emitter = createEmitter<number>();
    const seen: number[] = [];
    const off = emitter.on((n) => seen.push(n));
    expect(emitter.emit(1)).toBe(1);
    off();
    expect(emitter.emit(2)).toBe(0);
    expect(seen).toEqual([1]);
  });
});
