// Examples come before random inputs: edge values for each parameter with defaults for the
// others, and the constants the body compares its inputs with.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { bodyConstants } from './bodyConstants';
import { planAndSample, sourceFixture } from './sourceFixture';

const column = (examples: unknown[][], i: number) => examples.map((args) => args[i]);
const containsValue = (values: unknown[], value: unknown) => values.some((x) => Object.is(x, value));

describe('edge values', () => {
  test('a number parameter is tried with 0, -0, NaN, the infinities and large values', () => {
    const fixture = sourceFixture('export function subject(x: number, label: string): void {}');
    const { examples } = planAndSample(fixture, 'subject');
    const xs = column(examples, 0);
    for (const edge of [0, -0, NaN, 1, -1, Infinity, -Infinity, 1e21, Number.MAX_SAFE_INTEGER]) {
      expect(containsValue(xs, edge), `examples lack ${edge}`).toBe(true);
    }
    expect(examples[0]).toEqual([0, '']);
  });

  test('a string parameter is tried empty, blank, with unicode and long', () => {
    const fixture = sourceFixture('export function subject(s: string): void {}');
    const strings = column(planAndSample(fixture, 'subject').examples, 0) as string[];
    expect(strings).toContain('');
    expect(strings).toContain(' ');
    expect(strings.some((s) => /[^\x00-\x7f]/.test(s))).toBe(true);
    expect(strings.some((s) => s.length >= 1000)).toBe(true);
  });

  test('other parameters keep their default while one is varied, around zeros and around ones', () => {
    const fixture = sourceFixture('export function subject(a: number, b: boolean): void {}');
    const { examples } = planAndSample(fixture, 'subject');
    // Around each base one parameter varies: a stays 0 or 1 while b varies, and b stays false while a varies.
    expect(examples.every(([a, b]) => Object.is(a, 0) || a === 1 || b === false)).toBe(true);
    expect(column(examples, 1)).toContain(true);
    expect(examples).toContainEqual([1, true]);
  });

  test('numbers vary around 1 too, so a boundary shows next to a non-zero factor', () => {
    const fixture = sourceFixture('export function subject(price: number, qty: number): number { return qty >= 10 ? price * 0.9 : price; }');
    const { examples } = planAndSample(fixture, 'subject');
    expect(examples).toContainEqual([1, 10]);
    expect(examples).toContainEqual([1, 9]);
    expect(examples).toContainEqual([0, 10]);
  });

  test('arrays empty and with one element; objects with optional members absent', () => {
    const fixture = sourceFixture('export interface Line { sku: string; note?: string }\nexport function subject(lines: Line[], line: Line): void {}');
    const { examples } = planAndSample(fixture, 'subject');
    const lists = column(examples, 0) as unknown[][];
    expect(lists).toContainEqual([]);
    expect(lists.some((l) => l.length === 1)).toBe(true);
    const lines = column(examples, 1) as Record<string, unknown>[];
    expect(lines.some((l) => !('note' in l))).toBe(true);
    expect(lines.some((l) => typeof l.note === 'string')).toBe(true);
  });

  test('Date examples include an invalid date; nullable ones null and undefined', () => {
    const fixture = sourceFixture('export function subject(when: Date, n: number | null | undefined): void {}');
    const { examples } = planAndSample(fixture, 'subject');
    expect((column(examples, 0) as Date[]).some((d) => Number.isNaN(d.getTime()))).toBe(true);
    expect(column(examples, 1)).toEqual(expect.arrayContaining([null, undefined, 0]));
  });

  test('examples stay bounded with many parameters', () => {
    const params = Array.from({ length: 8 }, (_, i) => `p${i}: number`).join(', ');
    const fixture = sourceFixture(`export function subject(${params}): void {}`);
    const { examples } = planAndSample(fixture, 'subject');
    expect(examples.length).toBe(40);
    // every parameter got varied before the cap
    for (let i = 0; i < 8; i++) expect(containsValue(column(examples, i), NaN)).toBe(true);
  });

  test('a function without parameters has one empty example', () => {
    const fixture = sourceFixture('export function subject(): number { return 1; }');
    expect(planAndSample(fixture, 'subject').examples).toEqual([[]]);
  });
});

