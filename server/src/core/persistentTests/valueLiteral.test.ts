import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { valueLiteral } from './valueLiteral';

const evaluate = (code: string): unknown => new Function(`return (${code});`)();
/** Deep equality with SameValue for numbers (-0 is not 0, NaN is NaN); two invalid dates are the same. */
const same = (a: unknown, b: unknown): boolean =>
  isDeepStrictEqual(a, b) || (a instanceof Date && b instanceof Date && Number.isNaN(a.getTime()) && Number.isNaN(b.getTime()));

class Money {
  constructor(
    readonly cents: number,
    readonly currency: string,
  ) {}
  get euros(): number {
    return this.cents / 100;
  }
}

const roundTrips: [string, unknown, string?][] = [
  ['zero', 0, '0'],
  ['negative zero', -0, '-0'],
  ['NaN', NaN, 'NaN'],
  ['Infinity', Infinity, 'Infinity'],
  ['-Infinity', -Infinity, '-Infinity'],
  ['a fraction', 9.5, '9.5'],
  ['a negative number', -42, '-42'],
  ['a huge number', 1e21, '1e+21'],
  ['the smallest number', Number.MIN_VALUE],
  ['the largest number', -Number.MAX_VALUE],
  ['a float with a long expansion', 0.1 + 0.2, '0.30000000000000004'],
  ['true', true, 'true'],
  ['null', null, 'null'],
  ['undefined', undefined, 'undefined'],
  ['a bigint', 12n, '12n'],
  ['a negative bigint', -(2n ** 70n), '-1180591620717411303424n'],
  ['the empty string', '', "''"],
  ['quotes and backslashes', `it's "quoted" \\ here`, `'it\\'s "quoted" \\\\ here'`],
  ['control characters and line separators', 'a\nb\t\u0000\u2028\u2029'],
  ['unicode and emoji', 'héllo 🌍 ザ'],
  ['a lone surrogate', '\ud800x'],
  ['a long repeated character', 'x'.repeat(1000), "'x'.repeat(1000)"],
  ['a long repeated emoji', '🌍'.repeat(30), "'🌍'.repeat(30)"],
  ['an array', [1, 'a', null, undefined, [-0]], "[1, 'a', null, undefined, [-0]]"],
  ['the empty array', [], '[]'],
  ['a plain object', { id: 1, 'two words': [true], nested: { deep: NaN } }, "{ id: 1, 'two words': [true], nested: { deep: NaN } }"],
  ['the empty object', {}, '{}'],
  ['an own __proto__ key', JSON.parse('{"__proto__": 1, "a": 2}'), "{ ['__proto__']: 1, a: 2 }"],
  ['a date', new Date(Date.UTC(2024, 0, 15, 12)), "new Date('2024-01-15T12:00:00.000Z')"],
  ['an invalid date', new Date(NaN), 'new Date(NaN)'],
  ['a map', new Map<unknown, unknown>([['a', 1], [2, { b: [3] }]]), "new Map([['a', 1], [2, { b: [3] }]])"],
  ['the empty map', new Map(), 'new Map()'],
  ['a set', new Set([1, 'x', -0]), "new Set([1, 'x', 0])"],
  ['the empty set', new Set(), 'new Set()'],
  ['a regular expression', /a\/b+/gi, '/a\\/b+/gi'],
  ['a typed array', new Float64Array([1.5, NaN, -0]), 'new Float64Array([1.5, NaN, -0])'],
  ['a bigint typed array', new BigInt64Array([1n, -2n]), 'new BigInt64Array([1n, -2n])'],
  ['a shared reference (not a cycle)', (() => { const shared = { x: 1 }; return [shared, shared]; })(), '[{ x: 1 }, { x: 1 }]'],
];

describe('valueLiteral', () => {
  it.each(roundTrips)('%s round-trips', (_, value, expected) => {
    const written = valueLiteral(value, { instances: 'reject', maxLength: 10_000 });
    if (!written.ok) throw new Error(`refused: ${written.reason}`);
    if (expected !== undefined) expect(written.code).toBe(expected);
    expect(same(evaluate(written.code), value)).toBe(true);
    expect(written.loose).toBe(false);
  });

  const refused: [string, unknown, RegExp][] = [
    ['a function', () => 1, /function/],
    ['a symbol', Symbol('s'), /symbol/],
    ['a promise', Promise.resolve(1), /promise/],
    ['an error', new RangeError('no'), /error object \(RangeError\)/],
    ['a cycle', (() => { const a: unknown[] = []; a.push(a); return a; })(), /contains itself/],
    ['an array with holes', [1, , 3], /holes/], // eslint-disable-line no-sparse-arrays
    ['symbol keys', { [Symbol('k')]: 1 }, /symbol keys/],
    ['a getter', Object.defineProperty({}, 'x', { get: () => 1, enumerable: true }), /getter/],
    ['a class instance as an input', new Money(100, 'EUR'), /instance of Money/],
    ['a null-prototype object as an input', Object.create(null), /without prototype/],
    ['a function deep inside', { a: [{ b: new Map([['f', () => 0]]) }] }, /function/],
  ];

  it.each(refused)('refuses %s', (_, value, reason) => {
    const written = valueLiteral(value, { instances: 'reject' });
    expect(written.ok).toBe(false);
    if (!written.ok) expect(written.reason).toMatch(reason);
  });

  it('refuses values too long to read', () => {
    const written = valueLiteral(Array.from({ length: 200 }, (_, i) => i), { instances: 'reject', maxLength: 240 });
    expect(written).toEqual({ ok: false, reason: 'longer than 240 characters' });
  });

  it('writes an output instance as its own fields, and says the comparison must be loose', () => {
    const written = valueLiteral({ total: new Money(250, 'EUR') }, { instances: 'fields' });
    expect(written).toEqual({ ok: true, code: "{ total: { cents: 250, currency: 'EUR' } }", loose: true });
    // Loosely equal: same own fields, even though the prototype (and its getter) is gone.
    expect(evaluate((written as { code: string }).code)).toEqual({ total: new Money(250, 'EUR') });
  });
});
