// Numbers that bound a loop or size an allocation stay near the sizes loops are written for, so
// that neither version counts to 1e21 (a hang both share) or allocates without end (a dead runner).
import { describe, expect, test } from 'vitest';
import { loopBoundParameters } from './loopBounds';
import { planAndSample, sourceFixture } from './sourceFixture';

const bounds = (source: string) => [...loopBoundParameters(sourceFixture(source).fn('subject'))].sort();

describe('loop bounds', () => {
  test('parameters compared with in a loop condition, or sizing an array or a string, are loop bounds', () => {
    expect(bounds('export function subject(parts: number, cents: number) { const s = []; for (let i = 0; i < parts; i++) s.push(cents); return s; }')).toEqual(['parts']);
    expect(bounds('export function subject(max: number, step: number) { let page = 1; while (page <= max - 1) page += step; return page; }')).toEqual(['max']);
    expect(bounds("export function subject(width: number, size: number, n: number) { return [' '.repeat(width), new Array(size), Array.from({ length: n })]; }")).toEqual(['n', 'size', 'width']);
    expect(bounds("export function subject(text: string, width: number) { return text.padStart(width, '0'); }")).toEqual(['width']);
  });

  test('a bound inside a call (Math.min with a length) or a value only computed with is not one', () => {
    expect(bounds('export function subject(items: number[], limit: number) { for (let i = 0; i < Math.min(limit, items.length); i++) items[i]++; return items; }')).toEqual([]);
    expect(bounds('export function subject(a: number, b: number) { return a * b > 10 ? a : b; }')).toEqual([]);
  });

  test('a loop bound is drawn without huge values, and tried without the infinities', () => {
    const fixture = sourceFixture('export function subject(label: string, parts: number): string[] {\n  const out: string[] = [];\n  for (let i = 0; i < parts; i++) out.push(label);\n  return out;\n}');
    const { samples, examples } = planAndSample(fixture, 'subject', 500);
    const parts = [...samples, ...examples].map((args) => args[1] as number);
    expect(parts.every((n) => Number.isNaN(n) || Math.abs(n) <= 1000)).toBe(true);
    expect(parts.filter((n) => Number.isInteger(n) && n > 3).length).toBeGreaterThan(50);
    expect(parts).toContain(0);
    expect(parts.some((n) => Number.isNaN(n))).toBe(true);
  });
});
