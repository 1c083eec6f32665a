// Precision: what Vouch must NOT report. A deliberate throw is a rejection, a crash the old
// version shared is pre-existing, a nondeterministic result is not a change, floats compare with
// a tolerance, async results compare by settled value, object identity does not matter.
import { describe, expect, it } from 'vitest';
import { failedCheck, useEngine } from '../helpers/engineHarness';

const { verifyEdit } = useEngine();

describe('precision rules', () => {
  it('a deliberate throw, even of a native error class, is a rejection, not a crash', async () => {
    const { verdict } = await verifyEdit(
      { 'src/qty.ts': 'export function checkQty(qty: number): number {\n  return qty;\n}\n' },
      { 'src/qty.ts': "export function checkQty(qty: number): number {\n  if (qty < 0) {\n    throw new RangeError('qty must be >= 0');\n  }\n  return qty;\n}\n" },
    );
    const result = verdict('checkQty');
    expect(result.checks.find((c) => c.kind === 'crash')?.status).toBe('passed');
    // Throwing where the old version returned is still a behaviour change, reported as such.
    const change = failedCheck(result, 'behavior-change');
    expect(change.new).toBe('throws RangeError: qty must be >= 0');
  });

  it('a crash the old version also had is pre-existing and not reported', async () => {
    const { verdict } = await verifyEdit(
      { 'src/head.ts': 'export function head(xs: string[]): string {\n  return xs[0].toUpperCase();\n}\n' },
      { 'src/head.ts': 'export function head(xs: string[]): string {\n  const first = xs[0];\n  return first.toUpperCase();\n}\n' },
    );
    const result = verdict('head');
    expect(result.state).toBe('verified');
    expect(result.notes.join('\n')).toMatch(/pre-existing TypeError/);
  });

  it('a result that differs from run to run of the old version is not a behaviour change', async () => {
    const { verdict } = await verifyEdit(
      { 'src/ids.ts': "import { randomUUID } from 'node:crypto';\nexport function newId(prefix: string): string {\n  return prefix + '-' + randomUUID();\n}\n" },
      { 'src/ids.ts': "import { randomUUID } from 'node:crypto';\nexport function newId(prefix: string): string {\n  return `${prefix}-${randomUUID()}`;\n}\n" },
    );
    const result = verdict('newId');
    expect(result.state).toBe('verified');
    expect(result.notes.join('\n')).toMatch(/answers differently from run to run/);
  });

  it('Math.random and the clock are the same for old and new, so a refactor of a function using them is verified', async () => {
    const { verdict } = await verifyEdit(
      { 'src/jitter.ts': 'export function jitter(base: number): number {\n  return base + Math.floor(Math.random() * 10) + (Date.now() % 7);\n}\n' },
      { 'src/jitter.ts': 'export function jitter(base: number): number {\n  const noise = Math.floor(Math.random() * 10);\n  return base + noise + (Date.now() % 7);\n}\n' },
    );
    expect(verdict('jitter').state).toBe('verified');
  });

  it('floats compare with a tolerance', async () => {
    const { verdict } = await verifyEdit(
      { 'src/avg.ts': 'export function mean(a: number, b: number, c: number): number {\n  return a / 3 + b / 3 + c / 3;\n}\n' },
      { 'src/avg.ts': 'export function mean(a: number, b: number, c: number): number {\n  return (a + b + c) / 3;\n}\n' },
      { runs: 300 },
    );
    const result = verdict('mean');
    expect(result.checks.find((c) => c.kind === 'behavior-change')?.status).toBe('passed');
  });

  it('async functions are compared by their settled value, and rejections by class and message', async () => {
    const { verdict } = await verifyEdit(
      { 'src/load.ts': "export async function load(key: string): Promise<string> {\n  if (key === '') throw new Error('empty key');\n  return key.toUpperCase();\n}\n" },
      { 'src/load.ts': "export async function load(key: string): Promise<string> {\n  await Promise.resolve();\n  if (key === '') throw new Error('key is empty');\n  return key.toUpperCase();\n}\n" },
    );
    const change = failedCheck(verdict('load'), 'behavior-change');
    expect(change.input).toBe('load("")');
    expect(change.old).toBe('throws Error: empty key');
    expect(change.new).toBe('throws Error: key is empty');
  });

  it('object identity is ignored: a new object with the same content is the same result', async () => {
    const { verdict } = await verifyEdit(
      { 'src/point.ts': 'export interface Point { x: number; y: number }\nexport function moved(p: Point, dx: number): Point {\n  return { x: p.x + dx, y: p.y };\n}\n' },
      { 'src/point.ts': 'export interface Point { x: number; y: number }\nexport function moved(p: Point, dx: number): Point {\n  const copy = { ...p };\n  copy.x += dx;\n  return copy;\n}\n' },
    );
    expect(verdict('moved').state).toBe('verified');
  });

  it('mutating an argument that the old version left alone is a behaviour change', async () => {
    const { verdict } = await verifyEdit(
      { 'src/sorted.ts': 'export function sorted(xs: number[]): number[] {\n  return [...xs].sort((a, b) => a - b);\n}\n' },
      { 'src/sorted.ts': 'export function sorted(xs: number[]): number[] {\n  return xs.sort((a, b) => a - b);\n}\n' },
    );
    const change = failedCheck(verdict('sorted'), 'behavior-change');
    expect(change.message).toContain('arguments after the call');
  });
});

