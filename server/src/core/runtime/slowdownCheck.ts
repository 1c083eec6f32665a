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
import { valuesEqual } from './compareValues';
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
/** Generated inputs drawn (the checks' first ones); grown inputs join the first 50 and all. */
const SAMPLED = 1_500;
const GROWN = [50, 1_500];
const NATURAL = 10;
/** Drawing stops after this long: large inputs of a rich type are slow to make. */
const SAMPLING_MS = 50;
const BUDGET_MS = 600;

interface Timed<Input> {
  input: Input;
  /** Each call gets its own copy of the input (a version mutates it). */
  fresh: boolean;
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

/** Up to `count` generated inputs, drawn in chunks until `withinMs` has passed; only the first
 *  chunk when `grows` says more would not make a larger input (no list or string argument). */
function sampleWithin<Input extends unknown[]>(subject: Subject<Input>, count: number, withinMs: number, grows: (inputs: Input[]) => boolean): Input[] {
  const start = performance.now();
  const sampled: Input[] = [];
  for (let chunk = 0; sampled.length < count && (chunk === 0 || performance.now() - start < withinMs); chunk++) {
    sampled.push(...fc.sample(subject.inputs, { seed: subject.seed + chunk, numRuns: Math.min(50, count - sampled.length) }));
    if (chunk === 0 && !grows(sampled)) break;
  }
  return sampled;
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
    return meta({ status: 'skipped', inputs: 0, notes: [], reason: `not run: the declaration hangs ${hang ? `on ${hang}` : '(on an input of an earlier run)'}` });
  }
  /** One version's calls on an input; the call runs in the same world as the other checks'. */
  const timedCall = (module: ModuleNamespace, input: Input, rendered: () => string, fresh = true, copy?: unknown): TimedCall => {
    const prototypes = prototypesFor(subject, module);
    const version = module === subject.current ? 'current' : 'baseline';
    // A call that leaves its arguments as they were can share one copy: copying a grown input for
    // every call would cost more than the calls.
    let shared = copy;
    return {
      prepare: () => (fresh ? cloneInput(input, prototypes) : (shared ??= cloneInput(input, prototypes))),
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
  /** Both versions answer this input synchronously, with a value, touching nothing blocked; and
   *  one call of either takes long enough to be worth timing (a call of a few microseconds cannot
   *  reach MIN_SLOW_CALL_MS, whatever the ratio, and timing it well costs a thousand calls). */
  type Trial = { answer: 'unusable' | 'quick' } | { answer: 'worth timing'; mutates: boolean; copies: [unknown, unknown] };
  const trial = (oldCall: TimedCall, newCall: TimedCall, rendered: () => string): Trial => {
    let longest = 0;
    let mutates = false;
    const copies: unknown[] = [];
    for (const [call, version] of [[oldCall, 'baseline'], [newCall, 'current']] as const) {
      if (!calls.before(version, rendered)) return { answer: 'unusable' };
      clearBlocked();
      const args = call.prepare();
      const start = performance.now();
      try {
        call.run(args);
      } catch {
        return { answer: 'unusable' };
      } finally {
        calls.after(version);
      }
      longest = Math.max(longest, performance.now() - start);
      if (clearBlocked().length > 0) return { answer: 'unusable' };
      const untouched = call.prepare();
      mutates ||= !valuesEqual(args, untouched);
      copies.push(untouched);
    }
    return longest >= MIN_SLOW_CALL_MS / 2 ? { answer: 'worth timing', mutates, copies: copies as [unknown, unknown] } : { answer: 'quick' };
  };

  try {
    const fixed = subject.member ? 1 : 0;
    const grows = (inputs: Input[]) => grownInputs(inputs, [inputs.length], fixed).length > 0;
    const sampled = subject.numRuns === 1 ? fc.sample(subject.inputs, { seed: subject.seed, numRuns: 1 }) : sampleWithin(subject, SAMPLED, SAMPLING_MS, grows);
    // Without parameters every call is the same: one is enough.
    const natural = subject.numRuns === 1 ? sampled.slice(0, 1) : [...subject.examples, ...sampled.slice(0, NATURAL)];
    const candidates = [...grownInputs(sampled, GROWN, fixed).reverse(), ...natural];
    const timed: Timed<Input>[] = [];
    /** Inputs both versions answered, timed or too quick to matter. */
    let answered = 0;
    for (const input of candidates) {
      if (performance.now() - started > BUDGET_MS) break;
      const rendered = () => renderInput(subject, input);
      const tried = trial(timedCall(baseline, input, rendered), timedCall(subject.current, input, rendered), rendered);
      if (tried.answer !== 'unusable') answered++;
      if (tried.answer !== 'worth timing') continue;
      try {
        const fresh = tried.mutates;
        const [oldCopy, newCopy] = tried.copies;
        timed.push({ input, fresh, ...timePair(timedCall(baseline, input, rendered, fresh, oldCopy), timedCall(subject.current, input, rendered, fresh, newCopy), SCREEN) });
      } catch {
        // a call that threw while timed (it answers differently from run to run): not timed
        continue;
      }
      // The largest input, timed first, weighs most in the total: far from slower there, the total
      // cannot come out several times slower, and the rest need not be timed.
      const [first] = timed;
      if (timed.length === 1 && input === candidates[0] && first.newMs < first.oldMs * (SLOWDOWN_FACTOR / 2)) break;
    }
    if (timed.length === 0) {
      // Every call answered in microseconds (nothing to warn about) or could not be timed.
      return answered > 0 ? meta({ status: 'passed', inputs: answered, notes: [] }) : meta({ status: 'skipped', inputs: 0, notes: [], reason: 'no input could be timed (every one threw, was asynchronous or was blocked)' });
    }

    const oldTotal = timed.reduce((sum, t) => sum + t.oldMs, 0);
    const newTotal = timed.reduce((sum, t) => sum + t.newMs, 0);
    const slow = timed.filter((t) => t.newMs >= MIN_SLOW_CALL_MS && t.newMs >= t.oldMs * SLOWDOWN_FACTOR);
    if (newTotal < oldTotal * SLOWDOWN_FACTOR || slow.length === 0) return meta({ status: 'passed', inputs: answered, notes: [] });

    const worst = slow.reduce((a, b) => (b.newMs / b.oldMs > a.newMs / a.oldMs ? b : a));
    const rendered = () => renderInput(subject, worst.input);
    const again = timePair(timedCall(baseline, worst.input, rendered, worst.fresh), timedCall(subject.current, worst.input, rendered, worst.fresh), CONFIRM);
    const ratio = again.newMs / again.oldMs;
    if (again.newMs < MIN_SLOW_CALL_MS || ratio < SLOWDOWN_FACTOR) {
      return meta({ status: 'passed', inputs: answered, notes: [`a first timing showed a slowdown that a longer one did not confirm (${times(ratio)} on the slowest input)`] });
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
