// When old and new are compared, the old version's constants join the new one's: a constant an
// edit removed or changed is exactly where the two versions part.
import { describe, expect, test } from 'vitest';
import { planInputs } from './planInputs';
import { sourceFixture } from './sourceFixture';

describe("the baseline's constants", () => {
  const fixture = sourceFixture(
    [
      "export function before(text: string, size: number): string { return /^v?(\\d+)$/.test(text) && text !== 'MiB' && size >= 1024 ? text : ''; }",
      "export function subject(text: string, size: number): string { return /^v(\\d+)$/.test(text) && text !== '' && size > 1024 ? text : ''; }",
    ].join('\n'),
  );

  test('join the new version’s numbers, strings and patterns, each once', () => {
    const result = planInputs(fixture.fn('subject'), fixture.refs, { baselineBody: fixture.fn('before') });
    if (!result.ok) throw new Error(result.reason);
    expect(result.plan.constants).toEqual({ numbers: [1023, 1024, 1025], strings: ['', 'MiB'], patterns: ['/^v(\\d+)$/', '/^v?(\\d+)$/'] });
    const strings = fixture.evaluate<unknown[][]>(result.plan.examples).map((args) => args[0]);
    expect(strings).toContain('MiB');
  });

  test('without a baseline only the new version’s count', () => {
    const result = planInputs(fixture.fn('subject'), fixture.refs);
    if (!result.ok) throw new Error(result.reason);
    expect(result.plan.constants.strings).toEqual(['']);
    expect(result.plan.constants.patterns).toEqual(['/^v(\\d+)$/']);
  });
});

describe("the baseline's loop bounds", () => {
  test('a parameter that bounded the old loop stays small after a rewrite hides it in a flag', () => {
    const fixture = sourceFixture(
      [
        'export function before(n: number): number { let s = 0; for (let i = 0; i < n; i++) s += i; return s; }',
        'export function subject(count: number): number { let s = 0; let i = 0; let more = i < count; while (more) { s += i; i++; more = i < count; } return s; }',
      ].join('\n'),
    );
    const result = planInputs(fixture.fn('subject'), fixture.refs, { baselineBody: fixture.fn('before') });
    if (!result.ok) throw new Error(result.reason);
    expect(result.plan.parameters[0].arbitrary).toContain('fc.integer({ min: -1, max: 64 })');
    const alone = planInputs(fixture.fn('subject'), fixture.refs);
    if (!alone.ok) throw new Error(alone.reason);
    expect(alone.plan.parameters[0].arbitrary).not.toContain('max: 64');
  });
});
