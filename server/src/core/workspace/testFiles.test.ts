import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findTestFiles, isTestFilePath } from './testFiles';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) fs.rmSync(root, { recursive: true, force: true });
});

function workspace(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'vouch-tests-'));
  roots.push(root);
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  }
  return root;
}

const TREE = {
  'src/pricing.ts': '',
  'src/pricing.test.ts': '',
  'src/cart.spec.tsx': '',
  'src/legacy.test.cjs': '',
  'src/__tests__/total.ts': '',
  'src/__tests__/types.d.ts': '',
  'test/e2e.spec.mjs': '',
  'node_modules/lib/index.test.js': '',
  'dist/pricing.test.js': '',
  'build/x.test.js': '',
  'coverage/y.test.js': '',
  '.git/z.test.ts': '',
  '.cache/vouch/gen.test.ts': '',
  'packages/a/node_modules/b/c.spec.ts': '',
  'README.md': '',
};

describe('findTestFiles', () => {
  it('finds *.test.*, *.spec.* and __tests__ files outside excluded and dot folders', async () => {
    const root = workspace(TREE);
    const found = (await findTestFiles(root)).map((file) => path.relative(root, file));
    expect(found).toEqual(['src/__tests__/total.ts', 'src/cart.spec.tsx', 'src/legacy.test.cjs', 'src/pricing.test.ts', 'test/e2e.spec.mjs']);
  });

  it('leaves out extra globs and returns absolute paths', async () => {
    const root = workspace(TREE);
    const found = await findTestFiles(root, { exclude: ['test/**', '**/__tests__/**'] });
    expect(found).toEqual([path.join(root, 'src/cart.spec.tsx'), path.join(root, 'src/legacy.test.cjs'), path.join(root, 'src/pricing.test.ts')]);
  });
});

describe('isTestFilePath', () => {
  it('agrees with findTestFiles on every file of the tree', async () => {
    const root = workspace(TREE);
    const found = new Set(await findTestFiles(root));
    for (const file of Object.keys(TREE)) {
      expect([file, isTestFilePath(path.join(root, file), root)]).toEqual([file, found.has(path.join(root, file))]);
    }
  });

  it('rejects files outside the root', () => {
    expect(isTestFilePath('/elsewhere/a.test.ts', '/work/root')).toBe(false);
  });
});
