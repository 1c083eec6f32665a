// Two functions compare equal by value only if they answer alike. When old and new return
// functions (a factory, a curried helper, an operator), both are called with the same small set
// of probe arguments, each call stoppable, under the same seeded world; the first probe on which
// they answer differently is a behaviour change. A probe the old function does not answer in time
// says nothing; one the new function does not answer is tried again with a longer deadline, so a
// busy machine is not read as a new hang.
import { firstDifference } from './compareValues';
import { guardedCall } from './guardedCall';
import { renderCall, renderValue } from './renderValue';
import type { World } from './determinism';
import { inWorldSync, SettleTimeout } from './determinism';

/** How many argument lists, drawn from the returned function's parameter types, probe it. */
export const PROBE_COUNT = 12;

const PROBE_TIMEOUT_MS = 250;
/** The second, longer deadline for a probe the new function did not answer in time. */
export const PROBE_RETRY_TIMEOUT_MS = 1_000;

type FunctionPair = { where: string; before: (...args: unknown[]) => unknown; after: (...args: unknown[]) => unknown };

/** Functions at the same place in both values (the values themselves, or members a few levels deep). */
export function pairedFunctions(before: unknown, after: unknown, where = 'the result', depth = 0, found: FunctionPair[] = []): FunctionPair[] {
  if (typeof before === 'function' && typeof after === 'function') {
    found.push({ where, before: before as FunctionPair['before'], after: after as FunctionPair['after'] });
  } else if (depth < 3 && before && after && typeof before === 'object' && typeof after === 'object') {
    for (const key of Object.keys(before)) {
      if (key in (after as object)) pairedFunctions((before as Record<string, unknown>)[key], (after as Record<string, unknown>)[key], `${where}.${key}`, depth + 1, found);
    }
  }
  return found;
}

interface Answer {
  text: string;
  /** No answer within the deadline. */
  timedOut: boolean;
}

function answer(fn: (...args: unknown[]) => unknown, args: unknown[], world: World, timeoutMs = PROBE_TIMEOUT_MS): Answer {
  try {
    return { text: `returns ${renderValue(inWorldSync(world, () => guardedCall(() => fn(...args), timeoutMs)))}`, timedOut: false };
  } catch (error) {
    const text = error instanceof Error ? `throws ${error.name}: ${error.message}` : `throws ${renderValue(error)}`;
    return { text, timedOut: error instanceof SettleTimeout };
  }
}

export interface ProbeDifference {
  where: string;
  call: string;
  old: string;
  new: string;
}

/** The first probe on which paired functions answer differently, or undefined. */
export function probeDifference(pairs: readonly FunctionPair[], probes: readonly unknown[][], world: World): ProbeDifference | undefined {
  for (const pair of pairs) {
    for (const args of probes) {
      const old = answer(pair.before, args, world);
      if (old.timedOut) continue;
      let now = answer(pair.after, args, world);
      if (now.timedOut) now = answer(pair.after, args, world, PROBE_RETRY_TIMEOUT_MS);
      if (old.text === now.text) continue;
      // Rendered answers can differ only in float noise; compare the values when both returned.
      if (old.text.startsWith('returns ') && now.text.startsWith('returns ')) {
        const a = safely(() => pair.before(...args));
        const b = safely(() => pair.after(...args));
        if (a.ok && b.ok && firstDifference(a.value, b.value) === undefined) continue;
      }
      return { where: pair.where, call: renderCall('f', args), old: old.text, new: now.text };
    }
  }
  return undefined;
}

function safely(run: () => unknown): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: guardedCall(run, PROBE_TIMEOUT_MS) };
  } catch {
    return { ok: false };
  }
}
