import { describe, expect, it } from 'vitest';
import { renderCall, renderValue } from './renderValue';

class Cart {
  items = [1];
}

describe('renderValue', () => {
  it.each([
    [-0, '-0'],
    [true, 'true'],
    [false, 'false'],
    [[true, { ok: false }], '[true, { ok: false }]'],
    [NaN, 'NaN'],
    [10n, '10n'],
    ['a"b', '"a\\"b"'],
    [undefined, 'undefined'],
    [[1, [2]], '[1, [2]]'],
    [{ a: 1, 'b-c': 2 }, '{ a: 1, "b-c": 2 }'],
    [new Date(0), 'new Date("1970-01-01T00:00:00.000Z")'],
    [new Date(NaN), 'new Date(NaN)'],
    [new Map([['k', 1]]), 'new Map([["k", 1]])'],
    [new Set([1]), 'new Set([1])'],
    [new TypeError('bad'), 'TypeError("bad")'],
    [Object.assign(new Error('[\n  {\n    "code": "custom"\n  }\n]'), { name: 'ZodError' }), 'ZodError("[…")'],
    [new RangeError('x'.repeat(100)), `RangeError("${'x'.repeat(79)}…")`],
    [new Cart(), 'Cart { items: [1] }'],
  ])('%o → %s', (value, text) => {
    expect(renderValue(value)).toBe(text);
  });

  it('renders a call and cuts long values with an ellipsis', () => {
    expect(renderCall('f', [1, 'x'])).toBe('f(1, "x")');
    const long = renderValue('x'.repeat(1000));
    expect(long.length).toBe(240);
    expect(long.endsWith('…')).toBe(true);
  });

  it('marks cycles', () => {
    const a: Record<string, unknown> = {};
    a.me = a;
    expect(renderValue(a)).toBe('{ me: [Circular] }');
  });
});
