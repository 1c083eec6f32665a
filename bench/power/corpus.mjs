// The power corpus as data: where it lives (test-fixtures/power), its modules, how an edit is
// applied, and which declaration a text range falls in. Plain ESM, shared by the mutant generator,
// the case checker and the benchmark.
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { parse as parseYaml } from 'yaml';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CORPUS_DIR = path.join(REPO_ROOT, 'test-fixtures', 'power');
export const CASES_DIR = path.join(CORPUS_DIR, 'cases');

/** Workspace-relative paths of the corpus modules: `src/text.ts`, ... */
export function corpusModules() {
  return readdirSync(path.join(CORPUS_DIR, 'src'))
    .filter((name) => name.endsWith('.ts'))
    .sort()
    .map((name) => `src/${name}`);
}

/** The human suite of a module: `src/text.ts` → `test/text.test.ts`. */
export function humanSuiteOf(module) {
  return `test/${path.basename(module, '.ts')}.test.ts`;
}

export function readCorpusFile(relativePath) {
  return readFileSync(path.join(CORPUS_DIR, relativePath), 'utf8');
}

/** The generated mutants (`cases/mutants.json`): `{ mutants, excluded, counts, ... }`. */
export function readMutants() {
  return JSON.parse(readFileSync(path.join(CASES_DIR, 'mutants.json'), 'utf8'));
}

/** The hand-written cases: `readEditCases('refactors')` or `readEditCases('intended')`. */
export function readEditCases(name) {
  return parseYaml(readFileSync(path.join(CASES_DIR, `${name}.yaml`), 'utf8'));
}

export class CaseError extends Error {
  code = 'CASE_NOT_APPLICABLE';
  name = 'CaseError';
}

function findReplace(source, id, file, { find, replace }) {
  const at = source.indexOf(find);
  if (at === -1 || source.indexOf(find, at + 1) !== -1) throw new CaseError(`${id}: "find" must occur exactly once in ${file}: ${find.slice(0, 60)}`);
  return source.slice(0, at) + replace + source.slice(at + find.length);
}

/**
 * The text of a corpus file with one case applied. A mutant carries offsets and the original text
 * there (`start`, `end`, `original`, `replacement`); a refactor or intended change carries `find`,
 * which must occur exactly once, and `replace`, or a list of such `edits` applied in order.
 */
export function applyCase(source, testCase) {
  if (testCase.edits) return testCase.edits.reduce((text, edit) => findReplace(text, testCase.id, testCase.file, edit), source);
  if (testCase.find !== undefined) return findReplace(source, testCase.id, testCase.file, testCase);
  if (source.slice(testCase.start, testCase.end) !== testCase.original) throw new CaseError(`${testCase.id}: the text at ${testCase.start}..${testCase.end} is not the original`);
  return source.slice(0, testCase.start) + testCase.replacement + source.slice(testCase.end);
}

/** The file's text with the case applied, read from the corpus. */
export function caseText(testCase) {
  return applyCase(readCorpusFile(testCase.file), testCase);
}

/**
 * Every file the case edits, relative path → text: its module, and for an intended change whose
 * old behaviour the human suite pins, the suite as updated with it (`testEdits`, find/replace
 * edits of the module's test file), as a person making the change would update it.
 */
export function caseFiles(testCase) {
  const files = { [testCase.file]: caseText(testCase) };
  if (testCase.testEdits) {
    const suite = humanSuiteOf(testCase.file);
    files[suite] = applyCase(readCorpusFile(suite), { id: testCase.id, file: suite, edits: testCase.testEdits });
  }
  return files;
}

/**
 * The verifiable declarations of a module with their offsets, named as the engine names them:
 * `slugify`, `BankAccount.deposit`, `BankAccount.balance` (getter), `BankAccount.constructor`.
 * Nested functions belong to the declaration that holds them.
 */
export function declarationRanges(text, fileName = 'module.ts') {
  const file = ts.createSourceFile(fileName, text, ts.ScriptTarget.ES2022, true);
  const found = [];
  const add = (name, node) => found.push({ name, start: node.getStart(file), end: node.getEnd() });
  for (const statement of file.statements) {
    if (ts.isFunctionDeclaration(statement) && statement.name) add(statement.name.text, statement);
    if (ts.isVariableStatement(statement)) {
      for (const d of statement.declarationList.declarations) {
        if (ts.isIdentifier(d.name) && d.initializer && (ts.isArrowFunction(d.initializer) || ts.isFunctionExpression(d.initializer))) add(d.name.text, d);
      }
    }
    if (ts.isClassDeclaration(statement) && statement.name) {
      for (const member of statement.members) {
        if (ts.isConstructorDeclaration(member)) add(`${statement.name.text}.constructor`, member);
        else if ((ts.isMethodDeclaration(member) || ts.isGetAccessorDeclaration(member)) && member.name && ts.isIdentifier(member.name)) {
          add(`${statement.name.text}.${member.name.text}`, member);
        }
      }
    }
  }
  return found;
}

/** The declaration whose range holds `start..end`, or undefined (module-level code, class fields). */
export function declarationAt(ranges, start, end) {
  return ranges.find((d) => d.start <= start && end <= d.end)?.name;
}
