// Step three: run the generated tests and the related workspace tests in the runner, stream
// verdicts as declarations finish, survive hangs (the runner is killed and a fresh one runs what
// was left) and crashes (reported, never retried blindly).
import { CancelledError } from '../errors';
import type { Verdict } from '../model';
import type { RunnerClient } from '../runner/runnerClient';
import type { HangMessage, ModuleMessage } from '../runner/runnerProtocol';
import type { SandboxAllowances } from '../runtime/sandboxAllowances';
import { assembleVerdict } from '../verdicts/assembleVerdict';
import type { TargetEvidence } from '../verdicts/assembleVerdict';
import type { Target } from '../verdicts/target';
import { attributeRelatedFailures } from './relatedTestRun';
import type { RelatedTestFile } from './relatedTestRun';
import { emptyResults, notFinished } from './runResults';
import type { RunResults } from './runResults';

export interface RunTargetsRequest {
  root: string;
  testsDir: string;
  targets: Target[];
  related: RelatedTestFile[];
  overlays: Record<string, string>;
  baselines: Record<string, string>;
  addedExports: Record<string, string[]>;
  timeoutMs: number;
  /** A workspace test file quiet for this long is stopped as not finishing (default WORKSPACE_TEST_STALL_MS). */
  stallAfterMs?: number;
  /** Worker threads of the runner's vitest for this root (default: every core). */
  workers?: number;
  /** The project's sandbox allowances (default: the runner's environment's). */
  sandbox?: SandboxAllowances;
  /** Run related workspace tests after the generated checks, publishing verdicts in between and
   *  again with the related tests' results (the editor: first answers sooner). */
  relatedAfterChecks?: boolean;
  onVerdict?: (verdict: Verdict) => void;
  signal?: AbortSignal;
}

/** How long a call may stay unanswered before the watchdog calls it a hang: well past the call
 *  timeout, so a worker slowed by a busy machine is not mistaken for a loop. */
export function hangAfter(timeoutMs: number): number {
  return timeoutMs + Math.max(1000, Math.round(timeoutMs / 2));
}

/** Vitest ends a workspace test after 5 s and a hook after 10 s, unless the test never yields
 *  (a loop in promises): a file that reports nothing for longer than this is stuck. */
export const WORKSPACE_TEST_STALL_MS = 15_000;

/** A subject that hangs on more inputs than this is reported as hanging without more re-runs. */
export const MAX_HANG_RERUNS = 3;

/**
 * Runs files until all reported. After a hang (the runner is killed) the input is remembered and
 * the files left run again in a fresh runner, which answers that input as a hang at once; the
 * checks then judge it (a hang the old version shares is pre-existing). A subject that keeps
 * hanging is handed to `onGiveUp`, which names its file to drop.
 */
export async function runAll(
  runner: RunnerClient,
  request: RunTargetsRequest,
  files: string[],
  results: RunResults,
  events: {
    baselineAsCurrent?: string[];
    onModule?: (message: ModuleMessage) => void;
    onGiveUp?: (hang: HangMessage) => string | undefined;
    /** The generated test file of a subject, to run it again after its worker was ended. */
    fileOf?: (subject: string) => string | undefined;
  } = {},
): Promise<RunResults> {
  const pending = new Set(files);
  /** Files whose worker the runner ended in this run: whatever vitest says of them, they run again. */
  let cutShort = new Set<string>();
  const hangsBySubject = new Map<string, number>();
  /** Remembers a hang for the next run; false when the subject hung too often and was given up. */
  const rememberHang = (hang: HangMessage): boolean => {
    const { subject, version, input, check, index } = hang;
    const count = (hangsBySubject.get(subject) ?? 0) + 1;
    hangsBySubject.set(subject, count);
    const known = (results.knownHangs[subject] ??= {});
    if (index !== undefined) {
      (known[version === 'current' ? 'currentIndexes' : 'baselineIndexes'] ??= []).push(index);
      (known.replay ??= []).push({ check, index });
    } else (known[version] ??= []).push(input);
    if (count <= MAX_HANG_RERUNS) return true;
    const dropped = events.onGiveUp?.(hang);
    if (dropped) pending.delete(dropped);
    return dropped !== undefined;
  };
  while (pending.size > 0) {
    // A file cut short by a hang runs again from the start: forget its partial results.
    for (const file of pending) results.tests.delete(file);
    cutShort = new Set();
    const end = await runner.run(
      {
        root: request.root,
        testsDir: request.testsDir,
        testFiles: [...pending],
        overlays: request.overlays,
        baselines: request.baselines,
        addedExports: request.addedExports,
        baselineAsCurrent: events.baselineAsCurrent,
        knownHangs: results.knownHangs,
        workers: request.workers,
        hangAfterMs: hangAfter(request.timeoutMs),
        stallAfterMs: request.stallAfterMs ?? WORKSPACE_TEST_STALL_MS,
        sandbox: request.sandbox,
      },
      {
        test: (message) => results.tests.set(message.file, [...(results.tests.get(message.file) ?? []), message]),
        module: (message) => {
          if (cutShort.has(message.file)) return;
          results.modules.set(message.file, message);
          pending.delete(message.file);
          events.onModule?.(message);
        },
        runErrors: (message) => results.runErrors.push(message),
        // The runner ended the hanging worker and goes on; the file stays pending and runs again.
        hang: (message) => {
          const file = events.fileOf?.(message.subject);
          if (rememberHang(message) && file) cutShort.add(file);
        },
      },
      { deadlineMs: 60_000 + pending.size * request.timeoutMs * 8, signal: request.signal },
    );
    if (end.kind === 'done') {
      // Run again only what a recovered hang cut short; anything else has reported all it will.
      for (const file of [...pending]) if (!cutShort.has(file)) pending.delete(file);
      continue;
    }
    if (end.kind === 'cancelled') throw new CancelledError();
    if (end.kind === 'stalled') {
      // The runner was killed; the stuck file is done for, the others run again in a fresh one.
      (results.stalled ??= new Map()).set(end.file, `no test in it finished for ${Math.round(end.idleMs / 1000)} s (a loop that never yields?), so it was stopped`);
      pending.delete(end.file);
      continue;
    }
    if (end.kind === 'hang') {
      // The runner could not end the worker and was killed: the next run starts a fresh one.
      if (!rememberHang(end.hang)) {
        results.lost = { files: [...pending], reason: `a test kept hanging (last on ${end.hang.input})` };
        return results;
      }
      continue;
    }
    const reason = end.kind === 'deadline' ? 'the runner did not finish in time and was stopped' : `the runner crashed: ${end.reason}`;
    results.lost = { files: [...pending], reason };
    return results;
  }
  return results;
}

