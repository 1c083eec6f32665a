// Each check kind, end to end through the engine and a real runner: the edit introduces one
// kind of bug, and the verdict names that kind with a concrete input.
import { describe, expect, it } from 'vitest';
import { failedCheck, useEngine } from '../helpers/engineHarness';

const { verifyEdit } = useEngine();

describe('check kinds', () => {
  it('crash: a native error on an input the types allow, with the input and the crash line', async () => {
    const { verdict } = await verifyEdit(
      { 'src/names.ts': 'export function initials(names: string[]): string {\n  return names.map((n) => n.trim()[0] ?? "").join("");\n}\n' },
      { 'src/names.ts': 'export function initials(names: string[]): string {\n  const first = names[0];\n  return first.trim()[0] + names.slice(1).map((n) => n.trim()[0] ?? "").join("");\n}\n' },
    );
    const result = verdict('initials');
    expect(result.state).toBe('failed');
    const finding = failedCheck(result, 'crash');
    expect(finding.input).toBe('initials([])');
    expect(finding.error?.name).toBe('TypeError');
    expect(finding.location?.line).toBe(3);
  });

  it('contract: a value outside the declared return type', async () => {
    const { verdict } = await verifyEdit(
      { 'src/list.ts': 'export function last(xs: number[]): number {\n  return xs.length > 0 ? xs[xs.length - 1] : 0;\n}\n' },
      { 'src/list.ts': 'export function last(xs: number[]): number {\n  return xs[xs.length - 1];\n}\n' },
    );
    const finding = failedCheck(verdict('last'), 'contract');
    expect(finding.input).toBe('last([])');
    expect(finding.actual).toBe('undefined');
    expect(finding.message).toContain('not number');
  });

  it('hang: a synchronous infinite loop is stopped and the input that hung is named', async () => {
    const { verdict } = await verifyEdit(
      { 'src/pad.ts': 'export function pad(text: string, size: number): string {\n  let out = text;\n  while (out.length < size) out += " ";\n  return out;\n}\n' },
      { 'src/pad.ts': 'export function pad(text: string, size: number): string {\n  let out = text;\n  while (out.length < size) out += text;\n  return out;\n}\n' },
      { timeoutMs: 1000 },
    );
    const result = verdict('pad');
    expect(result.state).toBe('failed');
    const finding = failedCheck(result, 'hang');
    expect(finding.input).toMatch(/^pad\("", [1-9]\d*\)$/);
    // The other checks, the slowdown timing among them, stop short and say so in one note.
    expect(result.notes).toContainEqual(expect.stringMatching(/^(\S+, )*slowdown not run: the declaration hangs$/));
  });

  it('hang: an async function that never settles', async () => {
    const { verdict } = await verifyEdit(
      { 'src/wait.ts': 'export async function settle(ms: number): Promise<number> {\n  return ms;\n}\n' },
      { 'src/wait.ts': 'export async function settle(ms: number): Promise<number> {\n  if (ms > 5) await new Promise(() => {});\n  return ms;\n}\n' },
      { timeoutMs: 300 },
    );
    const finding = failedCheck(verdict('settle'), 'hang');
    expect(finding.message).toBe('settle(6) does not return: no answer within 300 ms');
  });

  it('behavior-change: old → new on the smallest input that shows it', async () => {
    const { verdict } = await verifyEdit(
      { 'src/tiers.ts': "export function discount(qty: number): number {\n  return qty >= 10 ? 0.1 : 0;\n}\n" },
      { 'src/tiers.ts': "export function discount(qty: number): number {\n  return qty > 10 ? 0.1 : 0;\n}\n" },
    );
    const result = verdict('discount');
    expect(result.state).toBe('changed');
    const finding = failedCheck(result, 'behavior-change');
    expect(finding.input).toBe('discount(10)');
    expect(finding.old).toBe('0.1');
    expect(finding.new).toBe('0');
    expect(finding.failingInputs).toBeGreaterThan(0);
  });

  it('doctest: an @example that no longer holds', async () => {
    const doc = "/**\n * @example\n * shout('hi'); // Returns: 'HI!'\n */\n";
    const { verdict } = await verifyEdit(
      { 'src/shout.ts': `${doc}export function shout(s: string): string {\n  return s.toUpperCase() + '!';\n}\n` },
      { 'src/shout.ts': `${doc}export function shout(s: string): string {\n  return s.toUpperCase() + '!!';\n}\n` },
    );
    const finding = failedCheck(verdict('shout'), 'doctest');
    expect(finding.expected).toBe('"HI!"');
    expect(finding.actual).toBe('"HI!!"');
    expect(finding.location?.line).toBe(3);
  });

  it('related-test: an existing workspace test that imports the module now fails', async () => {
    const { verdict } = await verifyEdit(
      {
        'src/math.ts': 'export function half(n: number): number {\n  return n / 2;\n}\n',
        'test/math.test.ts': "import { expect, it } from 'vitest';\nimport { half } from '../src/math';\nit('halves 4', () => expect(half(4)).toBe(2));\n",
      },
      { 'src/math.ts': 'export function half(n: number): number {\n  return Math.floor(n / 2) + (n % 2 === 0 ? 0 : 1) + (n === 4 ? 1 : 0);\n}\n' },
    );
    const finding = failedCheck(verdict('half'), 'related-test');
    expect(finding.test?.name).toBe('halves 4');
    expect(finding.test?.file).toMatch(/test\/math\.test\.ts$/);
  });

  it('related-test: a workspace test that loops in promises on the new code is stopped when it goes quiet and blamed on the change', async () => {
    const settle = (step: string) =>
      `export async function settle(n: number): Promise<number> {\n  let left = Math.max(0, Math.min(n, 5));\n  while (left > 0) {\n    await Promise.resolve();\n    ${step};\n  }\n  return n;\n}\n`;
    const { verdict } = await verifyEdit(
      {
        'src/settle.ts': settle('left--'),
        'test/settle.test.ts': "import { expect, it } from 'vitest';\nimport { settle } from '../src/settle';\nit('settles 3', async () => expect(await settle(3)).toBe(3));\n",
      },
      { 'src/settle.ts': settle('left++') },
      { stallAfterMs: 3_000 },
    );
    const finding = failedCheck(verdict('settle'), 'related-test');
    expect(finding.test?.name).toBe('settle.test.ts did not finish');
    // The stall watch ended it, not the runner's deadline (a minute and more away).
    expect(finding.message).toMatch(/no test in it finished for \d+ s/);
  });

  it('related-test: a test file that cannot load, on both versions, is named with its error; a capped run says so', async () => {
    const many = Object.fromEntries(
      Array.from({ length: 21 }, (_, i) => [`test/half${i}.test.ts`, `import { expect, it } from 'vitest';\nimport { half } from '../src/math';\nit('halves ${2 * i}', () => expect(half(${2 * i})).toBe(${i}));\n`]),
    );
    const { verdict, report } = await verifyEdit(
      {
        'src/math.ts': 'export function half(n: number): number {\n  return n / 2;\n}\n',
        'test/broken.test.ts': "import { it } from 'vitest';\nimport { half } from '../src/math';\nimport { missing } from 'no-such-package';\nit('uses both', () => missing(half(1)));\n",
        ...many,
      },
      { 'src/math.ts': 'export function half(n: number): number {\n  return n * 0.5;\n}\n' },
    );
    const notes = verdict('half').notes.join('\n');
    expect(notes).toMatch(/related test "broken\.test\.ts could not load: [^"]*no-such-package[^"]*" fails on the baseline too/);
    expect(report.notes).toContain('related tests: ran the 20 test files closest to the change of 22 that import changed code');
  });

  it('verified: a behaviour-preserving refactor passes every check', async () => {
    const { verdict } = await verifyEdit(
      { 'src/sum.ts': 'export function total(xs: number[]): number {\n  let sum = 0;\n  for (const x of xs) sum += x;\n  return sum;\n}\n' },
      { 'src/sum.ts': 'export function total(xs: number[]): number {\n  return xs.reduce((sum, x) => sum + x, 0);\n}\n' },
    );
    const result = verdict('total');
    expect(result.state).toBe('verified');
    expect(result.checks.map((c) => c.kind).sort()).toEqual(['behavior-change', 'contract', 'crash', 'slowdown']);
    expect(result.inputs).toBeGreaterThanOrEqual(100);
  });
});

