// Which verdicts make a run fail. `--fail-on failed,changed` (the default) exits 1 when anything
// failed or changed behaviour; `unverified` adds declarations that could not be verified; `none`
// never fails on findings (only usage and internal errors exit 2).
import { VouchError } from '../errors';
import { DEFAULT_FAIL_ON, FAIL_ON_STATES } from '../config/vouchConfig';
import type { FailOnState } from '../config/vouchConfig';
import type { VerdictState } from '../model';

const STATES_OF: Record<FailOnState, VerdictState> = { failed: 'failed', changed: 'changed', unverified: 'unverifiable' };

/** `failed,changed`, `unverified`, `none` (several flags add up). */
export function parseFailOn(values: readonly string[]): FailOnState[] {
  const words = values.flatMap((value) => value.split(',')).map((word) => word.trim()).filter(Boolean);
  if (words.length === 1 && words[0] === 'none') return [];
  const states: FailOnState[] = [];
  for (const word of words) {
    if (!FAIL_ON_STATES.includes(word as FailOnState)) {
      throw new VouchError('INVALID_OPTION', `--fail-on takes ${FAIL_ON_STATES.join(', ')} (comma-separated) or none (got ${JSON.stringify(word)})`);
    }
    if (!states.includes(word as FailOnState)) states.push(word as FailOnState);
  }
  return states;
}

/** 1 when some verdict is in a state the policy fails on, else 0. */
export function exitCodeFor(verdicts: readonly { state: VerdictState }[], failOn: readonly FailOnState[] = DEFAULT_FAIL_ON): number {
  const failing = new Set(failOn.map((state) => STATES_OF[state]));
  return verdicts.some((verdict) => failing.has(verdict.state)) ? 1 : 0;
}
