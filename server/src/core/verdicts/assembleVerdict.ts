// From what the runner reported about one declaration's generated test (and the workspace tests
// related to it) to the verdict a person reads: verified, failed, changed or unverifiable.
import { REVIEW_KINDS } from '../model';
import type { CheckKind, CheckResult, Finding, Verdict, VerdictState } from '../model';
import type { HangMessage, ModuleMessage, TestMessage } from '../runner/runnerProtocol';
import type { Target } from './target';

export interface RelatedTestFailure {
  testFile: string;
  name: string;
  message: string;
}

export interface TargetEvidence {
  tests: TestMessage[];
  module?: ModuleMessage;
  hang?: HangMessage;
  /** The runner crashed or missed its deadline before this declaration's test finished. */
  lost?: string;
  related?: { files: string[]; failures: RelatedTestFailure[]; preExisting: string[] };
}

function firstLine(text: string): string {
  return text.split('\n').find((line) => line.trim())?.trim() ?? text;
}

function checkFromTest(target: Target, test: TestMessage): CheckResult | undefined {
  const meta = test.meta;
  if (!meta) return undefined;
  const finding: Finding | undefined = meta.finding
    ? { ...meta.finding, location: meta.finding.location ?? declarationLocation(target), test: { file: test.file, name: test.fullName } }
    : undefined;
  // A hang found while running another check is a hang, whichever check ran into it.
  const kind = meta.finding?.kind === 'hang' ? 'hang' : meta.check;
  return { kind, status: meta.status, inputs: meta.inputs, reason: meta.reason ?? (meta.notes.length ? meta.notes.join('; ') : undefined), finding, durationMs: meta.durationMs };
}

function declarationLocation(target: Target) {
  return { file: target.ref.file, line: target.ref.span.startLine, column: target.ref.span.startColumn };
}

function hangCheck(target: Target, hang: HangMessage, hangAfterMs: number): CheckResult {
  return {
    kind: 'hang',
    status: 'failed',
    inputs: 1,
    durationMs: hangAfterMs,
    finding: {
      kind: 'hang',
      message: `${hang.input} does not return: no answer within ${hangAfterMs} ms (stopped by Vouch)`,
      input: hang.input,
      seed: target.seed,
      location: declarationLocation(target),
    },
  };
}

const OUT_OF_MEMORY = /memory limit|heap out of memory|Allocation failed/i;
const WORKER_DIED = /Worker threads emitted error|Worker exited unexpectedly|Worker terminated/i;

/** A worker that died in the middle of a call (memory exhaustion, most often), blamed on that call. */
function deadWorkerCheck(target: Target, module: ModuleMessage | undefined): CheckResult | undefined {
  const error = module?.errors.find((e) => OUT_OF_MEMORY.test(e.message) || WORKER_DIED.test(e.message));
  const call = module?.unfinished?.find((u) => u.subject === target.id);
  if (!error || !call) return undefined;
  const input = call.input;
  const why = OUT_OF_MEMORY.test(error.message)
    ? 'runs out of memory: the worker reached its heap limit'
    : 'ends its worker thread (most often by running out of memory)';
  return {
    kind: 'crash',
    status: 'failed',
    inputs: 1,
    durationMs: 0,
    finding: {
      kind: 'crash',
      message: `${input} ${why}`,
      input,
      error: { name: 'OutOfMemory', message: firstLine(error.message) },
      seed: target.seed,
      location: declarationLocation(target),
    },
  };
}

const UNREACHABLE_KINDS = new Set<CheckKind>(['crash', 'contract', 'hang']);

/** A new private helper's crash, hang or broken contract on generated inputs is not reported:
 *  its callers may never pass them, and they are checked with what they do pass. */
function throughCallers(check: CheckResult, callers: readonly string[]): CheckResult {
  if (check.status !== 'failed' || !UNREACHABLE_KINDS.has(check.kind) || !check.finding) return check;
  const { finding, ...rest } = check;
  return { ...rest, status: 'skipped', reason: `not reported: ${finding.message}, an input ${callers.join(' and ')} may never pass (checked instead)` };
}

function stateOf(checks: readonly CheckResult[]): { state: VerdictState; reason?: string } {
  const failed = checks.filter((c) => c.status === 'failed');
  if (failed.some((c) => !REVIEW_KINDS.has(c.kind))) return { state: 'failed' };
  if (failed.length > 0) return { state: 'changed' };
  const unverifiable = checks.find((c) => c.status === 'unverifiable');
  if (unverifiable) return { state: 'unverifiable', reason: unverifiable.reason };
  // Verified only if some check judged inputs; checks that could judge none are not evidence.
  if (!checks.some((c) => c.status === 'passed')) {
    return { state: 'unverifiable', reason: checks.find((c) => c.reason)?.reason ?? 'no check could judge any input' };
  }
  return { state: 'verified' };
}

