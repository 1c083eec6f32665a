import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { detectTestFramework, testFilePathFor, type TestFrameworkDetection } from './testFramework';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) fs.rmSync(root, { recursive: true, force: true });
});

function workspace(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'vouch-framework-'));
  roots.push(root);
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  }
  return root;
}

const manifest = (fields: object) => JSON.stringify({ name: 'app', ...fields });
const VITEST_TEST = "import { it, expect } from 'vitest';\nit('works', () => expect(1).toBe(1));";
const JEST_TEST = "it('works', () => { const f = jest.fn(); f(); expect(f).toHaveBeenCalled(); });";

describe('detectTestFramework', () => {
  it('detects vitest with colocated *.test files', async () => {
    const root = workspace({
      'package.json': manifest({ scripts: { test: 'vitest run' }, devDependencies: { vitest: '^4.1.0' } }),
      'vitest.config.ts': 'export default {}',
      'src/pricing.ts': '',
      'src/pricing.test.ts': VITEST_TEST,
      'src/cart/total.test.ts': VITEST_TEST,
    });
    const detection = await detectTestFramework(root);
    expect(detection).toMatchObject({ framework: 'vitest', location: 'colocated', suffix: '.test' });
    expect(detection.testsFolder).toBeUndefined();
    expect(detection.evidence).toEqual(
      expect.arrayContaining(['package.json devDependencies: vitest', 'scripts.test: vitest run', 'vitest.config.ts', '2 test file(s) use vitest']),
    );
  });

  it('detects jest with tests in a test/ folder and *.spec names', async () => {
    const root = workspace({
      'package.json': manifest({ scripts: { test: 'jest --coverage' }, devDependencies: { jest: '^29.0.0', 'ts-jest': '^29.0.0' } }),
      'jest.config.js': 'module.exports = {}',
      'src/pricing.ts': '',
      'test/pricing.spec.ts': JEST_TEST,
      'test/cart/total.spec.ts': JEST_TEST,
      'test/cart/legacy.test.ts': JEST_TEST,
    });
    const detection = await detectTestFramework(root);
    expect(detection).toEqual({
      framework: 'jest',
      location: 'tests-folder',
      testsFolder: 'test',
      suffix: '.spec',
      evidence: expect.arrayContaining(['package.json devDependencies: jest, ts-jest', 'jest.config.js', '3 of 3 test file(s) are in test/ folders']),
    });
  });

  it('reads a "jest" key in package.json and __tests__ folders', async () => {
    const root = workspace({
      'package.json': manifest({ jest: { testEnvironment: 'node' } }),
      'src/__tests__/pricing.ts': JEST_TEST,
      'src/cart/__tests__/total.test.ts': JEST_TEST,
    });
    expect(await detectTestFramework(root)).toMatchObject({ framework: 'jest', location: 'tests-folder', testsFolder: '__tests__', suffix: '.test' });
  });

  it('finds vitest in a vite config with a test section, not in one without', async () => {
    const withTest = workspace({ 'vite.config.ts': "export default defineConfig({ plugins: [], test: { environment: 'node' } });" });
    expect((await detectTestFramework(withTest)).framework).toBe('vitest');
    const withoutTest = workspace({ 'vite.config.ts': 'export default defineConfig({ plugins: [] });' });
    expect((await detectTestFramework(withoutTest)).framework).toBe('unknown');
  });

  it('says unknown for a workspace without any sign of a framework, colocated *.test by default', async () => {
    const root = workspace({ 'package.json': manifest({ scripts: { test: 'node --test' } }), 'src/a.ts': '' });
    expect(await detectTestFramework(root)).toEqual({
      framework: 'unknown',
      location: 'colocated',
      suffix: '.test',
      evidence: ['no sign of vitest or jest', 'no test files yet: colocated *.test files'],
    });
  });

  it('lets the test script outweigh a leftover dependency', async () => {
    const root = workspace({ 'package.json': manifest({ scripts: { test: 'vitest' }, devDependencies: { jest: '29', '@types/jest': '29' } }) });
    expect((await detectTestFramework(root)).framework).toBe('vitest');
  });

  it('leaves end-to-end suites out of the naming convention', async () => {
    const root = workspace({
      'package.json': manifest({ devDependencies: { vitest: '4' } }),
      'src/a.test.ts': VITEST_TEST,
      'e2e/login.spec.ts': "import { test } from '@playwright/test';",
      'e2e/cart.spec.ts': "import { test } from '@playwright/test';",
      'tests/visual.spec.ts': "import { test } from '@playwright/test';",
    });
    expect(await detectTestFramework(root)).toMatchObject({ framework: 'vitest', location: 'colocated', suffix: '.test' });
  });
});

describe('testFilePathFor', () => {
  const colocated: TestFrameworkDetection = { framework: 'vitest', location: 'colocated', suffix: '.test', evidence: [] };
  const inFolder = (testsFolder: string, suffix: '.test' | '.spec' = '.test'): TestFrameworkDetection => ({
    framework: 'jest',
    location: 'tests-folder',
    testsFolder,
    suffix,
    evidence: [],
  });

  it('puts a colocated test beside its source, keeping the extension', () => {
    const root = workspace({});
    expect(testFilePathFor('src/pricing.ts', colocated, root)).toBe(path.join(root, 'src/pricing.test.ts'));
    expect(testFilePathFor(path.join(root, 'src/ui/Cart.tsx'), { ...colocated, suffix: '.spec' }, root)).toBe(path.join(root, 'src/ui/Cart.spec.tsx'));
    expect(testFilePathFor('lib/x.mts', colocated, root)).toBe(path.join(root, 'lib/x.test.mts'));
  });

  it('mirrors subfolders under a root tests folder without repeating src/', () => {
    const root = workspace({ 'test/existing.test.ts': '' });
    expect(testFilePathFor('src/pricing.ts', inFolder('test'), root)).toBe(path.join(root, 'test/pricing.test.ts'));
    expect(testFilePathFor('src/cart/total.ts', inFolder('test', '.spec'), root)).toBe(path.join(root, 'test/cart/total.spec.ts'));
    expect(testFilePathFor('tools/gen.ts', inFolder('test'), root)).toBe(path.join(root, 'test/tools/gen.test.ts'));
  });

  it('uses the nearest existing tests folder, as in a monorepo package', () => {
    const root = workspace({ 'packages/core/tests/a.test.ts': '', 'tests/root.test.ts': '' });
    expect(testFilePathFor('packages/core/src/money/round.ts', inFolder('tests'), root)).toBe(path.join(root, 'packages/core/tests/money/round.test.ts'));
    expect(testFilePathFor('scripts/build.ts', inFolder('tests'), root)).toBe(path.join(root, 'tests/scripts/build.test.ts'));
  });

  it('puts __tests__ beside the source unless an enclosing one exists', () => {
    const root = workspace({ 'src/__tests__/a.test.ts': '' });
    expect(testFilePathFor('src/cart/total.ts', inFolder('__tests__'), root)).toBe(path.join(root, 'src/__tests__/cart/total.test.ts'));
    const bare = workspace({});
    expect(testFilePathFor('src/cart/total.ts', inFolder('__tests__'), bare)).toBe(path.join(bare, 'src/cart/__tests__/total.test.ts'));
    expect(testFilePathFor('src/pricing.ts', inFolder('test'), bare)).toBe(path.join(bare, 'test/pricing.test.ts'));
  });
});
