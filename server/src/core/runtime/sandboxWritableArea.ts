// Where a write lands, decided the way the kernel decides it: relative paths against the working
// directory, `file:` URLs and Buffers as paths, and every existing component through its real
// path, so neither a symlink inside a writable folder nor `link/../x` reaches outside it.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Captured once: reads are never wrapped, but user code may replace these.
const realpath = fs.realpathSync.native;
const constants = fs.constants;

/** A path given as a string, Buffer or `file:` URL, as a string; undefined for anything else
 *  (a file descriptor, a FileHandle, an invalid argument the original function will reject). */
export function pathArgument(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Buffer.isBuffer(value)) return value.toString('utf8');
  if (isUrlLike(value)) return value.protocol === 'file:' ? fileURLToPath(value.href) : undefined;
  return undefined;
}

// Node accepts any object that looks like a WHATWG URL (`internal/url` isURL), not only URL instances.
function isUrlLike(value: unknown): value is { href: string; protocol: string } {
  if (value instanceof URL) return true;
  const candidate = value as { href?: unknown; protocol?: unknown } | null;
  return typeof candidate === 'object' && candidate !== null && typeof candidate.href === 'string' && typeof candidate.protocol === 'string';
}

/**
 * The absolute real path a write to `target` would touch. With `followLast` false the last
 * component is the link itself (unlink, rename, lchown, the new name of a link).
 */
export function resolveWriteTarget(target: string, followLast: boolean): string {
  const absolute = path.isAbsolute(target) ? target : `${process.cwd()}${path.sep}${target}`;
  const segments = absolute.slice(path.parse(absolute).root.length).split(/[\\/]+/).filter(Boolean);
  let current = path.parse(absolute).root;
  segments.forEach((segment, index) => {
    if (segment === '.') return;
    if (segment === '..') {
      current = path.dirname(current);
      return;
    }
    const next = path.join(current, segment);
    const isLast = index === segments.length - 1;
    current = isLast && !followLast ? next : realOrSelf(next);
  });
  return current;
}

function realOrSelf(candidate: string): string {
  try {
    return realpath(candidate);
  } catch {
    return candidate;
  }
}

/** The writable directories as real paths: a folder given through a symlink (macOS `/var`)
 *  matches the real paths that writes resolve to. */
export function resolveWritableDirs(dirs: readonly string[]): string[] {
  for (const dir of dirs) {
    if (!path.isAbsolute(dir)) throw new TypeError(`Vouch sandbox: writable directory must be absolute, got "${dir}"`);
  }
  return [...new Set(dirs.map((dir) => resolveWriteTarget(dir, true)))];
}

export function isInsideAny(target: string, dirs: readonly string[]): boolean {
  return dirs.some((dir) => target === dir || target.startsWith(dir.endsWith(path.sep) ? dir : dir + path.sep));
}

const WRITE_BITS = constants.O_WRONLY | constants.O_RDWR | constants.O_CREAT | constants.O_TRUNC | constants.O_APPEND;
const READ_ONLY_FLAGS = new Set(['r', 'rs', 'sr']);

/** Whether `open` flags (`'w'`, `'a+'`, `O_WRONLY | O_CREAT`) can change a file. Missing means `'r'`. */
export function isWriteFlag(flags: unknown): boolean {
  if (flags === undefined || flags === null) return false;
  if (typeof flags === 'number') return (flags & WRITE_BITS) !== 0;
  return typeof flags !== 'string' || !READ_ONLY_FLAGS.has(flags);
}