export function assembleVerdict(target: Target, evidence: TargetEvidence, hangAfterMs: number, durationMs: number): Verdict {
  const checks: CheckResult[] = [];
  let reason: string | undefined;
  const notes = [...target.notes];

  if (evidence.hang) {
    checks.push(hangCheck(target, evidence.hang, hangAfterMs));
  }
  for (const test of evidence.tests) {
    const check = checkFromTest(target, test);
    if (check) checks.push(check);
  }
  if (evidence.hang) {
    const done = new Set<CheckKind>(checks.map((c) => c.kind));
    for (const kind of target.checks) {
      if (!done.has(kind)) checks.push({ kind, status: 'skipped', inputs: 0, reason: 'not run: the declaration hangs', durationMs: 0 });
    }
  }
  const outOfMemory = deadWorkerCheck(target, evidence.module);
  if (outOfMemory) checks.push(outOfMemory);
  const moduleErrors = evidence.module?.errors ?? [];
  if (!evidence.hang && checks.length === 0 && target.testFile) {
    reason = evidence.lost
      ? evidence.lost
      : moduleErrors.length > 0
        ? `the generated test could not run: ${firstLine(moduleErrors[0].message)}`
        : 'the generated test reported nothing';
  }
  if (evidence.related) {
    const { files, failures, preExisting } = evidence.related;
    if (failures.length > 0) {
      const first = failures[0];
      checks.push({
        kind: 'related-test',
        status: 'failed',
        inputs: 0,
        durationMs: 0,
        finding: {
          kind: 'related-test',
          message: `${failures.length} existing test${failures.length === 1 ? '' : 's'} now fail${failures.length === 1 ? 's' : ''}: "${first.name}": ${firstLine(first.message)}`,
          actual: firstLine(first.message),
          test: { file: first.testFile, name: first.name },
          location: declarationLocation(target),
        },
      });
    } else if (files.length > 0) {
      checks.push({ kind: 'related-test', status: 'passed', inputs: 0, durationMs: 0 });
    }
    if (preExisting.length > 0) {
      const named = preExisting.slice(0, 3).map((name) => `"${name}"`).join(', ');
      const more = preExisting.length > 3 ? ` and ${preExisting.length - 3} more` : '';
      notes.push(`related test${preExisting.length === 1 ? '' : 's'} ${named}${more} fail${preExisting.length === 1 ? 's' : ''} on the baseline too (not counted)`);
    }
  }

  if (target.reachedThrough) checks.splice(0, checks.length, ...checks.map((check) => throughCallers(check, target.reachedThrough!)));

  let state: VerdictState;
  if (reason) state = 'unverifiable';
  else if (checks.length === 0) {
    state = 'unverifiable';
    reason = target.unverifiable ?? 'no check could run';
  } else {
    const judged = stateOf(checks);
    state = judged.state;
    reason = judged.reason;
    if (state === 'verified' && target.unverifiable) {
      // Only doctests or related tests ran: say what could not be generated.
      state = 'unverifiable';
      reason = target.unverifiable;
    }
  }
  const notRun = checks.filter((c) => c.status === 'skipped' && c.reason?.startsWith('not run: the declaration hangs'));
  if (notRun.length > 0) notes.push(`${notRun.map((c) => c.kind).join(', ')} not run: the declaration hangs`);
  for (const check of checks) {
    if (check.status === 'skipped' && check.reason && !check.reason.startsWith('not run')) notes.push(`${check.kind}: ${check.reason}`);
    if (check.status !== 'passed' || !check.reason) continue;
    const meaningful = check.reason
      .split('; ')
      .filter((note) => !note.includes('left to the crash check') && !note.includes('nothing was returned to check'));
    for (const note of meaningful) if (!notes.includes(`${check.kind}: ${note}`)) notes.push(`${check.kind}: ${note}`);
  }
  return {
    declaration: target.ref,
    change: target.change,
    state,
    checks,
    // The slowdown check times inputs the others drew (and joins of them): not more inputs tried.
    inputs: Math.max(0, ...checks.filter((c) => c.kind !== 'slowdown').map((c) => c.inputs)),
    reason,
    notes,
    baseline: target.baseline,
    seed: target.seed,
    testFile: target.testFile,
    durationMs,
    contentHash: target.contentHash,
  };
}
