// One call of one version on one input, observed: what it returned (awaited when a promise),
// what it threw and whether that was a crash or a deliberate rejection, whether it settled in
// time, and whether it tried a side effect the sandbox blocked.
import type { CallLog } from './callLog';
import { cloneInput } from './cloneInput';
import { inWorld, SettleTimeout } from './determinism';
import { guardedCall } from './guardedCall';
import type { World } from './determinism';
import { classifyError } from './errorKind';
import type { ErrorKind, ThrowSite } from './errorKind';
import { SetupCallFailed } from './subject';
import type { ModuleNamespace, Subject } from './subject';

export interface BlockedEffect {
  effect: string;
  detail: string;
  message: string;
}

export type Outcome =
  | { kind: 'returned'; value: unknown; self?: unknown; args: unknown[] }
  | { kind: 'threw'; error: unknown; errorKind: ErrorKind; site?: ThrowSite }
  | { kind: 'timeout' }
  /** The instance for a method could not be made: its constructor threw, or a call made on it first. */
  | { kind: 'discarded'; reason: string; step: 'construct' | 'setup' }
  | { kind: 'blocked'; effects: BlockedEffect[] };

interface SandboxHandle {
  takeBlocked(): BlockedEffect[];
}

function sandbox(): SandboxHandle | undefined {
  return (globalThis as Record<symbol, SandboxHandle | undefined>)[Symbol.for('vouch.sandbox')];
}

/** Drops blocked attempts left over from module loading, so they are not blamed on a call. */
export function clearBlocked(): BlockedEffect[] {
  return sandbox()?.takeBlocked() ?? [];
}

const prototypeMaps = new WeakMap<ModuleNamespace, Map<object, object>>();

/** Prototypes of the current version's classes, mapped to the same-named classes of `module`. */
export function prototypesFor(subject: Subject<any>, module: ModuleNamespace): Map<object, object> | undefined {
  if (module === subject.current) return undefined;
  let map = prototypeMaps.get(module);
  if (!map) {
    map = new Map();
    for (const [name, value] of Object.entries(subject.current)) {
      const twin = module[name];
      if (typeof value === 'function' && typeof twin === 'function' && value.prototype && twin.prototype && value !== twin) {
        map.set(value.prototype, twin.prototype);
      }
    }
    prototypeMaps.set(module, map);
  }
  return map;
}

/** How calls are recorded and recognised as known hangs; the rendered input (computed only when
 *  needed) names the call. */
export interface CallContext {
  calls: CallLog;
  rendered: () => string;
}

export async function observe<Input extends unknown[]>(
  subject: Subject<Input>,
  module: ModuleNamespace,
  input: Input,
  world: World,
  context?: CallContext,
): Promise<Outcome> {
  const version = module === subject.current ? 'current' : 'baseline';
  if (context && !context.calls.before(version, context.rendered)) return { kind: 'timeout' };
  const outcome = await observeCall(subject, module, input, world, context?.calls.guarded ?? false);
  context?.calls.after(version);
  if (outcome.kind === 'timeout') context?.calls.timedOut(version, context.rendered);
  return outcome;
}

async function observeCall<Input extends unknown[]>(
  subject: Subject<Input>,
  module: ModuleNamespace,
  input: Input,
  world: World,
  guarded: boolean,
): Promise<Outcome> {
  const limited = <T>(run: () => T): (() => T) => (guarded ? () => guardedCall(run, subject.callTimeoutMs) : run);
  const args = cloneInput(input, prototypesFor(subject, module));
  const isUserFile = (file: string) => file.startsWith(subject.userRoot) && !file.includes('/node_modules/');
  clearBlocked();
  let self: object | undefined;
  if (subject.construct) {
    try {
      self = await inWorld(world, subject.callTimeoutMs, limited(() => subject.construct!(module, args)));
    } catch (error) {
      const blocked = clearBlocked();
      if (blocked.length > 0) return { kind: 'blocked', effects: blocked };
      if (error instanceof SettleTimeout) return { kind: 'timeout' };
      if (error instanceof SetupCallFailed) return { kind: 'discarded', reason: error.message, step: 'setup' };
      return { kind: 'discarded', reason: String(error), step: 'construct' };
    }
  }
  try {
    const value = await inWorld(world, subject.callTimeoutMs, limited(() => subject.call(module, args, self)));
    const blocked = clearBlocked();
    if (blocked.length > 0) return { kind: 'blocked', effects: blocked };
    return { kind: 'returned', value, self, args };
  } catch (error) {
    const blocked = clearBlocked();
    if (blocked.length > 0) return { kind: 'blocked', effects: blocked };
    if (error instanceof SettleTimeout) return { kind: 'timeout' };
    const { kind, site } = classifyError(error, isUserFile);
    return { kind: 'threw', error, errorKind: kind, site };
  }
}