export async function runTargets(runner: RunnerClient, request: RunTargetsRequest): Promise<Verdict[]> {
  const started = Date.now();
  const evidence = new Map<Target, TargetEvidence>(request.targets.map((t) => [t, { tests: [] }]));
  const byTestFile = new Map(request.targets.filter((t) => t.testFile).map((t) => [t.testFile!, t]));
  const byId = new Map(request.targets.map((t) => [t.id, t]));
  const filesWithRelated = new Set(request.related.flatMap((r) => r.changedFiles));
  const verdicts = new Map<Target, Verdict>();
  /** Assembles and streams a verdict; `again` replaces one streamed before the related tests ran. */
  const finish = (target: Target, again = false) => {
    if (verdicts.has(target) && !again) return;
    const verdict = assembleVerdict(target, evidence.get(target)!, hangAfter(request.timeoutMs), Date.now() - started);
    verdicts.set(target, verdict);
    request.onVerdict?.(verdict);
  };
  const later = request.relatedAfterChecks === true;
  const waitsForRelated = (target: Target) => !later && filesWithRelated.has(target.ref.file);
  const relatedFiles = request.related.map((r) => r.testFile);

  const main = emptyResults();
  await runAll(runner, request, [...byTestFile.keys(), ...(later ? [] : relatedFiles)], main, {
    onModule: (message) => {
      const target = byTestFile.get(message.file);
      if (!target) return;
      const found = evidence.get(target)!;
      found.tests = main.tests.get(message.file) ?? [];
      found.module = message;
      if (!waitsForRelated(target)) finish(target);
    },
    onGiveUp: (hang) => {
      const target = byId.get(hang.subject);
      if (!target?.testFile) return undefined;
      const found = evidence.get(target)!;
      found.hang = hang;
      found.tests = main.tests.get(target.testFile) ?? [];
      if (!waitsForRelated(target)) finish(target);
      return target.testFile;
    },
    fileOf: (subject) => byId.get(subject)?.testFile,
  });
  // A worker that died (out of memory) is blamed on the subject whose call never returned.
  for (const failure of main.runErrors) {
    for (const call of failure.unfinished) {
      const target = byId.get(call.subject);
      const found = target && evidence.get(target);
      if (!found || found.hang) continue;
      found.module = { type: 'module', runId: failure.runId, file: target.testFile ?? '', state: 'failed', errors: failure.errors, unfinished: failure.unfinished };
    }
  }
  for (const [target, found] of evidence) {
    if (!target.testFile || found.module || found.hang) continue;
    found.tests = main.tests.get(target.testFile) ?? [];
    const reason = notFinished(main, target.testFile);
    if (reason) found.lost = reason;
  }

  if (later) {
    for (const target of request.targets) finish(target);
    if (relatedFiles.length > 0) {
      const related = await runAll(runner, request, relatedFiles, emptyResults());
      for (const [file, tests] of related.tests) main.tests.set(file, tests);
      for (const [file, module] of related.modules) main.modules.set(file, module);
      for (const [file, reason] of related.stalled ?? []) (main.stalled ??= new Map()).set(file, reason);
      if (related.lost) main.lost = { files: [...(main.lost?.files ?? []), ...related.lost.files], reason: related.lost.reason };
    }
  }
  if (request.related.length > 0) {
    const outcome = await attributeRelatedFailures(request.related, main, request.targets, (files, changed) =>
      runAll(runner, request, files, emptyResults(), { baselineAsCurrent: changed }),
    );
    for (const target of request.targets) {
      if (!filesWithRelated.has(target.ref.file)) continue;
      evidence.get(target)!.related = outcome.forTarget(target);
      if (later) finish(target, true);
    }
  }
  for (const target of request.targets) finish(target);
  return request.targets.map((t) => verdicts.get(t)!);
}
