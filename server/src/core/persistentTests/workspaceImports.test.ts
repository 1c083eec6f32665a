import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extensionStyleOf, fastCheckAvailable, ImportSet, moduleSpecifier } from './workspaceImports';

describe('moduleSpecifier', () => {
  it('a relative path from the test file, in the extension style of the project', () => {
    expect(moduleSpecifier('/ws/src/pricing.test.ts', '/ws/src/pricing.ts', 'none')).toBe('./pricing');
    expect(moduleSpecifier('/ws/test/pricing.test.ts', '/ws/src/pricing.ts', 'none')).toBe('../src/pricing');
    expect(moduleSpecifier('/ws/src/__tests__/a.test.ts', '/ws/src/a.mts', 'js')).toBe('../a.mjs');
    expect(moduleSpecifier('/ws/src/a.test.ts', '/ws/src/view.tsx', 'js')).toBe('./view.js');
    expect(moduleSpecifier('/ws/src/a.test.ts', '/ws/src/a.ts', 'ts')).toBe('./a.ts');
  });
});

describe('extensionStyleOf', () => {
  it('follows the relative imports of the source file, else the tsconfig', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'vouch-ext-'));
    expect(extensionStyleOf("import { a } from './a.js';", root)).toBe('js');
    expect(extensionStyleOf("import { a } from './a.ts';", root)).toBe('ts');
    expect(extensionStyleOf("import { a } from './a';\nimport x from 'lib';", root)).toBe('none');
    expect(extensionStyleOf('export const x = 1;', root)).toBe('none');
    writeFileSync(path.join(root, 'tsconfig.json'), '{ "compilerOptions": { "module": "NodeNext" } }');
    expect(extensionStyleOf('export const x = 1;', root)).toBe('js');
  });
});

describe('fastCheckAvailable', () => {
  it('installed above the test file, or declared in package.json', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'vouch-fc-'));
    const testFile = path.join(root, 'src', 'a.test.ts');
    expect(fastCheckAvailable(testFile, root)).toBe(false);
    writeFileSync(path.join(root, 'package.json'), JSON.stringify({ devDependencies: { 'fast-check': '^4.0.0' } }));
    expect(fastCheckAvailable(testFile, root)).toBe(true);
    writeFileSync(path.join(root, 'package.json'), '{}');
    mkdirSync(path.join(root, 'node_modules', 'fast-check'), { recursive: true });
    writeFileSync(path.join(root, 'node_modules', 'fast-check', 'package.json'), '{}');
    expect(fastCheckAvailable(testFile, root)).toBe(true);
  });
});

describe('ImportSet', () => {
  it('one local name per export, never one a generated test uses itself', () => {
    const imports = new ImportSet();
    expect(imports.add('/ws/a.ts', 'total')).toBe('total');
    expect(imports.add('/ws/a.ts', 'total')).toBe('total');
    expect(imports.add('/ws/b.ts', 'total')).toBe('total2');
    expect(imports.add('/ws/c.ts', 'expect')).toBe('expect2');
    expect(imports.add('/ws/d.ts', 'default', 'pricing')).toBe('pricing');
    expect(imports.imports.map((i) => `${i.name} as ${i.local}`)).toEqual(['total as total', 'total as total2', 'expect as expect2', 'default as pricing']);
  });
});
