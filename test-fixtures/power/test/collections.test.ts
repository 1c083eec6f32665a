import { describe, expect, it } from 'vitest';
import { chunk, countOccurrences, groupBy, intersect, moveItem, partition, runLengths, topN, uniqueBy, windows, zip } from '../src/collections';

describe('chunk', () => {
  it('splits arrays', () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
  });
});

describe('groupBy', () => {
  it('groups by key', () => {
    const groups = groupBy(['apple', 'avocado', 'banana'], (s) => s[0]);
    expect(groups.get('a')).toEqual(['apple', 'avocado']);
    expect(groups.get('b')).toEqual(['banana']);
  });
});

describe('uniqueBy', () => {
  it('keeps the first of each key', () => {
    expect(uniqueBy([1, 2, 3, 4], (n) => n % 2)).toEqual([1, 2]);
  });
});

describe('partition', () => {
  it('splits by predicate', () => {
    expect(partition([1, 2, 3, 4], (n) => n > 2)).toEqual([[3, 4], [1, 2]]);
  });
});

describe('zip', () => {
  it('pairs items', () => {
    expect(zip([1, 2, 3], ['a', 'b'])).toEqual([[1, 'a'], [2, 'b']]);
  });
});

describe('countOccurrences', () => {
  it('counts', () => {
    expect(countOccurrences(['a', 'b', 'a'])).toEqual({ a: 2, b: 1 });
  });
});

describe('windows', () => {
  it('slides', () => {
    expect(windows([1, 2, 3], 2)).toEqual([[1, 2], [2, 3]]);
  });
});

describe('topN', () => {
  it('takes the largest', () => {
    expect(topN([5, 1, 9, 3], 2)).toEqual([9, 5]);
  });
});

describe('intersect', () => {
  it('keeps common values', () => {
    expect(intersect([1, 2, 2, 3], [2, 3, 4])).toEqual([2, 3]);
  });
});

describe('runLengths', () => {
  it('encodes runs', () => {
    expect(runLengths('aaab')).toEqual([['a', 3], ['b', 1]]);
  });
});

describe('moveItem', () => {
  it('moves an item', () => {
    expect(moveItem(['a', 'b', 'c'], 0, 2)).toEqual(['b', 'c', 'a']);
  });
});
