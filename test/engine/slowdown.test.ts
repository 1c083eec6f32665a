// The slowdown check end to end: a rewrite that repeats work inside a loop is timed against the
// old version on the same (and grown) inputs; a rewrite of the same speed is not.
import { describe, expect, it } from 'vitest';
import { failedCheck, useEngine } from '../helpers/engineHarness';

const { verifyEdit } = useEngine();

const setBased = 'export function unique(xs: number[]): number[] {\n  return [...new Set(xs)];\n}\n';

describe('slowdown', () => {
  it('a rewrite that searches the output for every element is several times slower: changed, with the numbers and the input', async () => {
    const { verdict } = await verifyEdit(
      { 'src/unique.ts': setBased },
      { 'src/unique.ts': 'export function unique(xs: number[]): number[] {\n  const out: number[] = [];\n  for (const x of xs) if (!out.includes(x)) out.push(x);\n  return out;\n}\n' },
    );
    const result = verdict('unique');
    expect(result.state).toBe('changed');
    expect(result.checks.find((c) => c.kind === 'behavior-change')?.status).toBe('passed');
    const finding = failedCheck(result, 'slowdown');
    expect(finding.message).toMatch(/^\d+(\.\d)?× slower: \S+ ms → \S+ ms a call on an input \d+ items long; \S+ ms → \S+ ms over \d+ inputs timed$/);
    expect(finding.input).toMatch(/^unique\(\[/);
    expect(finding.new).toMatch(/^\S+ ms$/);
  });

  it('a rewrite of the same speed passes the slowdown check and is verified', async () => {
    const { verdict } = await verifyEdit(
      { 'src/unique.ts': setBased },
      { 'src/unique.ts': 'export function unique(xs: number[]): number[] {\n  const seen = new Set<number>();\n  for (const x of xs) seen.add(x);\n  return Array.from(seen);\n}\n' },
    );
    const result = verdict('unique');
    expect(result.checks.find((c) => c.kind === 'slowdown')).toMatchObject({ status: 'passed' });
    // Timed on the largest grown input, which was not even 2.5x slower: the rest need not be timed.
    expect(result.checks.find((c) => c.kind === 'slowdown')!.inputs).toBeGreaterThanOrEqual(1);
    expect(result.state).toBe('verified');
  });

  it('asynchronous code is not timed: the check says so and the verdict rests on the others', async () => {
    const wait = (body: string) => `export async function doubled(n: number): Promise<number> {\n  ${body}\n}\n`;
    const { verdict } = await verifyEdit({ 'src/doubled.ts': wait('return n * 2;') }, { 'src/doubled.ts': wait('return n + n;') });
    const result = verdict('doubled');
    expect(result.checks.find((c) => c.kind === 'slowdown')).toMatchObject({ status: 'skipped', reason: 'asynchronous: only synchronous code is timed' });
    expect(result.state).toBe('verified');
  });
});
