// Lays out generated tests as the text of a test file in the project's framework: one describe
// block per declaration, one `it` per example or property, imports of the declarations by their
// relative path. Vitest and jest read the same `describe`/`it`/`expect`; they differ in where
// those come from: `vitest`, `@jest/globals`, or jest's globals.
import { FAST_CHECK_NOTE, idLines, introLines, TEST_MARKER } from './generatedIds';
import type { GeneratedTest } from './generatedTest';
import { nameLiteral } from './generatedTest';
import type { ModuleImport } from './workspaceImports';

export type Framework = 'vitest' | 'jest';

export interface ComposeOptions {
  framework: Framework;
  /** Jest tests import `describe`, `expect`, `it` from `@jest/globals` instead of using globals. */
  jestGlobalsImport: boolean;
  /** The source file, relative to the root, for the header. */
  relativeSource: string;
  /** The import specifier of a workspace file from the test file. */
  specifier(file: string): string;
  /** fast-check cannot be imported: properties are left out and the header says how to get them. */
  fastCheckNote: boolean;
}

export const TEST_FUNCTIONS = ['describe', 'expect', 'it'];

function indentLines(lines: readonly string[], by: string): string[] {
  return lines.map((line) => (line ? by + line : line));
}

/** `it('name', () => { // vouch: id … });` */
export function testLines(test: GeneratedTest, unit: string): string[] {
  return [
    `it(${nameLiteral(test.name)}, ${test.async ? 'async ' : ''}() => {`,
    `${unit}${TEST_MARKER} ${test.id}`,
    ...indentLines(test.body, unit),
    '});',
  ];
}

/** Tests separated by blank lines, each indented by `by`. */
export function testsBlock(tests: readonly GeneratedTest[], unit: string, by: string): string[] {
  return tests.flatMap((test, i) => [...(i > 0 ? [''] : []), ...indentLines(testLines(test, unit), by)]);
}

export function describeLines(name: string, tests: readonly GeneratedTest[], unit: string): string[] {
  return [`describe(${nameLiteral(name)}, () => {`, ...testsBlock(tests, unit, unit), '});'];
}

/** Where the test functions come from, or undefined for jest's globals. */
export function frameworkModule(options: Pick<ComposeOptions, 'framework' | 'jestGlobalsImport'>): string | undefined {
  if (options.framework === 'vitest') return 'vitest';
  return options.jestGlobalsImport ? '@jest/globals' : undefined;
}

/** One import statement per module: `import Default, { a, b as c } from '../src/x';` */
export function importStatements(imports: readonly ModuleImport[], specifier: (file: string) => string): string[] {
  const byFile = new Map<string, ModuleImport[]>();
  for (const i of imports) {
    const list = byFile.get(i.file) ?? [];
    if (!list.some((other) => other.name === i.name)) list.push(i);
    byFile.set(i.file, list);
  }
  return [...byFile].map(([file, list]) => {
    const defaultImport = list.find((i) => i.name === 'default');
    const named = list.filter((i) => i.name !== 'default').map(namedBinding);
    const clauses = [defaultImport?.local, named.length > 0 ? `{ ${named.join(', ')} }` : undefined].filter(Boolean);
    return `import ${clauses.join(', ')} from ${nameLiteral(specifier(file))};`;
  });
}

export function namedBinding(i: ModuleImport): string {
  return i.local === i.name ? i.name : `${i.name} as ${i.local}`;
}

/** The imports every test of the list needs, in first-use order. */
export function importsOf(tests: readonly GeneratedTest[]): ModuleImport[] {
  const seen = new Map<string, ModuleImport>();
  for (const test of tests) for (const i of test.imports) if (!seen.has(`${i.file}\0${i.name}`)) seen.set(`${i.file}\0${i.name}`, i);
  return [...seen.values()];
}

/** A whole new test file: header, imports, a describe block per declaration. */
export function newTestFileText(tests: readonly GeneratedTest[], options: ComposeOptions): string {
  const unit = '  ';
  const lines = [...introLines(options.relativeSource)];
  if (options.fastCheckNote) lines.push(FAST_CHECK_NOTE);
  lines.push(...idLines(tests.map((t) => t.id)));
  const module = frameworkModule(options);
  if (module) lines.push(`import { ${TEST_FUNCTIONS.join(', ')} } from '${module}';`);
  if (tests.some((t) => t.fastCheck)) lines.push(`import fc from 'fast-check';`);
  lines.push(...importStatements(importsOf(tests), options.specifier));
  for (const [name, group] of groupByDescribe(tests)) lines.push('', ...describeLines(name, group, unit));
  return `${lines.join('\n')}\n`;
}

export function groupByDescribe(tests: readonly GeneratedTest[]): Map<string, GeneratedTest[]> {
  const groups = new Map<string, GeneratedTest[]>();
  for (const test of tests) groups.set(test.describe, [...(groups.get(test.describe) ?? []), test]);
  return groups;
}
