// `slowdown`: the new version is several times slower than the old on the same inputs. Both are
// timed on the check's own inputs and on grown ones (lists and strings joined: work repeated in a
// loop shows with size), in alternating batches. A warning needs the whole set several times
// slower, the slowest input slow enough to matter, and a second, longer timing of that input that
// agrees: a busy machine slows both versions alike, and one noisy batch cannot raise it.
import fc from 'fast-check';
import { CallLog } from './callLog';
import type { CheckMeta } from './checkMeta';
import { withBaselineArity } from './checks';
import { cloneInput } from './cloneInput';
import { defaultWorld, inWorldSync, isThenable } from './determinism';
import { grownInputs } from './grownInputs';
import { clearBlocked, prototypesFor } from './observe';
import { timePair } from './pairedTiming';
import type { TimedCall, TimingOptions } from './pairedTiming';
import { ProgressLog } from './progress';
import { hungOn, renderInput } from './propertyRun';
import type { ModuleNamespace, Subject } from './subject';

/** How many times slower counts as a slowdown. */
export const SLOWDOWN_FACTOR = 5;
/** A call of the new version faster than this (20 µs) is not worth a warning, whatever the ratio. */
export const MIN_SLOW_CALL_MS = 0.02;
const SCREEN: TimingOptions = { batchMs: 1, rounds: 3, maxReps: 200 };
const CONFIRM: TimingOptions = { batchMs: 4, rounds: 9, maxReps: 1_000 };
/** Generated inputs drawn (the checks' first ones); grown inputs join the first 10, 100 and 1500. */
const SAMPLED = 1_500;
const GROWN = [10, 100, 1_500];
const NATURAL = 10;
const BUDGET_MS = 600;

interface Timed<Input> {
  input: Input;
  oldMs: number;
  newMs: number;
}

function ms(value: number): string {
  if (value >= 100) return `${Math.round(value)} ms`;
  if (value >= 1) return `${value.toFixed(1)} ms`;
  return `${value.toPrecision(2)} ms`;
}

/** The longest list or string among the arguments: how big the input that shows it is. */
function largestLength(input: readonly unknown[]): number {
  return Math.max(0, ...input.map((value) => (Array.isArray(value) || typeof value === 'string' ? value.length : 0)));
}

function times(ratio: number): string {
  return ratio >= 10 ? `${Math.round(ratio)}×` : `${ratio.toFixed(1)}×`;
}

