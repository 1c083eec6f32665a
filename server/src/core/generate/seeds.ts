// Every declaration gets its own seed, derived from its file and name, so a counterexample
// replays: the same declaration with the same seed tries the same inputs in the same order.
import { createHash } from 'node:crypto';

export function subjectId(relativePath: string, qualifiedName: string): string {
  return `${relativePath}#${qualifiedName}`;
}

/** A positive 31-bit seed from the subject id; stable across machines and runs. */
export function seedFor(id: string): number {
  return createHash('sha256').update(id).digest().readUInt32BE(0) & 0x7fffffff;
}

export function contentHash(...parts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex').slice(0, 16);
}
