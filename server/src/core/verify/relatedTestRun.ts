// The workspace's own tests that import a changed file. A failing one is re-run with the old
// code served in place of the changed files: if it fails there too, the failure is pre-existing
// and not blamed on the change. A real failure is blamed on the declaration its stack passes
// through, or on every changed declaration of the file when the stack says nothing. A file that
// never finished counts as failing.
import * as path from 'node:path';
import { userFrames } from '../runtime/errorKind';
import type { RelatedTestFailure } from '../verdicts/assembleVerdict';
import type { Target } from '../verdicts/target';
import { notFinished } from './runResults';
import type { RunResults } from './runResults';

export interface RelatedTestFile {
  testFile: string;
  /** Test file → … → changed file. */
  chain: string[];
  /** The changed files it reaches. */
  changedFiles: string[];
}

interface Failure extends RelatedTestFailure {
  stack: string;
}

function failuresOf(results: RunResults, file: string): Failure[] {
  const failures: Failure[] = [];
  for (const test of results.tests.get(file) ?? []) {
    if (test.state !== 'failed') continue;
    const error = test.errors[0];
    failures.push({ testFile: file, name: test.fullName, message: error?.message ?? 'failed', stack: error?.stack ?? '' });
  }
  const module = results.modules.get(file);
  if (module && module.errors.length > 0 && failures.length === 0) {
    const error = module.errors[0];
    // Named by file and first line of the error: "zod.test.ts could not load: Cannot find package 'zod'".
    const reason = error.message.split('\n').find((line) => line.trim())?.trim() ?? 'unknown error';
    failures.push({ testFile: file, name: `${path.basename(file)} could not load: ${reason.length > 160 ? `${reason.slice(0, 159)}…` : reason}`, message: error.message, stack: error.stack ?? '' });
  }
  // A file that never finished (a test looping in promises blocks its worker's timers: the stall
  // watch or the runner's deadline ends it) is a failure too, never a pass: the old code decides
  // whose it is.
  const unfinished = module ? undefined : notFinished(results, file);
  if (unfinished && failures.length === 0) {
    failures.push({ testFile: file, name: `${path.basename(file)} did not finish`, message: unfinished, stack: '' });
  }
  return failures;
}

export interface RelatedOutcome {
  forTarget(target: Target): { files: string[]; failures: RelatedTestFailure[]; preExisting: string[] };
}

export async function attributeRelatedFailures(
  related: RelatedTestFile[],
  main: RunResults,
  targets: Target[],
  rerunOnBaseline: (files: string[], changedFiles: string[]) => Promise<RunResults>,
): Promise<RelatedOutcome> {
  const failing = related.filter((r) => failuresOf(main, r.testFile).length > 0);
  const preExistingKeys = new Set<string>();
  if (failing.length > 0) {
    const changed = [...new Set(failing.flatMap((r) => r.changedFiles))];
    const before = await rerunOnBaseline(
      failing.map((r) => r.testFile),
      changed,
    );
    for (const r of failing) for (const failure of failuresOf(before, r.testFile)) preExistingKeys.add(`${failure.testFile}\0${failure.name}`);
  }

  const blamed = new Map<Target, RelatedTestFailure[]>();
  const preExisting = new Map<string, string[]>();
  for (const r of failing) {
    for (const failure of failuresOf(main, r.testFile)) {
      if (preExistingKeys.has(`${failure.testFile}\0${failure.name}`)) {
        preExisting.set(r.testFile, [...(preExisting.get(r.testFile) ?? []), failure.name]);
        continue;
      }
      const candidates = targets.filter((t) => r.changedFiles.includes(t.ref.file) && t.change !== 'affected');
      const frames = userFrames(Object.assign(new Error(failure.message), { stack: failure.stack }), (file) => r.changedFiles.includes(file));
      const hit = candidates.filter((t) => frames.some((f) => f.file === t.ref.file && f.line >= t.ref.span.startLine && f.line <= t.ref.span.endLine));
      for (const target of hit.length > 0 ? hit : candidates) {
        blamed.set(target, [...(blamed.get(target) ?? []), { testFile: failure.testFile, name: failure.name, message: failure.message }]);
      }
    }
  }

  return {
    forTarget(target) {
      const files = related.filter((r) => r.changedFiles.includes(target.ref.file)).map((r) => r.testFile);
      return {
        files,
        failures: blamed.get(target) ?? [],
        preExisting: files.flatMap((f) => preExisting.get(f) ?? []),
      };
    },
  };
}
