import { describe, expect, it } from 'vitest';
import { collectResults, deepEqual, firstOr, getPath, indexById, invert, mapResult, omit, pick, unwrapOr } from '../src/generics';

describe('pick and omit', () => {
  it('select keys', () => {
    expect(pick({ a: 1, b: 2, c: 3 }, ['a', 'c'])).toEqual({ a: 1, c: 3 });
    expect(omit({ a: 1, b: 2 }, ['a'])).toEqual({ b: 2 });
  });
});

describe('results', () => {
  it('unwrap and map', () => {
    expect(unwrapOr({ ok: false, error: 'x' }, 5)).toBe(5);
    expect(mapResult({ ok: true, value: 2 }, (n) => n + 1)).toEqual({ ok: true, value: 3 });
  });
  it('collect', () => {
    expect(collectResults([{ ok: true, value: 1 }, { ok: true, value: 2 }])).toEqual({ ok: true, value: [1, 2] });
    expect(collectResults([{ ok: true, value: 1 }, { ok: false, error: 'bad' }])).toEqual({ ok: false, error: 'bad' });
  });
});

describe('deepEqual', () => {
  it('compares structures', () => {
    expect(deepEqual({ a: [1, 2] }, { a: [1, 2] })).toBe(true);
    expect(deepEqual({ a: 1 }, { a: 2 })).toBe(false);
  });
});

describe('firstOr, invert, indexById', () => {
  it('work', () => {
    expect(firstOr([], 'none')).toBe('none');
    expect(invert({ a: 'x', b: 'y' })).toEqual({ x: 'a', y: 'b' });
    expect(indexById([{ id: 'a', n: 1 }]).get('a')).toEqual({ id: 'a', n: 1 });
  });
});

describe('getPath', () => {
  it('reads nested values', () => {
    expect(getPath({ a: { b: { c: 3 } } }, 'a.b.c')).toBe(3);
    expect(getPath({ a: 1 }, 'a.b')).toBeUndefined();
  });
});
