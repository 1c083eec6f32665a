// A new helper that is not exported is only ever called as its callers call it: its crashes and
// hangs on generated inputs the callers may never pass are not reported; its callers are checked.
import { describe, expect, it } from 'vitest';
import { failedCheck, useEngine } from '../helpers/engineHarness';

const { verifyEdit } = useEngine();

const padCenter = "export function padCenter(text: string, width: number): string {\n  if (text.length >= width) return text;\n  const total = width - text.length;\n  const left = Math.floor(total / 2);\n  return ' '.repeat(left) + text + ' '.repeat(total - left);\n}\n";
const extracted = (exported: string) =>
  `${exported}function filler(count: number): string {\n  return ' '.repeat(count);\n}\n\nexport function padCenter(text: string, width: number): string {\n  if (text.length >= width) return text;\n  const total = width - text.length;\n  const left = Math.floor(total / 2);\n  return filler(left) + text + filler(total - left);\n}\n`;

describe('new private helpers', () => {
  it('an extracted helper that crashes only on inputs its caller never passes is not reported; the caller is verified', async () => {
    const { verdict } = await verifyEdit({ 'src/pad.ts': padCenter }, { 'src/pad.ts': extracted('') });
    expect(verdict('padCenter').state).toBe('verified');
    const helper = verdict('filler');
    expect(helper.state).not.toBe('failed');
    expect(helper.checks.find((c) => c.kind === 'crash')?.status).toBe('skipped');
    expect(helper.notes.join('\n')).toMatch(/crashes and hangs count only through its callers \(padCenter\)/);
    expect(helper.notes.join('\n')).toMatch(/not reported: .*RangeError.*padCenter may never pass/);
  });

  it('the same helper exported is reported: anyone may call it with any count', async () => {
    const { verdict } = await verifyEdit({ 'src/pad.ts': padCenter }, { 'src/pad.ts': extracted('export ') });
    expect(failedCheck(verdict('filler'), 'crash').error?.name).toBe('RangeError');
  });

  it('a crash of a private helper that its caller does reach is found at the caller', async () => {
    const { verdict } = await verifyEdit(
      { 'src/pad.ts': padCenter },
      { 'src/pad.ts': extracted('').replace('return filler(left) + text + filler(total - left);', 'return filler(left) + text + filler(total - left - 1);') },
    );
    expect(verdict('padCenter').state).not.toBe('verified');
    expect(['failed', 'changed']).toContain(verdict('padCenter').state);
  });
});