describe('what a verdict rests on', () => {
  it('returned functions are compared by calling them, so a changed closure is a behaviour change', async () => {
    const source = (cmp: string) => `export function atLeast(min: number): (n: number) => boolean {\n  return (n) => n ${cmp} min;\n}\n`;
    const { verdict } = await verifyEdit({ 'src/pred.ts': source('>=') }, { 'src/pred.ts': source('>') });
    const change = failedCheck(verdict('atLeast'), 'behavior-change');
    expect(change.message).toMatch(/^the returned function answers differently: f\(-?\d+(\.\d+)?(e[+-]\d+)?\) returns (true|false) → returns (true|false)$/);
  });

  it('returned functions whose parameter types cannot be read are not claimed as compared', async () => {
    const source = (body: string) => `export function make(): any {\n  ${body}\n}\n`;
    const { verdict } = await verifyEdit({ 'src/make.ts': source('return (x: number) => x + 1;') }, { 'src/make.ts': source('return (x: number) => x + 2;') });
    const result = verdict('make');
    expect(result.state).not.toBe('changed');
    expect(result.notes.join('\n')).toMatch(/return functions whose parameter types Vouch cannot read, so they were not compared/);
  });

  it('objects holding functions are compared on everything else, and a change there is still found', async () => {
    const source = (label: string) => `export function stream(n: number): { label: string; size: number; subscribe: (f: (x: number) => void) => void } {\n  return { label: ${label}, size: n, subscribe: (f) => f(n) };\n}\n`;
    const same = await verifyEdit({ 'src/stream.ts': source('`s${n}`') }, { 'src/stream.ts': source("'s' + n") });
    const verified = same.verdict('stream');
    expect(verified.state).toBe('verified');
    expect(verified.inputs).toBeGreaterThan(50);
    expect(verified.notes.join('\n')).toMatch(/return objects holding functions: the rest of each object was compared, the functions were not called/);
    const changed = await verifyEdit({ 'src/stream.ts': source('`s${n}`') }, { 'src/stream.ts': source("'s' + Math.abs(n)") });
    expect(failedCheck(changed.verdict('stream'), 'behavior-change').message).toMatch(/^\.label changed/);
  });

  it('a factory without parameters: its returned lookup is probed with many inputs, drawn with the body’s constants', async () => {
    const source = (currency: string) =>
      [
        "type Issue = { code: 'too_big'; max: number } | { code: 'too_small'; min: number } | { code: 'invalid_format'; format: string } | { code: 'custom'; message: string };",
        'export function errorMap(): (issue: Issue) => string {',
        `  const formats: Record<string, string> = { email: 'email address', url: 'URL', uuid: 'UUID', date: 'date', currency_code: '${currency}', ipv4: 'IPv4 address' };`,
        '  return (issue) => {',
        "    if (issue.code === 'invalid_format') return `Invalid ${formats[issue.format] ?? issue.format}`;",
        "    if (issue.code === 'too_big') return `Too big: ${issue.max}`;",
        "    if (issue.code === 'too_small') return `Too small: ${issue.min}`;",
        '    return issue.message;',
        '  };',
        '}',
      ].join('\n') + '\n';
    const { verdict } = await verifyEdit({ 'src/errors.ts': source('currency code') }, { 'src/errors.ts': source('ISO 4217 currency code') });
    const change = failedCheck(verdict('errorMap'), 'behavior-change');
    expect(change.message).toContain('the returned function answers differently: f({ code: "invalid_format", format: "currency_code" })');
  });

  it('an unchanged closure is verified, with a note saying how it was compared', async () => {
    const source = (body: string) => `export function adder(k: number): (n: number) => number {\n  ${body}\n}\n`;
    const { verdict } = await verifyEdit({ 'src/add.ts': source('return (n) => n + k;') }, { 'src/add.ts': source('const add = (n: number) => k + n;\n  return add;') });
    const result = verdict('adder');
    expect(result.state).toBe('verified');
    expect(result.notes.join('\n')).toMatch(/returned functions, compared by calling them with \d+ arguments of their parameter types/);
  });

  it('a verdict counts only the inputs that were really checked, and says when few were', async () => {
    const source = (extra: string) => `export function first(xs: number[]): number {\n  if (xs.length < 3) return (null as unknown as { x: number }).x;\n  return xs[0]${extra};\n}\n`;
    const { verdict } = await verifyEdit({ 'src/first.ts': source('') }, { 'src/first.ts': source(' + 0') });
    const result = verdict('first');
    expect(result.state).toBe('verified');
    expect(result.inputs).toBeLessThan(150);
    expect(result.notes.join('\n')).toMatch(/crash already in the baseline/);
  });

  it('a function without parameters runs once', async () => {
    const source = (v: string) => `export function version(): string {\n  return ${v};\n}\n`;
    const { verdict } = await verifyEdit({ 'src/v.ts': source("'1.0'") }, { 'src/v.ts': source("'1.' + '0'") });
    expect(verdict('version').state).toBe('verified');
    expect(verdict('version').inputs).toBe(1);
  });
});