describe('hangs and the old version', () => {
  it('a hang the old version shares is pre-existing, not reported', async () => {
    const loop = (extra: string) => `export function countdown(n: number): number {\n  let steps = 0;\n  while (n !== 0) {\n    n -= 1;\n    steps++;\n  }\n  return steps${extra};\n}\n`;
    const { verdict } = await verifyEdit({ 'src/count.ts': loop('') }, { 'src/count.ts': loop(' + 0') }, { timeoutMs: 500 });
    const result = verdict('countdown');
    expect(result.state).toBe('verified');
    expect(result.notes.join('\n')).toMatch(/hang in the baseline too \(pre-existing\)/);
  });

  it('an edit that fixes an infinite loop is a behaviour change to review, not a hang', async () => {
    const before = 'export function countdown(n: number): number {\n  let steps = 0;\n  while (n !== 0) {\n    n -= 1;\n    steps++;\n  }\n  return steps;\n}\n';
    const after = 'export function countdown(n: number): number {\n  let steps = 0;\n  while (n > 0) {\n    n -= 1;\n    steps++;\n  }\n  return steps;\n}\n';
    const { verdict } = await verifyEdit({ 'src/count.ts': before }, { 'src/count.ts': after }, { timeoutMs: 500 });
    const result = verdict('countdown');
    expect(result.state).toBe('changed');
    const change = failedCheck(result, 'behavior-change');
    expect(change.old).toBe('never returns');
    expect(change.message).toMatch(/^the old version never returned; the new one returns \d+$/);
    expect(change.input).toMatch(/^countdown\(.+\)$/);
  });
});
