// Old and new are compared whenever they take the same calls: a renamed parameter or a changed
// default value keeps the comparison, and a new optional parameter is compared on calls that leave
// it out (what every existing caller does).
import { describe, expect, it } from 'vitest';
import { failedCheck, useEngine } from '../helpers/engineHarness';

const { verifyEdit } = useEngine();

const behaviour = (checks: { kind: string; status: string }[]) => checks.find((c) => c.kind === 'behavior-change')?.status;

describe('signature changes', () => {
  it('a changed default inside an options parameter is a behaviour change', async () => {
    const list = (oxford: boolean) =>
      `export interface ListOptions { conjunction?: string; oxford?: boolean }\nexport function formatList(items: readonly string[], { conjunction = 'and', oxford = ${oxford} }: ListOptions = {}): string {\n  if (items.length < 3) return items.join(\` \${conjunction} \`);\n  return \`\${items.slice(0, -1).join(', ')}\${oxford ? ',' : ''} \${conjunction} \${items[items.length - 1]}\`;\n}\n`;
    const { verdict } = await verifyEdit({ 'src/list.ts': list(false) }, { 'src/list.ts': list(true) });
    const result = verdict('formatList');
    expect(result.state).toBe('changed');
    expect(failedCheck(result, 'behavior-change').new).toMatch(/, and /);
  });

  it('renamed parameters are compared old against new, and a rewrite that keeps behaviour is verified', async () => {
    const { verdict } = await verifyEdit(
      { 'src/pad.ts': 'export function pad(text: string, width: number): string {\n  return text.length >= width ? text : text + " ".repeat(width - text.length);\n}\n' },
      { 'src/pad.ts': 'export function pad(value: string, size: number): string {\n  return value.padEnd(size, " ");\n}\n' },
    );
    const result = verdict('pad');
    expect(result.state).toBe('verified');
    expect(behaviour(result.checks)).toBe('passed');
  });

  it('a new optional parameter is compared on calls without it: a new default behaviour is a change', async () => {
    const { verdict } = await verifyEdit(
      { 'src/words.ts': "export function words(text: string): string[] {\n  return text.split(' ').filter((w) => w !== '');\n}\n" },
      { 'src/words.ts': "export function words(text: string, lower = true): string[] {\n  const parts = text.split(' ').filter((w) => w !== '');\n  return lower ? parts.map((w) => w.toLowerCase()) : parts;\n}\n" },
    );
    const result = verdict('words');
    expect(result.state).toBe('changed');
    const finding = failedCheck(result, 'behavior-change');
    expect(finding.input).toMatch(/^words\("[^"]*"\)$/);
    expect(result.notes.join('\n')).toMatch(/compared on calls without the new optional parameter/);
  });

  it('a new optional parameter that keeps the old behaviour when left out is verified', async () => {
    const { verdict } = await verifyEdit(
      { 'src/words.ts': "export function words(text: string): string[] {\n  return text.split(' ').filter((w) => w !== '');\n}\n" },
      { 'src/words.ts': "export function words(text: string, separator?: string): string[] {\n  return text.split(separator ?? ' ').filter((w) => w !== '');\n}\n" },
    );
    const result = verdict('words');
    expect(result.state).toBe('verified');
    expect(behaviour(result.checks)).toBe('passed');
  });

  it('a method given a new optional parameter is compared on the same instances and calls without it', async () => {
    const account = (body: string, params: string) => `export class Account {\n  private cents = 0;\n  deposit(amount: number): void {\n    if (amount > 0) this.cents += amount;\n  }\n  withdraw(${params}): number {\n${body}\n  }\n}\n`;
    const { verdict } = await verifyEdit(
      { 'src/account.ts': account('    this.cents -= amount;\n    return this.cents;', 'amount: number') },
      { 'src/account.ts': account('    this.cents -= amount + fee;\n    return this.cents;', 'amount: number, fee = 25') },
    );
    const result = verdict('Account.withdraw');
    expect(result.state).toBe('changed');
    expect(failedCheck(result, 'behavior-change').input).toMatch(/\.withdraw\([^,]*\)$/);
  });

  it('a new required parameter still leaves the comparison out, and says so', async () => {
    const { verdict } = await verifyEdit(
      { 'src/scale.ts': 'export function scale(n: number): number {\n  return n * 2;\n}\n' },
      { 'src/scale.ts': 'export function scale(n: number, factor: number): number {\n  return n * factor;\n}\n' },
    );
    const result = verdict('scale');
    expect(behaviour(result.checks)).toBeUndefined();
    expect(result.notes.join('\n')).toMatch(/signature changed/);
  });
});
