// Every call a check makes goes through the call log: it writes the progress record the hang
// watchdog reads (which input, which version), and it answers "hangs" at once for inputs already
// known to hang, whether found by the watchdog in an earlier run or by a timeout in this worker.
import type { CodeVersion, KnownHangs, ProgressLog } from './progress';
import { readKnownHangs } from './progress';

let fromEarlierRuns: KnownHangs | undefined;
/** Inputs that timed out in this worker, by subject and version. */
const foundHere: KnownHangs = {};

function known(subject: string, version: CodeVersion): Set<string> {
  fromEarlierRuns ??= readKnownHangs();
  return new Set([...(fromEarlierRuns[subject]?.[version] ?? []), ...(foundHere[subject]?.[version] ?? [])]);
}

function knownIndexes(subject: string, version: CodeVersion): Set<number> {
  fromEarlierRuns ??= readKnownHangs();
  const key = version === 'current' ? 'currentIndexes' : 'baselineIndexes';
  return new Set([...(fromEarlierRuns[subject]?.[key] ?? []), ...(foundHere[subject]?.[key] ?? [])]);
}

/** An input's rendering, given as is or computed on first use. */
export type Rendered = string | (() => string);

/** Run indexes of a check's first pass that hung in an earlier run, to replay first. */
export function replaysFor(subject: string, check: string): number[] {
  fromEarlierRuns ??= readKnownHangs();
  return (fromEarlierRuns[subject]?.replay ?? []).filter((r) => r.check === check).map((r) => r.index);
}

export class CallLog {
  /** The first pass's run index, recorded with each call (undefined while shrinking). */
  runIndex: number | undefined;

  constructor(
    private readonly subject: string,
    private readonly check: string,
    private readonly progress: ProgressLog,
  ) {}

  /** True when the subject hung in an earlier run: its calls then run with a stoppable deadline. */
  get guarded(): boolean {
    fromEarlierRuns ??= readKnownHangs();
    return this.subject in fromEarlierRuns;
  }

  /**
   * Records the call about to run; false when the input is known to hang on this version. In the
   * first pass the run index names the input (every check of a subject draws the same sequence),
   * so nothing is rendered on the common path; while shrinking the rendering names it.
   */
  before(version: CodeVersion, rendered: Rendered): boolean {
    const render = typeof rendered === 'function' ? rendered : () => rendered;
    const byText = known(this.subject, version);
    if (this.runIndex !== undefined) {
      if (knownIndexes(this.subject, version).has(this.runIndex)) return false;
      if (byText.size > 0 && byText.has(render())) return false;
      this.progress.record(this.check, '', 'call', version, this.runIndex);
      return true;
    }
    const text = render();
    if (byText.has(text)) return false;
    this.progress.record(this.check, text, 'call', version);
    return true;
  }

  /** Records that the call settled (returned, threw or timed out): the worker is no longer inside it. */
  after(version: CodeVersion): void {
    this.progress.record(this.check, '', 'returned', version, this.runIndex);
  }

  /** Remembers an input whose call did not settle in time, so later checks do not wait again. */
  timedOut(version: CodeVersion, rendered: Rendered): void {
    const bySubject = (foundHere[this.subject] ??= {});
    if (this.runIndex !== undefined) {
      const key = version === 'current' ? 'currentIndexes' : 'baselineIndexes';
      (bySubject[key] ??= []).push(this.runIndex);
    } else {
      (bySubject[version] ??= []).push(typeof rendered === 'function' ? rendered() : rendered);
    }
  }
}
