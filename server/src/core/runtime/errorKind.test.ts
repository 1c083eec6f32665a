import { mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyError, SERVED_SOURCES, userFrames } from './errorKind';

const dir = mkdtempSync(path.join(os.tmpdir(), 'vouch-errorkind-'));
const file = path.join(dir, 'code.ts');
writeFileSync(file, ["function f(x) {", "  if (x < 0) throw new RangeError('negative');", "  return x.toFixed(200);", "}"].join('\n'));
const isUser = (f: string) => f.startsWith(dir);

function errorAt(name: string, message: string, line: number, query = ''): Error {
  const error = new (globalThis as unknown as Record<string, ErrorConstructor>)[name](message);
  error.stack = `${name}: ${message}\n    at f (${file}${query}:${line}:5)\n    at test (/other/place.ts:1:1)`;
  return error;
}

describe('classifyError', () => {
  it('a native error thrown by the runtime is a crash', () => {
    expect(classifyError(errorAt('RangeError', 'toFixed() digits argument must be between 0 and 100', 3), isUser).kind).toBe('crash');
    expect(classifyError(errorAt('TypeError', "Cannot read properties of undefined (reading 'x')", 3), isUser)).toMatchObject({ kind: 'crash', site: { line: 3 } });
  });

  it('a native error class thrown by a `throw` line is a deliberate rejection', () => {
    expect(classifyError(errorAt('RangeError', 'negative', 2), isUser).kind).toBe('rejection');
  });

  it('other error classes, and non-errors, are rejections', () => {
    expect(classifyError(errorAt('Error', 'nope', 3), isUser).kind).toBe('rejection');
    expect(classifyError('a string', isUser).kind).toBe('rejection');
  });

  it('stack overflow is a crash wherever it happens', () => {
    expect(classifyError(errorAt('RangeError', 'Maximum call stack size exceeded', 2), isUser).kind).toBe('crash');
  });

  it('reads the line from the text the runner served (a baseline), not from disk', () => {
    const served = new Map([[`${file}?vouch=baseline`, "function f(x) {\n  return x.y.z;\n  throw new TypeError('on line 3');\n}"]]);
    (globalThis as Record<symbol, unknown>)[SERVED_SOURCES] = served;
    try {
      // Line 2 on disk is a throw; in the served baseline it is a property read.
      expect(classifyError(errorAt('TypeError', 'x', 2, '?vouch=baseline'), isUser).kind).toBe('crash');
    } finally {
      delete (globalThis as Record<symbol, unknown>)[SERVED_SOURCES];
    }
  });

  it('keeps only frames in user files', () => {
    expect(userFrames(errorAt('Error', 'x', 3), isUser)).toEqual([{ file, query: '', line: 3, column: 5 }]);
  });
});
