import { describe, expect, it } from 'vitest';
import { firstDifference, numbersClose, valuesEqual } from './compareValues';

class Point {
  constructor(readonly x: number) {}
}

describe('valuesEqual', () => {
  it.each([
    ['NaN equals NaN', NaN, NaN, true],
    ['0 equals -0', 0, -0, true],
    ['floats within tolerance', 0.1 + 0.2, 0.3, true],
    ['floats far apart', 1, 1.0001, false],
    ['infinities', Infinity, -Infinity, false],
    ['objects by content', { a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }, true],
    ['undefined member equals missing member', { a: 1, b: undefined }, { a: 1 }, true],
    ['class instances by class name and content', new Point(1), new Point(1), true],
    ['a plain object is not an instance', { x: 1 }, new Point(1), false],
    ['dates by time', new Date(5), new Date(5), true],
    ['invalid dates', new Date(NaN), new Date(NaN), true],
    ['maps by entries', new Map([['a', 1]]), new Map([['a', 1]]), true],
    ['maps with a different value', new Map([['a', 1]]), new Map([['a', 2]]), false],
    ['maps with object keys by the keys’ content', new Map([[{ id: 1 }, 'a'], [{ id: 2 }, 'b']]), new Map([[{ id: 2 }, 'b'], [{ id: 1 }, 'a']]), true],
    ['maps with equal object keys but another value', new Map([[{ id: 1 }, 'a']]), new Map([[{ id: 1 }, 'z']]), false],
    ['maps with another object key', new Map([[{ id: 1 }, 'a']]), new Map([[{ id: 3 }, 'a']]), false],
    ['sets of objects by content', new Set([{ a: 1 }]), new Set([{ a: 1 }]), true],
    ['errors by class and message', new RangeError('x'), new RangeError('x'), true],
    ['errors with other messages', new Error('x'), new Error('y'), false],
    ['strings', 'a', 'b', false],
    ['functions cannot be compared and are taken as equal', () => 1, () => 2, true],
  ])('%s', (_name, a, b, equal) => {
    expect(valuesEqual(a, b)).toBe(equal);
  });

  it('says where two values first differ', () => {
    expect(firstDifference({ items: [{ price: 1 }, { price: 2 }] }, { items: [{ price: 1 }, { price: 3 }] })).toBe('.items[1].price');
    expect(firstDifference([1, 2], [1])).toBe('the result (length 2 vs 1)');
    expect(firstDifference(new Map([['k', 1]]), new Map([['k', 2]]))).toBe('.get("k")');
  });

  it('copes with cycles', () => {
    const a: Record<string, unknown> = { n: 1 };
    a.self = a;
    const b: Record<string, unknown> = { n: 1 };
    b.self = b;
    expect(valuesEqual(a, b)).toBe(true);
  });

  it('tolerance is relative for large numbers and absolute near zero', () => {
    expect(numbersClose(1e20, 1e20 + 1e5)).toBe(true);
    expect(numbersClose(1e-13, 0)).toBe(true);
    expect(numbersClose(1e-6, 0)).toBe(false);
  });
});
