// `any` and `unknown` inputs: mostly JSON, plus the values loosely typed code tends to treat
// differently (functions, symbols, symbol keys, class instances, Dates, Maps, Sets, NaN, -0).
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { renderValue } from '../runtime/renderValue';
import { planAndSample, sourceFixture } from './sourceFixture';

const isJson = (x: unknown): boolean => {
  if (x === null || typeof x === 'string' || typeof x === 'boolean' || (typeof x === 'number' && Number.isFinite(x) && !Object.is(x, -0))) return true;
  if (Array.isArray(x)) return x.every(isJson);
  return typeof x === 'object' && Object.getPrototypeOf(x) === Object.prototype && Object.getOwnPropertySymbols(x).length === 0 && Object.values(x).every(isJson);
};

const traits: [string, (x: any) => boolean][] = [
  ['function', (x) => typeof x === 'function'],
  ['symbol', (x) => typeof x === 'symbol'],
  ['symbol-keyed object', (x) => typeof x === 'object' && x !== null && Object.getOwnPropertySymbols(x).length > 0],
  ['class instance', (x) => typeof x === 'object' && x !== null && !Array.isArray(x) && ![Object.prototype, null].includes(Object.getPrototypeOf(x))],
  ['Date', (x) => x instanceof Date],
  ['Map or Set', (x) => x instanceof Map || x instanceof Set],
  ['NaN or -0', (x) => Number.isNaN(x) || Object.is(x, -0)],
  ['nested array', (x) => Array.isArray(x) && x.some(Array.isArray)],
  ['undefined', (x) => x === undefined],
];

describe('any and unknown inputs', () => {
  test.each(['any', 'unknown'])('%s: mostly JSON, and every other kind of value at a modest weight', (type) => {
    const { samples } = planAndSample(sourceFixture(`export function subject(x: ${type}): void {}`), 'subject', 1000);
    const values = samples.map(([x]) => x);
    const json = values.filter(isJson).length;
    expect(json).toBeGreaterThan(values.length * 0.4);
    expect(json).toBeLessThan(values.length * 0.8);
    for (const [name, has] of traits) expect(values.some(has), name).toBe(true);
  });

  test('the examples try a function, a symbol, a class instance and the collections early', () => {
    const { examples } = planAndSample(sourceFixture('export function subject(x: any): void {}'), 'subject');
    const values = examples.map(([x]) => x);
    for (const [name, has] of traits) expect(values.some(has), name).toBe(true);
  });

  test('deterministic for a seed, and shrinkable', () => {
    const fixture = sourceFixture('export function subject(x: unknown): void {}');
    const { plan } = planAndSample(fixture, 'subject', 1);
    const arbitrary = fixture.evaluate<fc.Arbitrary<unknown[]>>(plan.tuple);
    const render = () => fc.sample(arbitrary, { numRuns: 200, seed: 7 }).map(([x]) => renderValue(x));
    expect(render()).toEqual(render());
    const failure = fc.check(fc.property(arbitrary, ([x]) => typeof x !== 'function'), { seed: 3 });
    expect(failure.failed).toBe(true);
    expect(typeof failure.counterexample?.[0][0]).toBe('function');
  });

  test('a change that starts accepting functions is seen (rxjs isArrayLike)', () => {
    const fixture = sourceFixture('export function subject(x: any): boolean { return false; }');
    const { samples, examples } = planAndSample(fixture, 'subject');
    const before = (x: any) => !!x && typeof x.length === 'number' && typeof x !== 'function';
    const after = (x: any) => !!x && typeof x.length === 'number';
    expect([...examples, ...samples].some(([x]) => before(x) !== after(x))).toBe(true);
  });
});
