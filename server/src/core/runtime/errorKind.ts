// Is a thrown error a crash (the runtime failed: reading a property of undefined, a bad
// argument to a built-in) or a rejection (the code said no on purpose: `throw new RangeError(…)`)?
// A native error class is a crash unless the top stack frame in user code is a `throw` or a
// `new …Error(` on that line. Any other class is a deliberate rejection.
import { readFileSync } from 'node:fs';

const CRASH_CLASSES = new Set(['TypeError', 'RangeError', 'ReferenceError', 'URIError', 'EvalError', 'InternalError']);

export type ErrorKind = 'crash' | 'rejection';

export interface ThrowSite {
  file: string;
  /** The module id's query (`?vouch=baseline`), when the frame is in a served version. */
  query: string;
  line: number;
  column: number;
}

const lineCache = new Map<string, string[] | null>();

/** Texts the runner served from memory (unsaved buffers, baselines), registered by the modules
 *  themselves under their id (`/abs/a.ts` or `/abs/a.ts?vouch=baseline`). */
export const SERVED_SOURCES = Symbol.for('vouch.servedSources');

function servedSource(id: string): string | undefined {
  const sources = (globalThis as Record<symbol, Map<string, string> | undefined>)[SERVED_SOURCES];
  return sources?.get(id);
}

function sourceLines(id: string): string[] | null {
  const served = servedSource(id);
  if (served !== undefined) return served.split(/\r?\n/);
  let lines = lineCache.get(id);
  if (lines === undefined) {
    try {
      lines = readFileSync(id.replace(/\?.*$/, ''), 'utf8').split(/\r?\n/);
    } catch {
      lines = null;
    }
    lineCache.set(id, lines);
  }
  return lines;
}

const FRAME = /\(?((?:file:\/\/)?\/[^():?]+?)(\?[^:)]*)?:(\d+):(\d+)\)?\s*$/;

/** Stack frames that point into the user's files (not node_modules, not node internals, not Vouch). */
export function userFrames(error: Error, isUserFile: (file: string) => boolean): ThrowSite[] {
  const frames: ThrowSite[] = [];
  for (const line of (error.stack ?? '').split('\n').slice(1)) {
    const match = FRAME.exec(line.trim());
    if (!match) continue;
    const file = match[1].replace(/^file:\/\//, '');
    if (!isUserFile(file)) continue;
    frames.push({ file, query: match[2] ?? '', line: Number(match[3]), column: Number(match[4]) });
  }
  return frames;
}

function isDeliberateThrow(site: ThrowSite): boolean {
  const text = sourceLines(site.file + site.query)?.[site.line - 1];
  if (text === undefined) return false;
  return /\bthrow\b/.test(text) || /\bnew\s+[A-Z]\w*Error\s*\(/.test(text) || /\breject\s*\(/.test(text);
}

/**
 * Classifications by error class and message. Reading a stack makes vitest map it through source
 * maps, which costs far more than the call; a guard that throws the same error for many inputs
 * is classified once.
 */
const classified = new Map<string, { kind: ErrorKind; site?: ThrowSite }>();
const CLASSIFIED_LIMIT = 500;

export function classifyError(error: unknown, isUserFile: (file: string) => boolean): { kind: ErrorKind; site?: ThrowSite } {
  if (!(error instanceof Error)) return { kind: 'rejection' };
  const key = `${error.name}\0${error.message}`;
  const known = classified.get(key);
  if (known) return known;
  const result = classifyByStack(error, isUserFile);
  if (classified.size >= CLASSIFIED_LIMIT) classified.delete(classified.keys().next().value!);
  classified.set(key, result);
  return result;
}

function classifyByStack(error: Error, isUserFile: (file: string) => boolean): { kind: ErrorKind; site?: ThrowSite } {
  const site = userFrames(error, isUserFile)[0];
  if (!CRASH_CLASSES.has(error.name)) return { kind: 'rejection', site };
  if (error.name === 'RangeError' && /Maximum call stack size exceeded/.test(error.message)) return { kind: 'crash', site };
  if (site && isDeliberateThrow(site)) return { kind: 'rejection', site };
  return { kind: 'crash', site };
}