describe('constants from the body', () => {
  test('`qty >= 10` puts 9, 10 and 11 into the examples and the arbitrary', () => {
    const fixture = sourceFixture('export function subject(qty: number): number { if (qty >= 10) return qty * 0.9; return qty; }');
    const { plan, examples, samples } = planAndSample(fixture, 'subject', 500);
    expect(plan.constants.numbers).toEqual(expect.arrayContaining([9, 10, 11]));
    expect(column(examples, 0)).toEqual(expect.arrayContaining([9, 10, 11]));
    expect(column(samples, 0)).toContain(10);
  });

  test("`tier === 'gold'` makes 'gold' a likely value of a string parameter", () => {
    const fixture = sourceFixture("export function subject(tier: string): number { return tier === 'gold' ? 0.2 : 0; }");
    const { plan, examples, samples } = planAndSample(fixture, 'subject', 500);
    expect(plan.constants.strings).toEqual(['gold']);
    expect(column(examples, 0)).toContain('gold');
    expect(column(samples, 0)).toContain('gold');
  });

  test('constants reach members nested in objects', () => {
    const fixture = sourceFixture('export function subject(order: { qty: number }): boolean { return order.qty > 100; }');
    const { examples } = planAndSample(fixture, 'subject');
    expect(column(examples, 0)).toContainEqual({ qty: 101 });
  });

  test('a regular expression in the body seeds matching strings', () => {
    const fixture = sourceFixture('export function subject(email: string): boolean { return /^[a-z]+@example\\.com$/.test(email); }');
    const { plan, examples, samples } = planAndSample(fixture, 'subject', 500);
    expect(plan.constants.patterns).toEqual(['/^[a-z]+@example\\.com$/']);
    const matches = (s: unknown) => typeof s === 'string' && /^[a-z]+@example\.com$/.test(s);
    expect(column(examples, 0).some(matches)).toBe(true);
    expect(column(samples, 0).some(matches)).toBe(true);
  });

  test('mining: comparisons, arithmetic, switch cases, negative literals, searches', () => {
    const fixture = sourceFixture(`export function subject(n: number, s: string): number {
      switch (s) { case 'a': return 1; case 'b': return 2; }
      if (s.startsWith('vip-') || n < -5) return 3;
      if (s !== \`plain\`) return n % 7;
      const pattern = /(a)\\1/; // back-references: fast-check cannot generate it
      return pattern.test(s) ? 0 : 4;
    }`);
    const constants = bodyConstants(fixture.fn('subject'));
    expect(constants.strings).toEqual(['a', 'b', 'vip-', 'plain']);
    expect(constants.numbers).toEqual([-6, -5, -4, 6, 7, 8]);
    expect(constants.patterns).toEqual([]);
  });

  test('mining: the keys of a lookup table indexed with a computed key, not of one read by name', () => {
    const fixture = sourceFixture(`export function subject(kind: string): string {
      const labels = { email: 'Email', 'currency_code': 'Currency' } as const;
      const fixed = { ignored: 1 };
      return (labels as Record<string, string>)[kind] ?? String(fixed.ignored) + fixed['ignored'];
    }`);
    expect(bodyConstants(fixture.fn('subject')).strings).toEqual(['email', 'currency_code']);
  });

  test('no constants, no mixing: the arbitrary is the plain one', () => {
    const fixture = sourceFixture('export function subject(n: number): number { return n; }');
    const { plan } = planAndSample(fixture, 'subject');
    expect(plan.constants).toEqual({ numbers: [], strings: [], patterns: [] });
    expect(plan.parameters[0].arbitrary).not.toContain('constantFrom');
    expect(fc.sample(fixture.evaluate<fc.Arbitrary<unknown>>(plan.parameters[0].arbitrary), { numRuns: 10, seed: 1 }).every((x) => typeof x === 'number')).toBe(true);
  });
});
