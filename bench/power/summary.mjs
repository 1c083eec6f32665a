// The figures of `npm run bench:power` from the driver's records: detection over all mutants and
// over those the human suite kills (with and without the workspace's own tests, which Vouch runs as
// `related-test`), false alarms on refactors, the classification of intended changes, times, and
// breakdowns by mutator, check kind, parameter kind and module. Cases are judged by judgeCase
// (bench/powerSummary.mjs), the same rules as the demo's power measurement.
import * as path from 'node:path';
import { checkBreakdown, judgeCase, rate } from '../powerSummary.mjs';
import { summarize } from '../stats.mjs';

/** The targets. */
export const TARGETS = { killedFlagged: 90, allFlagged: 75, refactorsFlaggedAtMost: 1, medianMs: 2000 };

/** `{ key: { total, caught, ... } }` over the cases, a case counted under each of its keys. */
function breakdown(list, keysOf, counters) {
  const table = {};
  for (const item of list) {
    for (const key of keysOf(item)) {
      const entry = (table[key] ??= Object.fromEntries([['total', 0], ...Object.keys(counters).map((name) => [name, 0])]));
      entry.total++;
      for (const [name, predicate] of Object.entries(counters)) if (predicate(item)) entry[name]++;
    }
  }
  return Object.fromEntries(Object.entries(table).sort(([a], [b]) => a.localeCompare(b)));
}

export function summarizePowerCorpus(cases, driver) {
  const records = new Map(driver.records.map((r) => [r.id, r]));
  const judged = cases.map((c) => ({
    ...judgeCase(c, records.get(c.id) ?? { ms: NaN, verdicts: [], error: 'not run' }),
    parameterKinds: c.parameterKinds,
    description: c.description,
    module: path.basename(c.file, '.ts'),
  }));
  const mutants = judged.filter((j) => j.set === 'mutant');
  const killed = mutants.filter((m) => m.killedByHumanSuite);
  const refactors = judged.filter((j) => j.set === 'refactor');
  const intended = judged.filter((j) => j.set === 'intended');
  const { byCheck, onlyCheck } = checkBreakdown(mutants);
  const mutantCounters = { caught: (m) => m.caught, caughtByGenerated: (m) => m.caughtByGenerated, killedByHumanSuite: (m) => m.killedByHumanSuite };
  const summary = {
    mutants: {
      caught: rate(mutants, (m) => m.caught),
      killedByHumanSuite: rate(killed, (m) => m.caught),
      survivorsOfHumanSuite: rate(mutants.filter((m) => !m.killedByHumanSuite), (m) => m.caught),
      caughtByGenerated: rate(mutants, (m) => m.caughtByGenerated),
      killedByHumanSuiteCaughtByGenerated: rate(killed, (m) => m.caughtByGenerated),
      humanSuite: rate(mutants, (m) => m.killedByHumanSuite),
      caughtAnywhere: rate(mutants, (m) => m.flaggedDeclarations.length > 0),
      byMutator: breakdown(mutants, (m) => [m.category], mutantCounters),
      byParameterKind: breakdown(mutants, (m) => m.parameterKinds, mutantCounters),
      byModule: breakdown(mutants, (m) => [m.module], mutantCounters),
      byCheck,
      onlyCheck,
      misses: mutants.filter((m) => !m.caught),
      ms: summarize(mutants.map((m) => m.ms)),
    },
    refactors: {
      falseAlarms: rate(refactors, (r) => r.falseAlarm),
      notVerified: rate(refactors, (r) => r.notVerified.length > 0),
      alarms: refactors.filter((r) => r.falseAlarm || r.notVerified.length > 0),
      byKind: breakdown(refactors, (r) => [r.category], { falseAlarm: (r) => r.falseAlarm, notVerified: (r) => r.notVerified.length > 0 }),
      byParameterKind: breakdown(refactors, (r) => r.parameterKinds, { falseAlarm: (r) => r.falseAlarm }),
      ms: summarize(refactors.map((r) => r.ms)),
    },
    intended: {
      asChanged: rate(intended, (i) => i.asChanged),
      asBehaviourChange: rate(intended, (i) => i.asBehaviourChange),
      wronglyFailed: rate(intended, (i) => i.wronglyFailed),
      humanSuiteNotices: rate(intended, (i) => i.failedChecks.includes('related-test')),
      others: intended.filter((i) => !i.asChanged),
      ms: summarize(intended.map((i) => i.ms)),
    },
    errors: judged.filter((j) => j.error).map((j) => ({ id: j.id, error: j.error })),
    ms: summarize(judged.map((j) => j.ms)),
    totalMs: driver.totalMs,
    runnerStarts: driver.runnerStarts,
    memory: driver.memory,
    cases: judged,
  };
  summary.targets = targetsOf(summary);
  return summary;
}

/** Each target of the issue with the figure it is judged on and whether it is met (null: no cases). */
export function targetsOf(s) {
  const judge = (value, ok) => ({ value, met: value === null ? null : ok(value) });
  return {
    killedFlagged: judge(s.mutants.killedByHumanSuite.percent, (v) => v >= TARGETS.killedFlagged),
    allFlagged: judge(s.mutants.caught.percent, (v) => v >= TARGETS.allFlagged),
    refactorsFlagged: judge(s.refactors.falseAlarms.percent, (v) => v <= TARGETS.refactorsFlaggedAtMost),
    intendedChanged: judge(s.intended.asChanged.percent, (v) => v === 100),
    medianMs: judge(s.ms.median, (v) => v < TARGETS.medianMs),
  };
}
