// "Generate tests" end to end on fixture workspaces: the file is written in the project's framework
// and place, passes when run by vitest on the code it was generated from, fails once that code
// gets a bug (it pins behaviour down), and a second run keeps the user's edits and deletions.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isVouchError } from '../../server/src/core/errors';
import { useEngine } from '../helpers/engineHarness';
import { gitWorkspace } from '../helpers/gitWorkspace';
import { generateFixture, runTestFile } from './workspaceVitest';

const { engine } = useEngine();

/** Replaces `from` (which must occur) by `to` in a workspace file. */
function rewrite(root: string, relative: string, from: string, to: string): void {
  const file = path.join(root, relative);
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`${relative} has no ${JSON.stringify(from)}`);
  writeFileSync(file, text.replace(from, to));
}

/** The `it(…)` call of a generated test, from its marker to its closing line, by test name. */
function testSource(text: string, name: string): string {
  const start = text.indexOf(`it(${JSON.stringify(name)}`) >= 0 ? text.indexOf(`it(${JSON.stringify(name)}`) : text.indexOf(`it('${name}'`);
  if (start < 0) throw new Error(`no test named ${name} in:\n${text}`);
  const lineStart = text.lastIndexOf('\n', start) + 1;
  const end = text.indexOf('\n  });\n', start) + '\n  });\n'.length;
  return text.slice(lineStart, end);
}

