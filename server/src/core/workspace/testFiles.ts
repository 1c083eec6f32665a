// The test files of a workspace, as vitest and jest find them by default: `*.test.*`, `*.spec.*`
// and everything under `__tests__/`, outside build output, dependencies and cache folders.
import path from 'node:path';
import { glob } from 'tinyglobby';

export const TEST_FILE_PATTERNS: readonly string[] = [
  '**/*.{test,spec}.{ts,tsx,mts,cts,js,jsx,mjs,cjs}',
  '**/__tests__/**/*.{ts,tsx,js,jsx}',
];

/** Folders never searched for tests or sources. Folders whose name starts with a dot (`.git`,
 *  `.cache`, `.vite`, `.turbo`, `.next`, …) are skipped as well. */
export const EXCLUDED_FOLDERS: readonly string[] = ['node_modules', 'dist', 'build', 'out', 'coverage', '.git'];

const IGNORED: readonly string[] = [...EXCLUDED_FOLDERS.map((folder) => `**/${folder}/**`), '**/.*/**', '**/*.d.ts'];

export interface FindTestFilesOptions {
  /** More globs to leave out, relative to the root (`['e2e/**']`). */
  exclude?: readonly string[];
  signal?: AbortSignal;
}

/** Absolute paths of the workspace's test files, sorted. */
export async function findTestFiles(root: string, options: FindTestFilesOptions = {}): Promise<string[]> {
  const files = await glob(TEST_FILE_PATTERNS, {
    cwd: root,
    absolute: true,
    dot: false,
    ignore: [...IGNORED, ...(options.exclude ?? [])],
    signal: options.signal,
  });
  return files.map((file) => path.normalize(file)).sort();
}

const TEST_SUFFIX = /\.(?:test|spec)\.(?:ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;
const TESTS_FOLDER_FILE = /(?:^|\/)__tests__\/(?:.*\/)?[^/]+\.(?:ts|tsx|js|jsx)$/;

/** True when `file` would be found by `findTestFiles(root)` (ignoring extra `exclude` globs). */
export function isTestFilePath(file: string, root: string): boolean {
  const relative = path.relative(root, file).split(path.sep).join('/');
  if (relative.startsWith('../') || path.isAbsolute(relative) || relative.endsWith('.d.ts')) return false;
  const folders = relative.split('/').slice(0, -1);
  if (folders.some((folder) => folder.startsWith('.') || EXCLUDED_FOLDERS.includes(folder))) return false;
  return TEST_SUFFIX.test(relative) || TESTS_FOLDER_FILE.test(relative);
}
