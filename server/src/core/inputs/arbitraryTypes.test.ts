// Generated property tests are type-checked before "Generate tests" writes them (a test with a
// type error is left out), so the arbitraries written as code must compile under strict mode with
// fast-check's own types: an unmapper taking `unknown`, tuples built from `constantFrom`.
import * as path from 'node:path';
import { Project, ts } from 'ts-morph';
import { expect, test } from 'vitest';
import { decimalArbitrary } from './decimalScales';
import { structuredTextArbitrary } from './structuredText';

test('decimal and structured-text arbitraries type-check', () => {
  const project = new Project({ compilerOptions: { strict: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, noEmit: true, skipLibCheck: true } });
  const text = [
    "import fc from 'fast-check';",
    `export const decimals: fc.Arbitrary<number> = ${decimalArbitrary([100, 1])};`,
    `export const quoted: fc.Arbitrary<string> = ${structuredTextArbitrary({ pieces: ['\n', '=', '"'], opens: ['"'], closes: ['"'] })};`,
    `export const plain: fc.Arbitrary<string> = ${structuredTextArbitrary({ pieces: [',', 'x'], opens: [], closes: [] })};`,
  ].join('\n');
  const file = project.createSourceFile(path.join(__dirname, '__arbitrary_types__.ts'), text);
  expect(file.getPreEmitDiagnostics().map((d) => d.getMessageText()).map((m) => (typeof m === 'string' ? m : m.getMessageText()))).toEqual([]);
});
