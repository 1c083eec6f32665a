// Judges the power driver's records (power.ts) against the corpus: a mutant is caught when the
// declaration it mutates is flagged (state `failed` or `changed`, or any failed check); a refactor is
// a false alarm when any verdict of its run is flagged. Verdicts other than `verified` that are not
// flagged (`unverifiable`) are counted apart: the corpus README calls them false alarms too. An
// intended change is classified right when its declaration is `changed`, and wrongly when any
// check other than behavior-change fails on it (a crash, contract or hang: blamed on purpose-made
// code). The power benchmark (bench/power/) judges its cases with judgeCase too.
import { summarize } from './stats.mjs';

const pct = (part, whole) => (whole === 0 ? null : Number(((100 * part) / whole).toFixed(1)));

export function isFlagged(verdict) {
  return verdict.state === 'failed' || verdict.state === 'changed' || verdict.checks.some((c) => c.status === 'failed');
}

/** `verified: crash passed (200), contract passed (200), ...`: what Vouch said about a declaration. */
export function describeVerdict(verdict) {
  if (!verdict) return 'no verdict for the declaration';
  const checks = verdict.checks.map((c) => `${c.kind} ${c.status}${c.inputs ? ` (${c.inputs})` : ''}${c.status !== 'passed' && c.reason ? ` [${c.reason}]` : ''}`);
  return `${verdict.state}${verdict.reason ? ` (${verdict.reason})` : ''}: ${checks.join(', ') || 'no checks'}`;
}

/** The first failed check's finding, as one line: `behavior-change: message — input: old → new`. */
export function describeFinding(verdict) {
  const check = verdict.checks.find((c) => c.status === 'failed');
  if (!check) return `${verdict.state}${verdict.reason ? ` (${verdict.reason})` : ''}`;
  const io = check.old !== undefined || check.new !== undefined ? `: ${check.old} → ${check.new}` : '';
  return `${check.kind}: ${check.message ?? ''}${check.input ? ` — ${check.input}${io}` : ''}`;
}

const failedKinds = (verdict) => (verdict ? [...new Set(verdict.checks.filter((c) => c.status === 'failed').map((c) => c.kind))] : []);
/** Failed checks an intended change may show: the behaviour change itself, the workspace tests that
 *  pinned the old behaviour, and a slowdown (a review, not a bug). */
const REVIEWED = new Set(['behavior-change', 'related-test', 'slowdown']);

export function judgeCase(testCase, record) {
  const target = record.verdicts.find((v) => v.declaration === testCase.declaration && v.file === testCase.file);
  const flagged = record.verdicts.filter(isFlagged);
  const base = {
    id: testCase.id,
    set: testCase.set,
    file: testCase.file,
    declaration: testCase.declaration,
    category: testCase.category,
    ms: record.ms,
    error: record.error,
    targetState: target?.state ?? 'no verdict',
    flaggedDeclarations: flagged.map((v) => v.declaration),
  };
  if (testCase.set === 'mutant') {
    const caughtBy = failedKinds(target);
    return {
      ...base,
      killedByHumanSuite: testCase.killedByHumanSuite,
      caught: target ? isFlagged(target) : false,
      caughtBy,
      /** Caught by the checks Vouch generates, without the workspace's own tests. */
      caughtByGenerated: caughtBy.some((kind) => kind !== 'related-test'),
      said: target && isFlagged(target) ? describeFinding(target) : describeVerdict(target),
    };
  }
  if (testCase.set === 'intended') {
    const failed = failedKinds(target);
    return {
      ...base,
      failedChecks: failed,
      asChanged: target?.state === 'changed',
      /** A behaviour change found, and nothing besides it but the workspace's tests and a slowdown
       *  (both, like it, for a person to review). */
      asBehaviourChange: failed.includes('behavior-change') && failed.every((kind) => REVIEWED.has(kind)),
      /** A crash, contract, hang or doctest failure: an intended change mistaken for a bug. */
      wronglyFailed: failed.some((kind) => !REVIEWED.has(kind)),
      said: target ? describeFinding(target) : 'no verdict for the declaration',
    };
  }
  const notVerified = record.verdicts.filter((v) => v.state !== 'verified');
  return {
    ...base,
    falseAlarm: flagged.length > 0,
    notVerified: notVerified.map((v) => `${v.declaration}: ${describeFinding(v)}`),
    said: flagged.map((v) => `${v.declaration}: ${describeFinding(v)}`),
  };
}

/** Per check kind: how many judged mutants it caught (`byCheck`), and caught alone (`onlyCheck`). */
export function checkBreakdown(mutants) {
  const byCheck = {};
  for (const m of mutants) for (const kind of new Set(m.caughtBy)) byCheck[kind] = (byCheck[kind] ?? 0) + 1;
  const onlyCheck = {};
  for (const m of mutants.filter((x) => x.caughtBy.length === 1)) onlyCheck[m.caughtBy[0]] = (onlyCheck[m.caughtBy[0]] ?? 0) + 1;
  return { byCheck, onlyCheck };
}

export function rate(list, predicate) {
  const hits = list.filter(predicate).length;
  return { hits, total: list.length, percent: pct(hits, list.length) };
}

/** Rates, breakdowns, the tables of misses and false alarms, and the times. */
export function summarizePower(cases, driver) {
  const records = new Map(driver.records.map((r) => [r.id, r]));
  const judged = cases.map((c) => judgeCase(c, records.get(c.id) ?? { ms: NaN, verdicts: [], error: 'not run' }));
  const mutants = judged.filter((j) => j.set === 'mutant');
  const refactors = judged.filter((j) => j.set === 'refactor');
  const byMutator = {};
  for (const m of mutants) {
    const entry = (byMutator[m.category] ??= { total: 0, caught: 0 });
    entry.total++;
    if (m.caught) entry.caught++;
  }
  const { byCheck, onlyCheck } = checkBreakdown(mutants);
  return {
    mutants: {
      caught: rate(mutants, (m) => m.caught),
      caughtAnywhere: rate(mutants, (m) => m.flaggedDeclarations.length > 0),
      killedByHumanSuite: rate(mutants.filter((m) => m.killedByHumanSuite), (m) => m.caught),
      survivorsOfHumanSuite: rate(mutants.filter((m) => !m.killedByHumanSuite), (m) => m.caught),
      byMutator,
      byCheck,
      onlyCheck,
      misses: mutants.filter((m) => !m.caught),
      ms: summarize(mutants.map((m) => m.ms)),
    },
    refactors: {
      falseAlarms: rate(refactors, (r) => r.falseAlarm),
      notVerified: rate(refactors, (r) => r.notVerified.length > 0),
      alarms: refactors.filter((r) => r.falseAlarm || r.notVerified.length > 0),
      ms: summarize(refactors.map((r) => r.ms)),
    },
    errors: judged.filter((j) => j.error).map((j) => ({ id: j.id, error: j.error })),
    ms: summarize(judged.map((j) => j.ms)),
    totalMs: driver.totalMs,
    runnerStarts: driver.runnerStarts,
    memory: driver.memory,
    engineRssMb: { afterFirstCase: driver.records[0]?.rssMb ?? null, afterLastCase: driver.records.at(-1)?.rssMb ?? null, roots: driver.records.length + 1 },
    cases: judged,
  };
}
