import { describe, expect, it } from 'vitest';
import { classifyDiskRewrite } from './classifyDiskRewrite';

const before = ['import { total } from "./total";', '', 'export function mean(items: number[]): number {', '  return total(items) / items.length;', '}', ''].join('\n');

describe('classifyDiskRewrite', () => {
  it('marks the lines an agent changed, in the new text', () => {
    const after = before.replace('  return total(items) / items.length;', '  if (items.length === 0) return 0;\n  return total(items) / items.length;');
    expect(classifyDiskRewrite(before, after)).toEqual({
      source: 'diskRewrite',
      ranges: [{ start: { line: 3, character: 0 }, end: { line: 4, character: 0 } }],
    });
  });

  it('marks a replaced line and lines appended at the end of a file without a final newline', () => {
    const old = 'const a = 1;\nconst b = 2;';
    const rewritten = 'const a = 10;\nconst b = 2;\nconst c = 3;';
    expect(classifyDiskRewrite(old, rewritten)?.ranges).toEqual([
      { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } },
      { start: { line: 2, character: 0 }, end: { line: 2, character: 12 } },
    ]);
  });

  it('gives nothing when only whitespace or line endings changed', () => {
    expect(classifyDiskRewrite(before, before.replace(/ {2}/g, '\t'))).toBeUndefined();
    expect(classifyDiskRewrite(before, before.replace(/\n/g, '\r\n'))).toBeUndefined();
    expect(classifyDiskRewrite(before, before)).toBeUndefined();
  });

  it('leaves re-spaced lines out of a rewrite that also changed code', () => {
    const after = before.replace('(items: number[])', '(items:number[])').replace('items.length;', 'Math.max(items.length, 1);');
    expect(classifyDiskRewrite(before, after)?.ranges).toEqual([{ start: { line: 3, character: 0 }, end: { line: 4, character: 0 } }]);
  });

  it('handles CRLF files', () => {
    const crlf = before.replace(/\n/g, '\r\n');
    const after = crlf.replace('export function mean', 'export function average');
    expect(classifyDiskRewrite(crlf, after)?.ranges).toEqual([{ start: { line: 2, character: 0 }, end: { line: 3, character: 0 } }]);
  });

  it('gives nothing for a rewrite that only removed lines', () => {
    expect(classifyDiskRewrite(before, before.replace('import { total } from "./total";\n', ''))).toBeUndefined();
  });
});
