// Times the old and the new version on one input, with the noise of a shared machine in mind:
// both run once untimed first (lazy initialisation, JIT), each timed batch repeats the call often
// enough to be read well above the clock's resolution, batches of the two versions alternate in
// order (old-new, new-old, …) so a burst of load hits both alike, and the median batch is kept.

/** A version's calls on one input: `prepare` makes a fresh copy of the input (a call may mutate
 *  it), untimed; `run` makes the call on it, timed. */
export interface TimedCall {
  prepare(): unknown;
  run(prepared: unknown): void;
  /** Called around each batch, untimed (progress records for the hang watchdog). */
  starting?(): void;
  finished?(): void;
}

export interface PairTiming {
  /** Median milliseconds a call, old and new. */
  oldMs: number;
  newMs: number;
  /** Calls in each timed batch. */
  reps: number;
}

/** The real clock, taken before any world replaces the globals. */
const clock = performance.now.bind(performance);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function batch(call: TimedCall, reps: number): number {
  const inputs = Array.from({ length: reps }, () => call.prepare());
  call.starting?.();
  const start = clock();
  for (const input of inputs) call.run(input);
  const perCall = (clock() - start) / reps;
  call.finished?.();
  return perCall;
}

export interface TimingOptions {
  /** How long a batch should take, in ms. */
  batchMs: number;
  rounds: number;
  maxReps: number;
}

export function timePair(oldCall: TimedCall, newCall: TimedCall, options: TimingOptions): PairTiming {
  const once = Math.max(batch(oldCall, 1), batch(newCall, 1), 0.0005);
  const reps = Math.max(1, Math.min(options.maxReps, Math.ceil(options.batchMs / once)));
  const olds: number[] = [];
  const news: number[] = [];
  for (let round = 0; round < options.rounds; round++) {
    if (round % 2 === 0) {
      olds.push(batch(oldCall, reps));
      news.push(batch(newCall, reps));
    } else {
      news.push(batch(newCall, reps));
      olds.push(batch(oldCall, reps));
    }
  }
  return { oldMs: median(olds), newMs: median(news), reps };
}