describe('generate tests in a vitest project', () => {
  const workspace = generateFixture('vitest-shop');
  const root = workspace.root;
  const testFile = path.join(root, 'src/pricing.test.ts');

  it('writes a colocated vitest file with examples and properties for functions, methods and async functions', async () => {
    const result = await engine.generateTests({ root, file: 'src/pricing.ts' });
    expect(result).toMatchObject({ file: testFile, framework: 'vitest', created: true, kept: [] });
    expect(result.uri).toBe(`file://${testFile}`);
    const text = readFileSync(testFile, 'utf8');
    expect(text).toContain(`import { describe, expect, it } from 'vitest';`);
    expect(text).toContain(`import fc from 'fast-check';`);
    expect(text).toContain(`import { bulkPrice, Cart, quote } from './pricing';`);
    // Examples as a person writes them: a value, a deliberate throw, a method on a built instance, an async result.
    expect(text).toContain('expect(bulkPrice(0, 0)).toBe(0);');
    expect(text).toMatch(/expect\(\(\) => bulkPrice\([^)]*\)\)\.toThrow\(RangeError\);/);
    expect(text).toMatch(/const cart = new Cart\('(EUR|USD)'\);\n\s+expect\(\(\) => cart\.add\('', 0\)\)\.toThrow\(RangeError\);/);
    expect(text).toMatch(/expect\(cart\.itemCount\)\.toBe\(0\);/);
    expect(text).toContain(`await expect(quote('', 0)).rejects.toThrow(Error);`);
    expect(text).toMatch(/await expect\(quote\('[^']+', -?\d+\)\)\.resolves\.toEqual\(\{ sku: '[^']+', qty: \d+, label: '[^']+' \}\);/);
    // The properties Vouch ran, readable: arbitraries commented with their parameters.
    expect(text).toMatch(/fc\.assert\(\n\s+fc\.property\(\n[^\n]+\/\/ unitPrice: number\n[^\n]+\/\/ qty: number/);
    expect(text).toContain('await fc.assert(\n      fc.asyncProperty(');
    for (const name of ['bulkPrice', 'Cart.add', 'Cart.itemCount', 'quote']) expect(text).toContain(`describe('${name}', () => {`);
    expect(result.added).toContain('bulkPrice(0, 0) returns 0');
    expect(result.added).toContain('never crashes with a runtime error');
    expect(result.notes).toContain('roundCents: not exported, so a test file cannot import it');
  });

  it('passes when vitest runs it on the code it was generated from', () => {
    const run = runTestFile(root, testFile);
    expect(run.failed, run.output).toEqual([]);
    expect(run.passed.length).toBeGreaterThanOrEqual(12);
  });

  it('fails once the code gets a bug: the examples pin its behaviour down', () => {
    const original = readFileSync(path.join(root, 'src/pricing.ts'), 'utf8');
    rewrite(root, 'src/pricing.ts', '|| qty < 0)', '|| qty <= 0)'); // bulkPrice(0, 0) now throws
    rewrite(root, 'src/pricing.ts', 'if (qty <= 0) throw', 'if (qty < 0) throw'); // Cart.add accepts 0
    rewrite(root, 'src/pricing.ts', `if (sku.trim() === '') throw new Error('unknown sku');`, ''); // quote accepts ''
    try {
      const run = runTestFile(root, testFile);
      expect(run.failed).toContain('bulkPrice bulkPrice(0, 0) returns 0');
      expect(run.failed.some((name) => /^Cart\.add new Cart\('(EUR|USD)'\)\.add\('', 0\) throws RangeError$/.test(name))).toBe(true);
      expect(run.failed).toContain(`quote quote('', 0) rejects with Error`);
    } finally {
      writeFileSync(path.join(root, 'src/pricing.ts'), original);
    }
  });

  it('run again, keeps edited tests, leaves deleted ones deleted and adds tests for new code', async () => {
    let text = readFileSync(testFile, 'utf8');
    // The user edits one generated test and deletes another.
    const edited = testSource(text, 'bulkPrice(0, 0) returns 0');
    const editedByHand = edited.replace('expect(bulkPrice(0, 0)).toBe(0);', 'expect(bulkPrice(0, 0)).toBe(0); // free, checked by hand\n    expect(bulkPrice(2, 3)).toBe(6);');
    text = text.replace(edited, editedByHand);
    const deletedName = `quote('', 0) rejects with Error`;
    text = text.replace(testSource(text, deletedName), '');
    writeFileSync(testFile, text);
    // A new function appears in the source.
    writeFileSync(
      path.join(root, 'src/pricing.ts'),
      `${readFileSync(path.join(root, 'src/pricing.ts'), 'utf8')}\nexport function shippingCost(weightKg: number): number {\n  if (weightKg > 30) throw new RangeError('too heavy to ship');\n  return weightKg <= 2 ? 4.9 : 9.9;\n}\n`,
    );

    const result = await engine.generateTests({ root, file: 'src/pricing.ts' });
    const after = readFileSync(testFile, 'utf8');
    expect(result.created).toBe(false);
    expect(after).toContain(editedByHand);
    expect(after).not.toContain(deletedName);
    expect(result.kept).toContain('bulkPrice(0, 0) returns 0');
    expect(result.kept).not.toContain(deletedName);
    expect(result.added.length).toBeGreaterThan(0);
    expect(after).toContain(`describe('shippingCost', () => {`);
    expect(after).toMatch(/expect\(shippingCost\(0\)\)\.toBe\(4\.9\);/);
    expect(after).toMatch(/expect\(\(\) => shippingCost\(\d+\)\)\.toThrow\(RangeError\);/);
    expect(after).toContain(`import { bulkPrice, Cart, quote, shippingCost } from './pricing';`);
    // Every test added is new code's; what was there stays byte for byte.
    for (const name of result.added) expect(name).toMatch(/^shippingCost\(|^never crashes|^always returns/);
    expect(after.startsWith(text.slice(0, text.indexOf('// vouch-generated:')))).toBe(true);
    expect(runTestFile(root, testFile).failed).toEqual([]);

    // A third run with nothing new changes nothing.
    const again = await engine.generateTests({ root, file: 'src/pricing.ts' });
    expect(again.added).toEqual([]);
    expect(readFileSync(testFile, 'utf8')).toBe(after);
  });

  it('one declaration at a time; a function that is not exported is refused with a clear message', async () => {
    const only = await engine.generateTests({ root, file: 'src/pricing.ts', declaration: 'shippingCost' });
    expect(only.added).toEqual([]);
    expect(only.kept.length).toBeGreaterThan(0);
    expect(only.kept.every((name) => name.startsWith('shippingCost(') || name.includes('never crashes') || name.includes('always returns'))).toBe(true);
    const refused = await engine.generateTests({ root, file: 'src/pricing.ts', declaration: 'roundCents' }).catch((error: unknown) => error);
    expect(isVouchError(refused) && refused.code).toBe('INVALID_OPTION');
    expect((refused as Error).message).toBe('`roundCents` is not exported, so a test file cannot import it');
  });
});

describe('generate tests in a jest project with a __tests__ folder', () => {
  const workspace = generateFixture('jest-text');
  const root = workspace.root;
  const testFile = path.join(root, '__tests__/text.test.ts');

  it('writes jest syntax (globals) into __tests__ that passes, and fails on a bug', async () => {
    const result = await engine.generateTests({ root, file: 'src/text.ts' });
    expect(result).toMatchObject({ file: testFile, framework: 'jest', created: true });
    const text = readFileSync(testFile, 'utf8');
    expect(text).not.toContain(`from 'vitest'`);
    expect(text).toContain(`import { slugify, WordCounter, titleCase } from '../src/text';`);
    expect(text).toMatch(/const wordCounter = new WordCounter\((true|false)\);\n\s+expect\(wordCounter\.feed\(''\)\)\.toBe\(0\);/);
    expect(text).toMatch(/await expect\(titleCase\('[^']*'\)\)\.resolves\.toBe\('[^']*'\);/);
    expect(text).toContain('fc.asyncProperty(');

    const run = runTestFile(root, testFile, { globals: true });
    expect(run.failed, run.output).toEqual([]);
    expect(run.passed.length).toBeGreaterThanOrEqual(8);

    rewrite(root, 'src/text.ts', `.replace(/^-+|-+$/g, '')`, `.replace(/^-+/g, '')`); // trailing dashes stay
    rewrite(root, 'src/text.ts', `const key = this.caseSensitive ? word : word.toLowerCase();`, `const key = word.toLowerCase();`);
    rewrite(root, 'src/text.ts', `/\\b[a-z]/g`, `/^[a-z]/g`); // only the first word
    const broken = runTestFile(root, testFile, { globals: true });
    expect(broken.failed.length, broken.output).toBeGreaterThan(0);
    expect(broken.failed.some((name) => name.startsWith('titleCase ') || name.startsWith('slugify '))).toBe(true);
  });
});

describe('generate tests without fast-check', () => {
  it('writes the examples and says what to install to get the properties', async () => {
    const workspace = gitWorkspace({
      'package.json': JSON.stringify({ name: 'plain', devDependencies: { vitest: '^4.1.12' } }),
      'src/clamp.ts': 'export function clamp(x: number, lo: number, hi: number): number {\n  return Math.min(hi, Math.max(lo, x));\n}\n',
    });
    const result = await engine.generateTests({ root: workspace.root, file: 'src/clamp.ts' });
    const text = readFileSync(result.file, 'utf8');
    expect(text).toContain('expect(clamp(0, 0, 0)).toBe(0);');
    expect(text).not.toContain('fc.');
    expect(text).toContain('install fast-check (npm install --save-dev fast-check)');
    expect(existsSync(path.join(workspace.root, 'src/clamp.test.ts'))).toBe(true);
  });
});
