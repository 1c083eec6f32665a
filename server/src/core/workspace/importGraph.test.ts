import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ImportGraph } from './importGraph';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) fs.rmSync(root, { recursive: true, force: true });
});

function workspace(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'vouch-graph-'));
  roots.push(root);
  for (const [file, text] of Object.entries(files)) write(root, file, text);
  return root;
}

function write(root: string, file: string, text: string): void {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), text);
}

/** The imports of `file` as paths relative to the root. */
async function importsOf(graph: ImportGraph, file: string, overlays?: Map<string, string>): Promise<string[]> {
  const imports = await graph.importsOf(path.join(graph.root, file), overlays);
  return imports.map((imported) => path.relative(graph.root, imported));
}

describe('ImportGraph.importsOf', () => {
  it('resolves relative specifiers with and without extensions, index files and JS extensions written for TS', async () => {
    const root = workspace({
      'src/main.ts': [
        "import { a } from './a';",
        "import b from './b.js';",
        "export * from './cart';",
        "import type { C } from './c.mjs';",
        "const d = require('./d.cjs');",
        "const e = await import('../lib/e');",
        "import { ui } from './ui.jsx';",
        "import './setup.ts';",
        "import data from './data.json';",
        "import { z } from 'zod';",
        "import { missing } from './missing';",
      ].join('\n'),
      'src/a.ts': '',
      'src/b.ts': '',
      'src/cart/index.ts': '',
      'src/c.mts': '',
      'src/d.cts': '',
      'lib/e.js': '',
      'src/ui.tsx': '',
      'src/setup.ts': '',
      'src/data.json': '{}',
    });
    const graph = new ImportGraph(root);
    expect(await importsOf(graph, 'src/main.ts')).toEqual([
      'src/a.ts',
      'src/b.ts',
      'src/cart/index.ts',
      'src/c.mts',
      'src/d.cts',
      'lib/e.js',
      'src/ui.tsx',
      'src/setup.ts',
    ]);
  });

  it('prefers a file over a folder index and .ts over .js', async () => {
    const root = workspace({ 'main.ts': "import './x';", 'x.ts': '', 'x.js': '', 'x/index.ts': '' });
    expect(await importsOf(new ImportGraph(root), 'main.ts')).toEqual(['x.ts']);
  });

  it('resolves tsconfig paths (longest prefix first) and baseUrl, following extends', async () => {
    const root = workspace({
      'tsconfig.base.json': JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '@/*': ['src/*'], '@core/*': ['src/core/*', 'vendor/core/*'], '~config': ['config/index.ts'] } } }),
      // JSONC, as tsconfig files are written.
      'tsconfig.json': '{\n  // shared options\n  "extends": "./tsconfig.base.json",\n  "compilerOptions": { "strict": true, },\n}',
      'src/main.ts': "import '@/pricing';\nimport '@core/money';\nimport '@core/legacy';\nimport '~config';\nimport 'lib/format';\nimport 'react';",
      'src/pricing.ts': '',
      'src/core/money.ts': '',
      'vendor/core/legacy.ts': '',
      'config/index.ts': '',
      'lib/format.ts': '',
    });
    expect(await importsOf(new ImportGraph(root), 'src/main.ts')).toEqual(['src/pricing.ts', 'src/core/money.ts', 'vendor/core/legacy.ts', 'config/index.ts', 'lib/format.ts']);
  });

  it('uses the nearest tsconfig.json, whose paths are relative to it', async () => {
    const root = workspace({
      'tsconfig.json': JSON.stringify({ compilerOptions: { paths: { '#/*': ['./top/*'] } } }),
      'packages/app/tsconfig.json': JSON.stringify({ compilerOptions: { paths: { '#/*': ['./src/*'] } } }),
      'packages/app/src/main.ts': "import '#/cart';",
      'packages/app/src/cart.ts': '',
      'top/cart.ts': '',
      'other.ts': "import '#/cart';",
    });
    const graph = new ImportGraph(root);
    expect(await importsOf(graph, 'packages/app/src/main.ts')).toEqual(['packages/app/src/cart.ts']);
    expect(await importsOf(graph, 'other.ts')).toEqual(['top/cart.ts']);
  });

  it('reads an overlay instead of the disk, including a file not saved yet', async () => {
    const root = workspace({ 'main.ts': "import './a';", 'a.ts': '', 'b.ts': '' });
    const graph = new ImportGraph(root);
    expect(await importsOf(graph, 'main.ts')).toEqual(['a.ts']);
    const overlays = new Map([[path.join(root, 'main.ts'), "import './b';\nimport './draft';"], [path.join(root, 'draft.ts'), '']]);
    expect(await importsOf(graph, 'main.ts', overlays)).toEqual(['b.ts', 'draft.ts']);
    // The disk version is still what a call without overlays sees.
    expect(await importsOf(graph, 'main.ts')).toEqual(['a.ts']);
  });

  it('keeps what it read until the file is invalidated', async () => {
    const root = workspace({ 'main.ts': "import './a';", 'a.ts': '', 'b.ts': '' });
    const graph = new ImportGraph(root);
    expect(await importsOf(graph, 'main.ts')).toEqual(['a.ts']);
    write(root, 'main.ts', "import './b';");
    expect(await importsOf(graph, 'main.ts')).toEqual(['a.ts']);
    graph.invalidate(path.join(root, 'main.ts'));
    expect(await importsOf(graph, 'main.ts')).toEqual(['b.ts']);
  });

  it('notices a created or deleted file once told about it', async () => {
    const root = workspace({ 'main.ts': "import './later';" });
    const graph = new ImportGraph(root);
    expect(await importsOf(graph, 'main.ts')).toEqual([]);
    write(root, 'later.ts', '');
    graph.invalidate('later.ts');
    expect(await importsOf(graph, 'main.ts')).toEqual(['later.ts']);
    fs.rmSync(path.join(root, 'later.ts'));
    graph.invalidate('later.ts');
    expect(await importsOf(graph, 'main.ts')).toEqual([]);
  });

  it('picks up a new test file after it is invalidated', async () => {
    const root = workspace({ 'a.test.ts': '' });
    const graph = new ImportGraph(root);
    expect(await graph.testFiles()).toEqual([path.join(root, 'a.test.ts')]);
    write(root, 'b.test.ts', '');
    expect(await graph.testFiles()).toEqual([path.join(root, 'a.test.ts')]);
    graph.invalidate(path.join(root, 'b.test.ts'));
    expect(await graph.testFiles()).toEqual([path.join(root, 'a.test.ts'), path.join(root, 'b.test.ts')]);
  });
});
