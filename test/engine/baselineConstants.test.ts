// Inputs come from the old version's constants too: an edit that drops a case from a pattern or
// a literal is found on strings only the old version mentions.
import { describe, expect, it } from 'vitest';
import { failedCheck, useEngine } from '../helpers/engineHarness';

const { verifyEdit } = useEngine();

describe("the old version's constants", () => {
  it('a pattern that stops accepting a form the old one accepted is a behaviour change', async () => {
    const source = (pattern: string) =>
      `export function parseVersion(text: string): [number, number, number] | null {\n  const match = ${pattern}.exec(text.trim());\n  if (!match) return null;\n  return [Number(match[1]), Number(match[2]), Number(match[3])];\n}\n`;
    const { verdict } = await verifyEdit({ 'src/version.ts': source('/^v?(\\d+)\\.(\\d+)\\.(\\d+)$/') }, { 'src/version.ts': source('/^v(\\d+)\\.(\\d+)\\.(\\d+)$/') });
    const change = failedCheck(verdict('parseVersion'), 'behavior-change');
    expect(change.new).toBe('null');
    expect(change.input).toMatch(/^parseVersion\(".*\d+\.\d+\.\d+.*"\)$/);
  });
});
