// What one generated test reports back to the engine, through vitest's `task.meta.vouch`.
// Plain data: it crosses from the worker to the runner to the engine.
import type { CheckKind, CheckStatus, Finding } from '../model';
import type { BlockedEffect } from './observe';

export interface CheckMeta {
  check: CheckKind;
  status: CheckStatus;
  /** Inputs tried. */
  inputs: number;
  reason?: string;
  finding?: Finding;
  /** What a person should know: discarded inputs, pre-existing failures, nondeterminism. */
  notes: string[];
  blocked?: BlockedEffect[];
  durationMs: number;
}

export const META_KEY = 'vouch';

/** The side effect a blocked attempt needs, in the words of an unverifiable verdict. */
export function needsPhrase(effects: readonly BlockedEffect[]): string {
  const kinds = new Set(effects.map((e) => e.effect));
  if (kinds.has('network')) return 'needs network';
  if (kinds.has('process')) return 'starts processes';
  if (kinds.has('exit')) return 'exits the process';
  if (kinds.has('filesystem')) return 'writes files';
  return 'needs a side effect the sandbox blocks';
}
