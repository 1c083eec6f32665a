// What one or more runs of test files reported: tests and files by file, run-level errors, hangs
// to skip next time, and the files that never finished.
import type { ModuleMessage, RunErrorsMessage, TestMessage } from '../runner/runnerProtocol';
import type { KnownHangs } from '../runtime/progress';

export interface RunResults {
  tests: Map<string, TestMessage[]>;
  modules: Map<string, ModuleMessage>;
  /** Run-level errors (a worker died) with the calls that were in flight. */
  runErrors: RunErrorsMessage[];
  /** Files that never reported, and why (the runner crashed or ran out of time). */
  lost?: { files: string[]; reason: string };
  /** Workspace test files stopped because they went quiet, with why. */
  stalled?: Map<string, string>;
  /** Inputs the watchdog found hanging, by subject and version; each re-run skips them. */
  knownHangs: KnownHangs;
}

/** Why a file has no result: it stalled, or the run ended before it reported. */
export function notFinished(results: RunResults, file: string): string | undefined {
  return results.stalled?.get(file) ?? (results.lost?.files.includes(file) ? results.lost.reason : undefined);
}

export function emptyResults(): RunResults {
  return { tests: new Map(), modules: new Map(), runErrors: [], knownHangs: {} };
}
