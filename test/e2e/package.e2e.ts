// The packaged extension (npm run package) holds what a user's editor runs and nothing else: the
// bundles, the grammar and schema, media, README and LICENSE, and the node_modules the bundles
// load at run time; no sources, tests, fixtures, source maps or the CLI's bundle.
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO, VSIX } from '../../scripts/e2e/paths.mjs';
import { runtimePackageDirs } from '../../scripts/e2e/runtimePackages.mjs';
import { zipEntries } from '../../scripts/e2e/zipEntries.mjs';

describe('the .vsix', () => {
  let names: string[];

  beforeAll(() => {
    if (!existsSync(VSIX)) throw new Error(`no ${path.relative(REPO, VSIX)}: run \`npm run package\` first (npm run test:e2e does)`);
    names = zipEntries(VSIX).map((entry) => entry.name);
  });

  /** Files outside the demo shop that the walkthrough opens (dist/demo: a sample workspace with its own tests, shipped on purpose). */
  const outsideDemo = () => names.filter((name) => !name.startsWith('extension/dist/demo/'));

  it('holds the bundles the extension runs, the grammar, the manifest, README and LICENSE', () => {
    for (const file of ['client.js', 'server.js', 'runner.js', 'harness.mjs', 'sandbox.mjs']) expect(names).toContain(`extension/dist/${file}`);
    expect(names).toContain('extension/syntaxes/vouch-report.tmLanguage.json');
    expect(names).toContain('extension/schemas/vouch-report.schema.json');
    expect(names).toContain('extension/package.json');
    expect(names).toContain('extension/readme.md');
    expect(names).toContain('extension/LICENSE.txt');
    expect(names).toContain('extension.vsixmanifest');
  });

  it('holds the runtime packages the bundles leave external: vitest (with vite and its native binding) and fast-check', () => {
    expect(names).toContain('extension/node_modules/vitest/package.json');
    expect(names).toContain('extension/node_modules/vite/package.json');
    expect(names).toContain('extension/node_modules/fast-check/package.json');
    expect(names.some((name) => /^extension\/node_modules\/@rolldown\/binding-[^/]+\/package\.json$/.test(name))).toBe(true);
  });

  it('holds exactly the packages needed at run time (less type-only ones)', () => {
    const shipped = new Set(names.filter((name) => name.startsWith('extension/node_modules/')).map((name) => name.split('/').slice(1, name.split('/')[2].startsWith('@') ? 4 : 3).join('/')));
    expect([...shipped].sort()).toEqual(runtimePackageDirs().filter((dir) => !dir.startsWith('node_modules/@types/')));
  });

  it('does not ship what the bundles already contain, nor dev tools', () => {
    for (const bundled of ['ts-morph', '@ts-morph', 'typescript', 'vscode-languageclient', 'vscode-languageserver', 'vscode-jsonrpc', 'commander', 'diff', 'vscode-uri', 'esbuild', '@esbuild', '@types', 'yaml', 'playwright-core', 'mocha', '@vscode']) {
      expect(names.filter((name) => name.startsWith(`extension/node_modules/${bundled}/`)), bundled).toEqual([]);
    }
  });

  it('holds no sources, tests, fixtures, source maps or CLI', () => {
    const forbidden = [/^extension\/(client|server|shared)\//, /^extension\/test\//, /^extension\/test-fixtures\//, /^extension\/bench\//, /^extension\/scripts\//, /^extension\/\.e2e\//, /\.test\.ts$/, /\.map$/, /^extension\/dist\/cli\.js$/, /^extension\/bin\//, /(^|\/)tsconfig\.json$/];
    for (const pattern of forbidden) expect(outsideDemo().filter((name) => pattern.test(name)), String(pattern)).toEqual([]);
    expect(names.filter((name) => /\.ts$/.test(name) && !name.startsWith('extension/dist/demo/')), 'TypeScript files').toEqual([]);
  });

  it('has nothing at its top level but what a user needs', () => {
    const topLevel = new Set(names.filter((name) => name.startsWith('extension/')).map((name) => name.split('/')[1]));
    expect([...topLevel].sort()).toEqual(['LICENSE.txt', 'dist', 'media', 'node_modules', 'package.json', 'readme.md', 'schemas', 'syntaxes'].filter((entry) => entry !== 'media' || topLevel.has('media')));
  });
});
