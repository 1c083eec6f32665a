// Messages between the engine and the runner child process (Node IPC). The runner hosts vitest;
// the engine never runs user code itself.
import type { CheckMeta } from '../runtime/checkMeta';
import type { CodeVersion, KnownHangs } from '../runtime/progress';
import type { SandboxAllowances } from '../runtime/sandboxAllowances';

export interface RunRequest {
  type: 'run';
  runId: number;
  root: string;
  /** Folder of the generated test files for this root. */
  testsDir: string;
  /** Generated test files and workspace test files to run, absolute paths. */
  testFiles: string[];
  /** Unsaved editor buffers: served instead of the file on disk. */
  overlays: Record<string, string>;
  /** Old versions, served for `<file>?vouch=baseline`. */
  baselines: Record<string, string>;
  /** Serve these files' baselines under their plain path too (re-running workspace tests on the old code). */
  baselineAsCurrent?: string[];
  /** Non-exported declarations to export, by module id (`/abs/a.ts?vouch=current`). */
  addedExports: Record<string, string[]>;
  /** Inputs found hanging in earlier runs: answered as hangs at once, never called again. */
  knownHangs?: KnownHangs;
  /** Worker threads for this root's vitest (set when it is first created; default: every core). */
  workers?: number;
  /** A call that writes no progress for this long is a hang (a synchronous infinite loop). */
  hangAfterMs: number;
  /** A workspace test file that reports nothing for this long is stalled (it loops in promises). */
  stallAfterMs: number;
  /** What the root's project lets its code do in the sandbox (vouch.config.json). One runner serves
   *  every workspace folder, so they travel with the run; absent: the runner's environment's (the
   *  CLI sets them there). */
  sandbox?: SandboxAllowances;
}

export type EngineToRunner = RunRequest | { type: 'shutdown' };

export interface ReportedError {
  message: string;
  stack?: string;
}

export type TestState = 'passed' | 'failed' | 'skipped' | 'pending';

export interface TestMessage {
  type: 'test';
  runId: number;
  file: string;
  name: string;
  /** Suite names and test name joined with ` > `. */
  fullName: string;
  state: TestState;
  meta?: CheckMeta;
  errors: ReportedError[];
  durationMs: number;
}

export interface ModuleMessage {
  type: 'module';
  runId: number;
  file: string;
  state: TestState;
  /** Errors outside any test: the file failed to import or to compile, or its worker died. */
  errors: ReportedError[];
  /** Calls that started and never finished when the worker died (read from progress records). */
  unfinished?: { subject: string; check: string; input: string; version: CodeVersion }[];
}

/** Errors of the run as a whole (a worker that died), with the calls in flight at that moment. */
export interface RunErrorsMessage {
  type: 'run-errors';
  runId: number;
  errors: ReportedError[];
  unfinished: { subject: string; check: string; input: string; version: CodeVersion }[];
}

export interface HangMessage {
  type: 'hang';
  runId: number;
  subject: string;
  check: string;
  input: string;
  version: CodeVersion;
  index?: number;
  /** The runner terminated the hanging worker and the run goes on; otherwise the engine must kill the runner. */
  recovered: boolean;
}

/** A workspace test file went quiet mid-run: the engine kills the runner (the file's worker cannot
 *  be found to end it alone), counts the file as not finished and runs the others again. */
export interface StalledMessage {
  type: 'stalled';
  runId: number;
  file: string;
  idleMs: number;
}

export type RunnerToEngine =
  | { type: 'ready'; pid: number }
  | TestMessage
  | ModuleMessage
  | RunErrorsMessage
  | HangMessage
  | StalledMessage
  | { type: 'done'; runId: number; durationMs: number }
  | { type: 'failed'; runId: number; error: ReportedError }
  | { type: 'log'; level: 'info' | 'warn' | 'error'; message: string };
