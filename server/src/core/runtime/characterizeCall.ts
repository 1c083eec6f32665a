// One call of the current code on one input, recorded as code for a characterization test: the
// value it returned or resolved to (and how a test should compare it), or the error it threw on
// purpose. A call Vouch should not write down as expected behaviour (a crash, a hang, a blocked side
// effect, a result that has no literal form) gives the reason instead.
import type { CharacterizeSpec } from './characterize';
import type { Matcher, RecordedOutcome } from './characterizeMeta';
import { inWorld, isThenable, SettleTimeout } from './determinism';
import type { World } from './determinism';
import { classifyError } from './errorKind';
import { guardedCall } from './guardedCall';
import { clearBlocked } from './observe';
import type { BlockedEffect } from './observe';
import { truncate } from './renderValue';
import { valueLiteral } from '../persistentTests/valueLiteral';

export type CallRecord = { outcome: RecordedOutcome } | { skip: string };

/** The longest recorded result; longer ones are not readable as an expectation. */
const MAX_RESULT_LENGTH = 240;

function blockedReason(effects: BlockedEffect[]): string {
  return `needs a side effect the sandbox blocks (${[...new Set(effects.map((e) => e.effect))].join(', ')})`;
}

/** `toBe` for primitives, `toMatchObject` for a class instance (its own fields), else `toEqual`. */
function matcherFor(value: unknown, loose: boolean): Matcher {
  if (value === null || typeof value !== 'object') return 'toBe';
  const builtin = Array.isArray(value) || value instanceof Date || value instanceof Map || value instanceof Set || value instanceof RegExp || ArrayBuffer.isView(value);
  return loose && !builtin && Object.getPrototypeOf(value) !== Object.prototype ? 'toMatchObject' : 'toEqual';
}

function errorClassName(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined;
  return (error.constructor as { name?: string } | undefined)?.name || error.name;
}

export async function characterizeCall<Input extends unknown[]>(
  spec: CharacterizeSpec<Input>,
  input: Input,
  world: World,
  guarded: boolean,
): Promise<CallRecord> {
  const limited = <T>(run: () => T): (() => T) => (guarded ? () => guardedCall(run, spec.callTimeoutMs) : run);
  const isUserFile = (file: string) => file.startsWith(spec.userRoot) && !file.includes('/node_modules/');
  const module = spec.current;
  clearBlocked();
  let self: object | undefined;
  if (spec.construct) {
    try {
      self = await inWorld(world, spec.callTimeoutMs, limited(() => spec.construct!(module, input)));
    } catch (error) {
      const blocked = clearBlocked();
      if (blocked.length > 0) return { skip: blockedReason(blocked) };
      if (error instanceof SettleTimeout) return { skip: `does not settle within ${spec.callTimeoutMs} ms` };
      return { skip: 'the instance cannot be built' };
    }
  }
  let async = false;
  try {
    const value = await inWorld(
      world,
      spec.callTimeoutMs,
      limited(() => {
        const result = spec.call(module, input, self);
        async = isThenable(result);
        return result;
      }),
    );
    const blocked = clearBlocked();
    if (blocked.length > 0) return { skip: blockedReason(blocked) };
    const written = valueLiteral(value, { instances: 'fields', maxLength: MAX_RESULT_LENGTH });
    if (!written.ok) return { skip: `the result is ${written.reason}` };
    const outcome: RecordedOutcome = { kind: 'value', async, code: written.code, matcher: matcherFor(value, written.loose) };
    if (value === undefined && self !== undefined && spec.member && !spec.member.getter) {
      const state = valueLiteral(self, { instances: 'fields', maxLength: MAX_RESULT_LENGTH });
      if (state.ok && state.code !== '{}') outcome.state = state.code;
    }
    return { outcome };
  } catch (error) {
    const blocked = clearBlocked();
    if (blocked.length > 0) return { skip: blockedReason(blocked) };
    if (error instanceof SettleTimeout) return { skip: `does not settle within ${spec.callTimeoutMs} ms` };
    const name = errorClassName(error);
    const message = error instanceof Error ? error.message : String(error);
    // A crash is a bug to report (`vouch verify` does), not behaviour to pin down in a test.
    if (classifyError(error, isUserFile).kind === 'crash') return { skip: `crashes with ${name}: ${truncate(message, 80)}` };
    return { outcome: { kind: 'throws', async, errorName: name, message } };
  }
}

/** Two records that a test could not tell apart. */
export function sameRecord(a: CallRecord, b: CallRecord): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
