// Which test framework a workspace uses and where it keeps its tests, so that "Generate tests"
// writes a file the project would have written itself: vitest or jest, next to the source or in
// a tests folder, `.test` or `.spec`. Every conclusion carries the evidence it came from.
import fs from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { findTestFiles } from './testFiles';

export type TestFrameworkName = 'vitest' | 'jest' | 'unknown';

export interface TestFrameworkDetection {
  framework: TestFrameworkName;
  /** Tests next to their sources, or in a folder of tests. */
  location: 'colocated' | 'tests-folder';
  /** The name of the tests folder: `test`, `tests` (at the root or a package root), `__tests__`
   *  (often one beside the sources). Set when `location` is `tests-folder`. */
  testsFolder?: string;
  suffix: '.test' | '.spec';
  /** Why, in a few words each ("package.json devDependencies: vitest"). */
  evidence: string[];
}

/** Folder names that hold tests rather than sources. */
export const TESTS_FOLDER_NAMES: readonly string[] = ['test', 'tests', '__tests__', 'spec', 'specs'];
/** Leading source folders a root-level tests folder does not repeat (`src/a/b.ts` → `test/a/b.test.ts`). */
const SOURCE_ROOTS = ['src', 'lib', 'source'];
const JEST_PACKAGES = ['jest', 'ts-jest', 'babel-jest', '@jest/globals', '@types/jest'];
/** Browser end-to-end suites use the same file names; they say nothing about the unit-test convention. */
const END_TO_END_FOLDERS = ['e2e', 'cypress', 'playwright'];
const END_TO_END_IMPORT = /from\s+['"](?:@playwright\/test|cypress)['"]/;
const SAMPLED_TEST_FILES = 40;

interface Scores {
  vitest: number;
  jest: number;
  evidence: string[];
}

export async function detectTestFramework(root: string, options: { signal?: AbortSignal } = {}): Promise<TestFrameworkDetection> {
  const scores: Scores = { vitest: 0, jest: 0, evidence: [] };
  const vote = (framework: 'vitest' | 'jest', weight: number, evidence: string) => {
    scores[framework] += weight;
    scores.evidence.push(evidence);
  };
  scoreManifest(root, vote);
  scoreConfigFiles(root, vote);

  const testFiles = (await findTestFiles(root, { signal: options.signal })).map((file) => path.relative(root, file).split(path.sep).join('/'));
  const unitTests: string[] = [];
  const usage = { vitest: 0, jest: 0 };
  for (const file of testFiles.filter((file) => !file.split('/').some((folder) => END_TO_END_FOLDERS.includes(folder)))) {
    const text = unitTests.length < SAMPLED_TEST_FILES ? await readFile(path.join(root, file), 'utf8').catch(() => '') : '';
    if (END_TO_END_IMPORT.test(text)) continue;
    unitTests.push(file);
    if (/from\s+['"]vitest['"]|\bvi\.(?:fn|mock|spyOn)\(/.test(text)) usage.vitest++;
    else if (/from\s+['"]@jest\/globals['"]|\bjest\.(?:fn|mock|spyOn)\(/.test(text)) usage.jest++;
  }
  if (usage.vitest > 0) vote('vitest', Math.min(usage.vitest, 3), `${usage.vitest} test file(s) use vitest`);
  if (usage.jest > 0) vote('jest', Math.min(usage.jest, 3), `${usage.jest} test file(s) use jest`);

  const framework: TestFrameworkName = scores.vitest === scores.jest ? 'unknown' : scores.vitest > scores.jest ? 'vitest' : 'jest';
  if (framework === 'unknown') scores.evidence.push(scores.vitest === 0 ? 'no sign of vitest or jest' : 'vitest and jest weigh the same');
  return { framework, ...conventionOf(unitTests, scores.evidence), evidence: scores.evidence };
}

type Vote = (framework: 'vitest' | 'jest', weight: number, evidence: string) => void;

function scoreManifest(root: string, vote: Vote): void {
  let manifest: Record<string, unknown>;
  try {
    manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  } catch {
    return;
  }
  for (const field of ['dependencies', 'devDependencies'] as const) {
    const dependencies = manifest[field];
    if (!dependencies || typeof dependencies !== 'object') continue;
    const names = Object.keys(dependencies);
    if (names.includes('vitest')) vote('vitest', 2, `package.json ${field}: vitest`);
    const jest = names.filter((name) => JEST_PACKAGES.includes(name));
    if (jest.length > 0) vote('jest', 2, `package.json ${field}: ${jest.join(', ')}`);
  }
  const script = (manifest.scripts as Record<string, unknown> | undefined)?.test;
  if (typeof script === 'string') {
    if (/\bvitest\b/.test(script)) vote('vitest', 4, `scripts.test: ${script}`);
    else if (/\bjest\b|react-scripts test/.test(script)) vote('jest', 4, `scripts.test: ${script}`);
  }
  if (manifest.jest !== undefined) vote('jest', 3, 'package.json has a "jest" key');
}

function scoreConfigFiles(root: string, vote: Vote): void {
  let names: string[];
  try {
    names = fs.readdirSync(root);
  } catch {
    return;
  }
  for (const name of names.sort()) {
    if (/^vitest\.(?:config|workspace)\.[cm]?[jt]s$/.test(name)) vote('vitest', 3, name);
    else if (/^jest\.config\.(?:[cm]?[jt]s|json)$/.test(name)) vote('jest', 3, name);
    else if (/^vite\.config\.[cm]?[jt]s$/.test(name)) {
      const text = fs.readFileSync(path.join(root, name), 'utf8');
      if (/\btest\s*:/.test(text)) vote('vitest', 3, `${name} has a test section`);
    }
  }
}

/** Where the project's unit tests live and how they are named, from the files themselves. */
function conventionOf(testFiles: readonly string[], evidence: string[]): Pick<TestFrameworkDetection, 'location' | 'testsFolder' | 'suffix'> {
  if (testFiles.length === 0) {
    evidence.push('no test files yet: colocated *.test files');
    return { location: 'colocated', suffix: '.test' };
  }
  const specs = testFiles.filter((file) => /\.spec\.[^/.]+$/.test(file)).length;
  const tests = testFiles.filter((file) => /\.test\.[^/.]+$/.test(file)).length;
  const suffix = specs > tests ? '.spec' : '.test';
  evidence.push(`${tests} *.test and ${specs} *.spec file(s)`);

  const folders = new Map<string, number>();
  for (const file of testFiles) {
    const folder = file.split('/').slice(0, -1).find((segment) => TESTS_FOLDER_NAMES.includes(segment));
    if (folder) folders.set(folder, (folders.get(folder) ?? 0) + 1);
  }
  const inFolders = [...folders.values()].reduce((sum, count) => sum + count, 0);
  if (inFolders * 2 <= testFiles.length) {
    evidence.push(`${testFiles.length - inFolders} of ${testFiles.length} test file(s) sit next to their sources`);
    return { location: 'colocated', suffix };
  }
  const [testsFolder, count] = [...folders].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
  evidence.push(`${count} of ${testFiles.length} test file(s) are in ${testsFolder}/ folders`);
  return { location: 'tests-folder', testsFolder, suffix };
}

/**
 * Where a generated test for `sourceFile` goes under the detected convention (absolute path).
 * Colocated: beside the source. Tests folder: in the nearest existing folder of that name at or
 * above the source, mirroring the source's subfolders below that level (a leading `src/`,
 * `lib/` or `source/` is not repeated); with none yet, `__tests__` goes beside the source and
 * other names at the root.
 */
export function testFilePathFor(sourceFile: string, detection: TestFrameworkDetection, root: string): string {
  const absolute = path.resolve(root, sourceFile);
  const extension = path.extname(absolute);
  const name = `${path.basename(absolute, extension)}${detection.suffix}${extension}`;
  const sourceDir = path.dirname(absolute);
  const folder = detection.location === 'tests-folder' ? detection.testsFolder : undefined;
  if (!folder) return path.join(sourceDir, name);

  const top = path.resolve(root);
  for (let dir = sourceDir; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, folder);
    if (isDirectory(candidate)) return path.join(candidate, mirrored(path.relative(dir, sourceDir)), name);
    if (dir === top || path.dirname(dir) === dir || path.relative(top, dir).startsWith('..')) break;
  }
  if (folder === '__tests__') return path.join(sourceDir, folder, name);
  return path.join(top, folder, mirrored(path.relative(top, sourceDir)), name);
}

/** A source's folder below a tests folder's parent, without a leading source root. */
function mirrored(relativeDir: string): string {
  const segments = relativeDir.split(path.sep).filter(Boolean);
  if (segments.length > 0 && SOURCE_ROOTS.includes(segments[0])) segments.shift();
  return segments.join(path.sep);
}

function isDirectory(dir: string): boolean {
  try {
    return fs.statSync(dir, { throwIfNoEntry: false })?.isDirectory() ?? false;
  } catch {
    return false;
  }
}
