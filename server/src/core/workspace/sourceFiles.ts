// Which files Vouch looks at, and reading them safely: TypeScript sources only (no declaration
// files, no tests, nothing under node_modules or build output), huge and binary files skipped with
// a reason instead of a crash.
import { existsSync, openSync, readSync, closeSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { globSync } from 'tinyglobby';
import { VouchError } from '../errors';
import { EXCLUDED_FOLDERS } from './testFiles';

export const SOURCE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts'];
export const MAX_SOURCE_BYTES = 1_000_000;

const TEST_FILE = /(\.(test|spec)\.[cm]?tsx?$)|([\\/]__tests__[\\/])/;

/** A TypeScript source of the workspace at `root` (not a declaration file, a test, or a file under
 *  node_modules, build output or a dot folder of the workspace). */
export function isVerifiableSource(file: string, root: string): boolean {
  if (!SOURCE_EXTENSIONS.includes(path.extname(file))) return false;
  const relative = path.relative(root, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return false;
  if (/\.d\.[cm]?ts$/.test(relative) || TEST_FILE.test(relative)) return false;
  const folders = relative.split(/[\\/]/).slice(0, -1);
  return !folders.some((part) => EXCLUDED_FOLDERS.includes(part) || part.startsWith('.'));
}

export type SourceRead = { ok: true; text: string } | { ok: false; reason: string };

function looksBinary(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(8192);
    const read = readSync(fd, buffer, 0, buffer.length, 0);
    return buffer.subarray(0, read).includes(0);
  } finally {
    closeSync(fd);
  }
}

/** The text to verify: the unsaved buffer when there is one, else the file, unless it is unfit. */
export function readSource(file: string, overlay: string | undefined): SourceRead {
  if (overlay !== undefined) {
    if (overlay.length > MAX_SOURCE_BYTES) return { ok: false, reason: `too large to verify (${Math.round(overlay.length / 1024)} KB; limit ${MAX_SOURCE_BYTES / 1000} KB)` };
    if (overlay.includes('\0')) return { ok: false, reason: 'binary content' };
    return { ok: true, text: overlay };
  }
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    return { ok: false, reason: 'deleted' };
  }
  if (size > MAX_SOURCE_BYTES) return { ok: false, reason: `too large to verify (${Math.round(size / 1024)} KB; limit ${MAX_SOURCE_BYTES / 1000} KB)` };
  if (looksBinary(file)) return { ok: false, reason: 'binary content' };
  return { ok: true, text: readFileSync(file, 'utf8') };
}

/** The verifiable sources under the given files and folders (absolute paths). */
export function expandPaths(root: string, paths: readonly string[]): string[] {
  const files = new Set<string>();
  for (const given of paths) {
    const absolute = path.resolve(root, given);
    if (!existsSync(absolute)) throw new VouchError('PATH_NOT_FOUND', `no such file or folder: ${given}`);
    if (statSync(absolute).isDirectory()) {
      const found = globSync(SOURCE_EXTENSIONS.map((ext) => `**/*${ext}`), {
        cwd: absolute,
        absolute: true,
        ignore: [...EXCLUDED_FOLDERS.map((folder) => `**/${folder}/**`), '**/.*/**'],
      });
      for (const file of found) if (isVerifiableSource(file, root)) files.add(path.resolve(file));
    } else if (isVerifiableSource(absolute, root)) {
      files.add(absolute);
    }
  }
  return [...files].sort();
}

/** True when `file` is `folder` or inside it. */
export function isInside(file: string, folder: string): boolean {
  const relative = path.relative(folder, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}
