// A declaration that returns a function gets arguments for that function, planned from its
// parameter types; planning them stays cheap and quiet when the parameter type is large.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { planInputs } from './planInputs';
import { sourceFixture } from './sourceFixture';
import { UnsupportedTypeError } from './unsupportedTypeError';

describe('arguments for a returned function', () => {
  test('are planned from the returned function’s parameter types', () => {
    const fixture = sourceFixture('export function adder(n: number) { return (m: number, label: string) => `${label}${n + m}`; }');
    const planned = planInputs(fixture.fn('adder'), fixture.refs);
    if (!planned.ok) throw new Error(planned.reason);
    const samples = fixture.evaluate<fc.Arbitrary<unknown[]>>(planned.plan.returnedCallArguments!);
    for (const [m, label] of fc.sample(samples, 20)) {
      expect(typeof m).toBe('number');
      expect(typeof label).toBe('string');
    }
  });

  test('are left out, with no note, when the returned function takes a huge object type', () => {
    const members = Array.from({ length: 400 }, (_, i) => `  member${i}?: { deep${i}: string; list${i}: number[]; flag${i}: boolean };`).join('\n');
    const fixture = sourceFixture(`export interface Issue {\n${members}\n  code: string;\n  weak?: WeakMap<object, string>;\n}\nexport function errorMap(locale: string) { return (issue: Issue) => locale + issue.code; }`);
    const planned = planInputs(fixture.fn('errorMap'), fixture.refs);
    if (!planned.ok) throw new Error(planned.reason);
    expect(planned.plan.parameters.map((p) => p.name)).toEqual(['locale']);
    expect(planned.plan.returnedCallArguments).toBeUndefined();
    // The returned function's unsupported optional member is not the declaration's own input.
    expect(planned.plan.notes ?? []).not.toEqual(expect.arrayContaining([expect.stringContaining('weak')]));
  });
});

describe('the unsupported-type error', () => {
  test('prints its type only when the message is read', () => {
    let printed = 0;
    const error = new UnsupportedTypeError(() => (printed++, 'Huge<Type>'), 'no generator', '_zod.def');
    expect(printed).toBe(0);
    expect(error.message).toBe('cannot generate `Huge<Type>` at `_zod.def`: no generator');
    expect(error.withDetail('(parameter `x`)').message).toBe('cannot generate `Huge<Type>` at `_zod.def`: no generator (parameter `x`)');
    expect(printed).toBe(1);
    expect(error).toBeInstanceOf(Error);
  });
});
