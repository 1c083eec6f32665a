// Step three: run the generated tests and the related workspace tests in the runner, stream
// verdicts as declarations finish, survive hangs (the runner is killed and a fresh one runs what
// was left) and crashes (reported, never retried blindly).
import { CancelledError } from '../errors';
import type { Verdict } from '../model';
import type { RunnerClient } from '../runner/runnerClient';
import type { HangMessage, ModuleMessage, RunErrorsMessage, TestMessage } from '../runner/runnerProtocol';
import { assembleVerdict } from '../verdicts/assembleVerdict';
import type { TargetEvidence } from '../verdicts/assembleVerdict';
import type { Target } from '../verdicts/target';
import { attributeRelatedFailures } from './relatedTestRun';
import type { RelatedTestFile } from './relatedTestRun';

export interface RunTargetsRequest {
  root: string;
  testsDir: string;
  targets: Target[];
  related: RelatedTestFile[];
  overlays: Record<string, string>;
  baselines: Record<string, string>;
  addedExports: Record<string, string[]>;
  timeoutMs: number;
  onVerdict?: (verdict: Verdict) => void;
  signal?: AbortSignal;
}

export function hangAfter(timeoutMs: number): number {
  return timeoutMs + 500;
}

export interface RunResults {
  tests: Map<string, TestMessage[]>;
  modules: Map<string, ModuleMessage>;
  /** Run-level errors (a worker died) with the calls that were in flight. */
  runErrors: RunErrorsMessage[];
  /** Files that never reported, and why (the runner crashed or ran out of time). */
  lost?: { files: string[]; reason: string };
}

export function emptyResults(): RunResults {
  return { tests: new Map(), modules: new Map(), runErrors: [] };
}

/** Runs files until all reported, restarting the runner after each hang. */
export async function runAll(
  runner: RunnerClient,
  request: RunTargetsRequest,
  files: string[],
  results: RunResults,
  events: { baselineAsCurrent?: string[]; onModule?: (message: ModuleMessage) => void; onHang?: (hang: HangMessage) => string | undefined } = {},
): Promise<RunResults> {
  const pending = new Set(files);
  while (pending.size > 0) {
    const end = await runner.run(
      {
        root: request.root,
        testsDir: request.testsDir,
        testFiles: [...pending],
        overlays: request.overlays,
        baselines: request.baselines,
        addedExports: request.addedExports,
        baselineAsCurrent: events.baselineAsCurrent,
        hangAfterMs: hangAfter(request.timeoutMs),
      },
      {
        test: (message) => results.tests.set(message.file, [...(results.tests.get(message.file) ?? []), message]),
        module: (message) => {
          results.modules.set(message.file, message);
          pending.delete(message.file);
          events.onModule?.(message);
        },
        runErrors: (message) => results.runErrors.push(message),
      },
      { deadlineMs: 60_000 + pending.size * request.timeoutMs * 8, signal: request.signal },
    );
    if (end.kind === 'done') break;
    if (end.kind === 'cancelled') throw new CancelledError();
    if (end.kind === 'hang') {
      const hungFile = events.onHang?.(end.hang);
      if (hungFile) {
        pending.delete(hungFile);
        continue;
      }
      results.lost = { files: [...pending], reason: `a test hung on ${end.hang.input}` };
      return results;
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
  const finish = (target: Target) => {
    if (verdicts.has(target)) return;
    const verdict = assembleVerdict(target, evidence.get(target)!, hangAfter(request.timeoutMs), Date.now() - started);
    verdicts.set(target, verdict);
    request.onVerdict?.(verdict);
  };
  const waitsForRelated = (target: Target) => filesWithRelated.has(target.ref.file);

  const main = emptyResults();
  await runAll(runner, request, [...byTestFile.keys(), ...request.related.map((r) => r.testFile)], main, {
    onModule: (message) => {
      const target = byTestFile.get(message.file);
      if (!target) return;
      const found = evidence.get(target)!;
      found.tests = main.tests.get(message.file) ?? [];
      found.module = message;
      if (!waitsForRelated(target)) finish(target);
    },
    onHang: (hang) => {
      const target = byId.get(hang.subject);
      if (!target?.testFile) return undefined;
      const found = evidence.get(target)!;
      found.hang = hang;
      found.tests = main.tests.get(target.testFile) ?? [];
      if (!waitsForRelated(target)) finish(target);
      return target.testFile;
    },
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
    if (main.lost?.files.includes(target.testFile)) found.lost = main.lost.reason;
  }

  if (request.related.length > 0) {
    const outcome = await attributeRelatedFailures(request.related, main, request.targets, (files, changed) =>
      runAll(runner, request, files, emptyResults(), { baselineAsCurrent: changed }),
    );
    for (const target of request.targets) {
      if (waitsForRelated(target)) evidence.get(target)!.related = outcome.forTarget(target);
    }
  }
  for (const target of request.targets) finish(target);
  return request.targets.map((t) => verdicts.get(t)!);
}
