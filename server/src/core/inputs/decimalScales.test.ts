// Where a body rounds at a scale (cents: `Math.round(amount * 100)`), the inputs hold short
// decimals and the ties of that scale, so a changed rounding rule shows.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decimalScales } from './decimalScales';
import { planInputs } from './planInputs';
import { sourceFixture } from './sourceFixture';

const HALF_UP = 'export function before(amount: number): number { const cents = Math.round(Math.abs(amount) * 100); return amount < 0 ? -cents : cents; }';
const HALF_EVEN = [
  'export function subject(amount: number): number {',
  '  const scaled = Math.abs(amount) * 100;',
  '  const floor = Math.floor(scaled);',
  '  const diff = scaled - floor;',
  '  const cents = diff > 0.5 || (diff === 0.5 && floor % 2 === 1) ? floor + 1 : floor;',
  '  return amount < 0 ? -cents : cents;',
  '}',
].join('\n');

describe('decimal scales', () => {
  const scales = (body: string) => decimalScales(sourceFixture(body).fn('subject'));

  test('a power of ten a value is multiplied or divided by, toFixed digits, and bare rounding', () => {
    expect(scales('export function subject(x: number) { return Math.round(x * 100) / 100; }')).toEqual([100, 1]);
    expect(scales('export function subject(x: number) { return x.toFixed(2); }')).toEqual([100]);
    expect(scales('export function subject(x: number) { return Math.floor(x); }')).toEqual([1]);
  });

  test('no scale where the body neither rounds nor scales by a power of ten', () => {
    expect(scales('export function subject(x: number) { return x * 3 + 100; }')).toEqual([]);
  });
});

describe('decimal inputs', () => {
  const fixture = sourceFixture(`${HALF_UP}\n${HALF_EVEN}`);
  const plan = () => {
    const result = planInputs(fixture.fn('subject'), fixture.refs, { baselineBody: fixture.fn('before') });
    if (!result.ok) throw new Error(result.reason);
    return result.plan;
  };
  const differs = (amount: number) => (fixture.scope.before as (n: number) => number)(amount) !== (fixture.scope.subject as (n: number) => number)(amount);

  test('a tie of the rounding scale is among the examples', () => {
    const amounts = fixture.evaluate<unknown[][]>(plan().examples).map((args) => args[0] as number);
    expect(amounts).toContain(12.345);
    expect(amounts.some(differs)).toBe(true);
  });

  test('random inputs reach half cents, where half-up and half-even rounding part', () => {
    const samples = fc.sample(fixture.evaluate<fc.Arbitrary<[number]>>(plan().tuple), { numRuns: 200, seed: 1 });
    expect(samples.filter(([amount]) => differs(amount)).length).toBeGreaterThan(3);
    expect(samples.some(([amount]) => !Number.isInteger(amount * 10) && Number.isInteger(amount * 1000))).toBe(true);
  });

  test('a failing decimal example shrinks to a short decimal, not by ulps (12.344999999999999)', () => {
    const amount = fixture.evaluate<fc.Arbitrary<number>>(plan().parameters[0].arbitrary);
    const result = fc.check(fc.property(amount, (x) => !differs(x)), { numRuns: 1, examples: [[12.345]] });
    const [shrunk] = result.counterexample as [number];
    expect(differs(shrunk)).toBe(true);
    expect(Math.round(shrunk * 1000) / 1000).toBe(shrunk);
  });

  test('a body that does not round gets no decimals', () => {
    const plain = sourceFixture('export function subject(a: number, b: number): number { return a + b; }');
    const result = planInputs(plain.fn('subject'), plain.refs);
    if (!result.ok) throw new Error(result.reason);
    expect(result.plan.parameters[0].arbitrary).not.toContain('short decimal');
  });
});