export async function slowdownCheck<Input extends unknown[]>(full: Subject<Input>): Promise<CheckMeta> {
  const subject = withBaselineArity(full);
  const started = performance.now();
  const meta = (partial: Omit<CheckMeta, 'check' | 'durationMs'>): CheckMeta => ({ check: 'slowdown', durationMs: Math.round(performance.now() - started), ...partial });
  const baseline = subject.baseline;
  if (!baseline) return meta({ status: 'skipped', inputs: 0, notes: [], reason: 'no old version to time against' });
  if (subject.returnsPromise) return meta({ status: 'skipped', inputs: 0, notes: [], reason: 'asynchronous: only synchronous code is timed' });

  const progress = new ProgressLog(subject.id);
  const calls = new CallLog(subject.id, 'slowdown', progress);
  // A declaration that hangs on some input (found by a check here or in an earlier run) is not
  // timed: its calls would only find the hang again, and each hang costs a fresh worker.
  const hang = hungOn(subject.id);
  if (hang || calls.guarded) {
    progress.close();
    return meta({ status: 'skipped', inputs: 0, notes: [], reason: `not timed: the declaration ${hang ? `hangs on ${hang}` : 'hung on an input in an earlier run'}` });
  }
  /** One version's calls on an input; the call runs in the same world as the other checks'. */
  const timedCall = (module: ModuleNamespace, input: Input, rendered: () => string): TimedCall => {
    const prototypes = prototypesFor(subject, module);
    const version = module === subject.current ? 'current' : 'baseline';
    return {
      prepare: () => cloneInput(input, prototypes),
      run: (args) =>
        inWorldSync(defaultWorld, () => {
          const self = subject.construct?.(module, args as Input);
          if (isThenable(self)) throw new TypeError('asynchronous setup');
          const value = subject.call(module, args as Input, self);
          if (isThenable(value)) throw new TypeError('asynchronous result');
        }),
      starting: () => calls.before(version, rendered),
      finished: () => calls.after(version),
    };
  };
  /** Both versions answer this input synchronously, with a value, touching nothing blocked. */
  const usable = (oldCall: TimedCall, newCall: TimedCall, rendered: () => string): boolean => {
    for (const [call, version] of [[oldCall, 'baseline'], [newCall, 'current']] as const) {
      if (!calls.before(version, rendered)) return false;
      clearBlocked();
      try {
        call.run(call.prepare());
      } catch {
        return false;
      } finally {
        calls.after(version);
      }
      if (clearBlocked().length > 0) return false;
    }
    return true;
  };

  try {
    const sampled = fc.sample(subject.inputs, { seed: subject.seed, numRuns: subject.numRuns === 1 ? 1 : SAMPLED });
    // Without parameters every call is the same: one is enough.
    const natural = subject.numRuns === 1 ? sampled.slice(0, 1) : [...subject.examples, ...sampled.slice(0, NATURAL)];
    const candidates = [...grownInputs(sampled, GROWN, subject.member ? 1 : 0).reverse(), ...natural];
    const timed: Timed<Input>[] = [];
    for (const input of candidates) {
      if (performance.now() - started > BUDGET_MS) break;
      const rendered = () => renderInput(subject, input);
      const oldCall = timedCall(baseline, input, rendered);
      const newCall = timedCall(subject.current, input, rendered);
      if (!usable(oldCall, newCall, rendered)) continue;
      try {
        timed.push({ input, ...timePair(oldCall, newCall, SCREEN) });
      } catch {
        // a call that threw while timed (it answers differently from run to run): not timed
      }
    }
    if (timed.length === 0) return meta({ status: 'skipped', inputs: 0, notes: [], reason: 'no input could be timed (every one threw, was asynchronous or was blocked)' });

    const oldTotal = timed.reduce((sum, t) => sum + t.oldMs, 0);
    const newTotal = timed.reduce((sum, t) => sum + t.newMs, 0);
    const slow = timed.filter((t) => t.newMs >= MIN_SLOW_CALL_MS && t.newMs >= t.oldMs * SLOWDOWN_FACTOR);
    if (newTotal < oldTotal * SLOWDOWN_FACTOR || slow.length === 0) return meta({ status: 'passed', inputs: timed.length, notes: [] });

    const worst = slow.reduce((a, b) => (b.newMs / b.oldMs > a.newMs / a.oldMs ? b : a));
    const rendered = () => renderInput(subject, worst.input);
    const again = timePair(timedCall(baseline, worst.input, rendered), timedCall(subject.current, worst.input, rendered), CONFIRM);
    const ratio = again.newMs / again.oldMs;
    if (again.newMs < MIN_SLOW_CALL_MS || ratio < SLOWDOWN_FACTOR) {
      return meta({ status: 'passed', inputs: timed.length, notes: [`a first timing showed a slowdown that a longer one did not confirm (${times(ratio)} on the slowest input)`] });
    }
    const input = renderInput(subject, worst.input);
    const size = largestLength(worst.input);
    return meta({
      status: 'failed',
      inputs: timed.length,
      notes: [],
      finding: {
        kind: 'slowdown',
        message: `${times(ratio)} slower: ${ms(again.oldMs)} → ${ms(again.newMs)} a call on ${size > 20 ? `an input ${size} items long` : 'one input'}; ${ms(oldTotal)} → ${ms(newTotal)} over ${timed.length} inputs timed`,
        input,
        old: ms(again.oldMs),
        new: ms(again.newMs),
        failingInputs: slow.length,
        totalInputs: timed.length,
        seed: subject.seed,
      },
    });
  } finally {
    progress.record('slowdown', '', 'done');
    progress.close();
  }
}
