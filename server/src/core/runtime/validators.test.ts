// The runtime validators accept everything the declared type allows and name the first place a
// value breaks it.
import { describe, expect, test } from 'vitest';
import { describe as describeValue, v } from './validators';

class Money {
  constructor(readonly cents: number) {}
}

describe('primitives', () => {
  test('number allows NaN, -0 and the infinities, and nothing else', () => {
    for (const x of [0, -0, NaN, Infinity, -Infinity, 1.5]) expect(v.number(x)).toBeUndefined();
    expect(v.number(undefined)).toBe('expected number, got undefined');
    expect(v.number('1')).toBe('expected number, got string "1"');
    expect(v.number(1n)).toBe('expected number, got bigint 1n');
  });

  test.each([
    ['string', v.string, 'a', 1],
    ['boolean', v.boolean, false, 0],
    ['bigint', v.bigint, 0n, 0],
    ['symbol', v.symbol, Symbol('s'), 's'],
    ['undefined', v.undefined, undefined, null],
    ['null', v.null, null, undefined],
    ['func', v.func, () => 1, {}],
    ['date', v.date, new Date(NaN), '2024-01-01'],
    ['nonPrimitive', v.nonPrimitive, [], 'x'],
    ['promise', v.promise, Promise.resolve(1), 1],
  ])('%s', (_name, validator, accepted, rejected) => {
    expect(validator(accepted)).toBeUndefined();
    expect(validator(rejected)).toMatch(/^expected /);
  });

  test('unknown accepts anything', () => {
    for (const x of [undefined, null, NaN, {}, () => 1]) expect(v.unknown(x)).toBeUndefined();
  });

  test('literal accepts its values only', () => {
    const tier = v.literal('gold', 'silver');
    expect(tier('gold')).toBeUndefined();
    expect(tier('bronze', '.tier')).toBe('expected "gold" | "silver" at tier, got string "bronze"');
    expect(v.literal(0)(-0)).toBeUndefined();
  });
});

describe('composites', () => {
  const line = v.object({ sku: v.string, price: v.number, note: v.union(v.string, v.undefined) }, { optional: ['note'] });

  test('objects: extra properties and missing optional members are fine', () => {
    expect(line({ sku: 'a', price: 1, extra: true })).toBeUndefined();
    expect(line({ sku: 'a', price: NaN, note: undefined })).toBeUndefined();
    expect(line({ sku: 'a', price: 1, note: 3 })).toBe('expected string | undefined at note, got number 3');
    expect(line(null)).toBe('expected object, got null');
  });

  test('a wrong element deep in an array is named by its path', () => {
    const lines = v.array(line);
    expect(lines([{ sku: 'a', price: 1 }, { sku: 'b' }])).toBe('expected number at [1].price, got undefined');
    expect(lines('x')).toBe('expected array, got string "x"');
  });

  test('structural typing: a primitive with the members is accepted', () => {
    expect(v.object({ length: v.number })('abc')).toBeUndefined();
  });

  test('member names that are not identifiers are quoted in the path', () => {
    expect(v.object({ 'unit price': v.number })({})).toBe('expected number at ["unit price"], got undefined');
  });

  test('a getter that throws is not a contract breach', () => {
    const value = Object.defineProperty({}, 'total', {
      get() {
        throw new Error('lazy');
      },
    });
    expect(v.object({ total: v.number })(value)).toBeUndefined();
  });

  test('tuples: length, optional elements and rest', () => {
    const pair = v.tuple([v.string, v.number]);
    expect(pair(['a', 1])).toBeUndefined();
    expect(pair(['a'])).toBe('expected tuple of 2 elements, got array of 1');
    const optional = v.tuple([v.string, v.number], { required: 1 });
    expect(optional(['a'])).toBeUndefined();
    expect(optional(['a', undefined])).toBeUndefined();
    expect(optional(['a', 'b'])).toBe('expected number at [1], got string "b"');
    const rest = v.tuple([v.string], { rest: v.boolean });
    expect(rest(['a', true, false])).toBeUndefined();
    expect(rest(['a', true, 0])).toBe('expected boolean at [2], got number 0');
  });

  test('records check every own value; numeric index signatures only numeric keys', () => {
    expect(v.record(v.number)({ a: 1, b: NaN })).toBeUndefined();
    expect(v.record(v.number)({ a: 1, b: '2' })).toBe('expected number at b, got string "2"');
    expect(v.record(v.number, { numericKeys: true })({ 0: 1, name: 'x' })).toBeUndefined();
  });

  test('unions report the member that came closest', () => {
    const shape = v.union(v.object({ kind: v.literal('circle'), r: v.number }), v.object({ kind: v.literal('square'), side: v.number }));
    expect(shape({ kind: 'square', side: 2 })).toBeUndefined();
    expect(shape({ kind: 'square', side: 'x' })).toBe('expected number at side, got string "x"');
    expect(v.union(v.number, v.string)(true)).toBe('expected number | string, got boolean true');
    expect(v.union(v.number, v.array(v.number))('1')).toBe('expected number | number[], got string "1"');
    expect(v.union(v.number, v.array(v.number))([1, '2'])).toBe('expected number at [1], got string "2"');
    expect(v.object({ a: v.union(v.number, v.tuple([v.number])) })({ a: 'x' })).toBe('expected number | tuple at a, got string "x"');
  });

  test('type-only members may be missing; when present they are checked', () => {
    const schema = v.object({ kind: v.string, isst: v.object({ code: v.string }) }, { typeOnly: ['isst'] });
    expect(schema({ kind: 'a' })).toBeUndefined();
    expect(schema({ kind: 'a', isst: undefined })).toBeUndefined();
    expect(schema({ kind: 'a', isst: { code: 1 } })).toBe('expected string at isst.code, got number 1');
    expect(schema({ isst: { code: 'x' } })).toBe('expected string at kind, got undefined');
  });

  test('intersections need every member', () => {
    const both = v.intersection(v.object({ id: v.number }), v.record(v.union(v.number, v.string)));
    expect(both({ id: 1, name: 'a' })).toBeUndefined();
    expect(both({ id: 1, flag: true })).toBe('expected number | string at flag, got boolean true');
  });

  test('instanceOf, Map and Set', () => {
    expect(v.instanceOf(Money)(new Money(1))).toBeUndefined();
    expect(v.instanceOf(Money)({ cents: 1 })).toBe('expected Money, got object');
    expect(v.instanceOf(undefined)({})).toBeUndefined();
    const prices = v.map(v.string, v.number);
    expect(prices(new Map([['a', 1]]))).toBeUndefined();
    expect(prices(new Map<string, unknown>([['a', 'x']]))).toBe('expected number at get("a"), got string "x"');
    expect(prices({})).toBe('expected Map, got object');
    expect(v.set(v.number)(new Set([1, 'x']))).toBe('expected number at values[1], got string "x"');
  });
});

test('values are described briefly', () => {
  expect(describeValue(new Money(1))).toBe('Money');
  expect(describeValue('x'.repeat(100))).toMatch(/^string "x{40}…"$/);
  expect(describeValue(-0)).toBe('number -0');
  expect(describeValue([1, 2])).toBe('array of 2');
});
