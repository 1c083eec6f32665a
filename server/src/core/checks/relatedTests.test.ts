import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { VouchError } from '../errors';
import { ImportGraph } from '../workspace/importGraph';
import { findRelatedTests } from './relatedTests';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) fs.rmSync(root, { recursive: true, force: true });
});

function workspace(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'vouch-related-'));
  roots.push(root);
  for (const [file, text] of Object.entries(files)) write(root, file, text);
  return root;
}

function write(root: string, file: string, text: string): void {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), text);
}

/** Related tests as chains of root-relative paths joined by ' > '. */
async function related(root: string, changed: string[], options: Partial<Parameters<typeof findRelatedTests>[0]> = {}): Promise<string[]> {
  const found = await findRelatedTests({ root, changedFiles: changed, ...options });
  for (const test of found) expect(test.testFile).toBe(test.chain[0]);
  return found.map((test) => test.chain.map((file) => path.relative(root, file)).join(' > '));
}

const SHOP = {
  'src/pricing.ts': 'export const price = 1;',
  'src/cart.ts': "import { price } from './pricing.js';\nexport const total = price;",
  'src/checkout/index.ts': "export { total } from '../cart';",
  'src/unrelated.ts': 'export const x = 1;',
  'src/pricing.test.ts': "import { price } from './pricing';",
  'src/cart.test.ts': "import { total } from './cart';",
  'test/checkout.spec.ts': "import { total } from '../src/checkout';",
  'test/unrelated.test.ts': "import { x } from '../src/unrelated';\nimport { describe } from 'vitest';",
  'src/__tests__/flow.ts': "import '../checkout/index.js';",
};

describe('findRelatedTests', () => {
  it('finds direct and transitive importers, shortest chain first', async () => {
    const root = workspace(SHOP);
    expect(await related(root, ['src/pricing.ts'])).toEqual([
      'src/pricing.test.ts > src/pricing.ts',
      'src/cart.test.ts > src/cart.ts > src/pricing.ts',
      'src/__tests__/flow.ts > src/checkout/index.ts > src/cart.ts > src/pricing.ts',
      'test/checkout.spec.ts > src/checkout/index.ts > src/cart.ts > src/pricing.ts',
    ]);
    expect(await related(root, [path.join(root, 'src/unrelated.ts')])).toEqual(['test/unrelated.test.ts > src/unrelated.ts']);
  });

  it('returns absolute paths and nothing for a file no test reaches', async () => {
    const root = workspace({ ...SHOP, 'src/orphan.ts': '' });
    expect(await findRelatedTests({ root, changedFiles: ['src/orphan.ts'] })).toEqual([]);
    const [first] = await findRelatedTests({ root, changedFiles: ['src/pricing.ts'] });
    expect(first).toEqual({ testFile: path.join(root, 'src/pricing.test.ts'), chain: [path.join(root, 'src/pricing.test.ts'), path.join(root, 'src/pricing.ts')] });
  });

  it('takes the shortest chain for each test when several changed files are reached', async () => {
    const root = workspace(SHOP);
    expect(await related(root, ['src/pricing.ts', 'src/checkout/index.ts'])).toEqual([
      'src/__tests__/flow.ts > src/checkout/index.ts',
      'src/pricing.test.ts > src/pricing.ts',
      'test/checkout.spec.ts > src/checkout/index.ts',
      'src/cart.test.ts > src/cart.ts > src/pricing.ts',
    ]);
  });

  it('includes a changed test file itself', async () => {
    const root = workspace(SHOP);
    expect(await related(root, ['src/cart.test.ts'])).toEqual(['src/cart.test.ts']);
  });

  it('ends on import cycles', async () => {
    const root = workspace({
      'a.ts': "import './b';",
      'b.ts': "import './a';\nimport './c';",
      'c.ts': "import './a';",
      'a.test.ts': "import './a';",
    });
    expect(await related(root, ['c.ts'])).toEqual(['a.test.ts > a.ts > b.ts > c.ts']);
    expect(await related(root, ['d.ts'])).toEqual([]);
  });

  it('stops at maxDepth imports', async () => {
    const root = workspace({ 'x.test.ts': "import './m1';", 'm1.ts': "import './m2';", 'm2.ts': "import './m3';", 'm3.ts': '' });
    expect(await related(root, ['m3.ts'], { maxDepth: 2 })).toEqual([]);
    expect(await related(root, ['m3.ts'], { maxDepth: 3 })).toEqual(['x.test.ts > m1.ts > m2.ts > m3.ts']);
  });

  it('ignores tests in excluded folders and in the exclude globs', async () => {
    const root = workspace({
      'src/a.ts': '',
      'src/a.test.ts': "import './a';",
      'dist/a.test.js': "require('../src/a');",
      'node_modules/pkg/a.test.js': "require('../../src/a');",
      'coverage/a.test.js': "require('../src/a');",
      '.cache/gen/a.test.ts': "import '../../src/a';",
      'e2e/a.spec.ts': "import '../src/a';",
    });
    expect(await related(root, ['src/a.ts'])).toEqual(['e2e/a.spec.ts > src/a.ts', 'src/a.test.ts > src/a.ts']);
    expect(await related(root, ['src/a.ts'], { exclude: ['e2e/**'] })).toEqual(['src/a.test.ts > src/a.ts']);
  });

  it('reads overlays instead of the disk, including an unsaved test file', async () => {
    const root = workspace(SHOP);
    const overlays = new Map([
      // The unsaved cart no longer imports pricing; an unsaved test imports pricing.
      [path.join(root, 'src/cart.ts'), 'export const total = 2;'],
      [path.join(root, 'src/draft.test.ts'), "import { price } from './pricing';"],
    ]);
    expect(await related(root, ['src/pricing.ts'], { overlays })).toEqual(['src/draft.test.ts > src/pricing.ts', 'src/pricing.test.ts > src/pricing.ts']);
  });

  it('reuses a graph across calls and follows its invalidations', async () => {
    const root = workspace(SHOP);
    const graph = new ImportGraph(root);
    expect(await related(root, ['src/unrelated.ts'], { graph })).toEqual(['test/unrelated.test.ts > src/unrelated.ts']);
    write(root, 'src/cart.ts', "import './unrelated';");
    expect(await related(root, ['src/unrelated.ts'], { graph })).toEqual(['test/unrelated.test.ts > src/unrelated.ts']);
    graph.invalidate(path.join(root, 'src/cart.ts'));
    expect(await related(root, ['src/unrelated.ts'], { graph })).toEqual([
      'test/unrelated.test.ts > src/unrelated.ts',
      'src/cart.test.ts > src/cart.ts > src/unrelated.ts',
      'src/__tests__/flow.ts > src/checkout/index.ts > src/cart.ts > src/unrelated.ts',
      'test/checkout.spec.ts > src/checkout/index.ts > src/cart.ts > src/unrelated.ts',
    ]);
  });

  it('refuses a graph of another root and stops when aborted', async () => {
    const root = workspace(SHOP);
    const other = workspace({});
    await expect(findRelatedTests({ root, changedFiles: [], graph: new ImportGraph(other) })).rejects.toThrow(VouchError);
    const controller = new AbortController();
    controller.abort();
    await expect(findRelatedTests({ root, changedFiles: ['src/pricing.ts'], signal: controller.signal })).rejects.toThrow();
  });
});
