import { describe, expect, it } from 'vitest';
import { isVerifiableSource } from './sourceFiles';

describe('isVerifiableSource', () => {
  const root = '/home/me/build/.projects/shop';
  it.each([
    ['src/a.ts', true],
    ['src/view.tsx', true],
    ['lib/x.mts', true],
    ['src/a.js', false],
    ['src/types.d.ts', false],
    ['src/a.test.ts', false],
    ['src/__tests__/a.ts', false],
    ['node_modules/pkg/index.ts', false],
    ['dist/a.ts', false],
    ['out/a.ts', false],
    ['.vscode/a.ts', false],
    ['../elsewhere/a.ts', false],
  ])('%s → %s, whatever folders the workspace itself sits in', (relative, expected) => {
    expect(isVerifiableSource(`${root}/${relative}`, root)).toBe(expected);
  });
});
