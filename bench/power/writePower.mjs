#!/usr/bin/env node
// Renders bench/power.json as bench/POWER.md. `node bench/power/writePower.mjs [power.json]`
// re-renders an existing results file without measuring again.
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rate, table, time } from '../markdown.mjs';
import { TARGETS } from './summary.mjs';

const met = (target) => (target.met === null ? '–' : target.met ? 'met' : '**not met**');
const share = (part, whole) => (whole === 0 ? '–' : `${((100 * part) / whole).toFixed(0)} %`);
const short = (text, max = 140) => (text && text.length > max ? `${text.slice(0, max - 1)}…` : text);

function header(r) {
  const m = r.machine;
  return [
    '# Vouch verification power',
    '',
    `Written by \`${r.command}\` (bench/power/run.mjs) on ${r.date.slice(0, 10)} (${r.date}); the run took ${time(r.benchDurationMs)}.`,
    '',
    `- Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB memory, ${m.os}`,
    `- Node ${m.node}`,
    `- Source: commit ${r.source.commit}${r.source.uncommittedEngineFiles.length ? ` plus uncommitted changes to ${r.source.uncommittedEngineFiles.join(', ')} (the working tree was built and measured)` : ''}`,
    `- Load average (1, 5, 15 min): ${r.loadAverage.start.join(', ')} at the start, ${r.loadAverage.end.join(', ')} at the end`,
    `- Cases: ${r.selection}`,
    '',
    'The corpus is test-fixtures/power: 13 modules of realistic TypeScript, each with a hand-written vitest suite (the "human suite"). Mutants are every mutant StrykerJS\'s instrumenter makes of a declaration that still type-checks (`npm run power:mutants`, test-fixtures/power/cases/mutants.json), each recorded as killed or not by the human suite; refactors and intended changes are written by hand (cases/refactors.yaml, cases/intended.yaml) and kept honest by `npm run power:check`. Each case is applied to a fresh temp git copy of the corpus (baseline committed, the case in the working tree, the human suites beside it) and verified by one warm `Engine` with the verdict cache off and default options (200 inputs per property, related tests on). A mutant is flagged when the declaration it mutates is `failed` or `changed`; a refactor is a false alarm when any declaration of its run is; an intended change (applied with its updates of the human tests that pinned the old behaviour, as the person asking for it would make them) should be `changed`. Nothing here is asserted; the machine is shared, so read medians.',
  ];
}

function summary(r) {
  const p = r.power;
  const t = p.targets;
  return [
    '## Summary',
    '',
    table(
      ['Figure', 'Result', 'Target', ''],
      [
        ['Mutants the human suite kills, flagged', rate(p.mutants.killedByHumanSuite), `at least ${TARGETS.killedFlagged} %`, met(t.killedFlagged)],
        ['All mutants, flagged', rate(p.mutants.caught), `at least ${TARGETS.allFlagged} %`, met(t.allFlagged)],
        ['Refactors flagged (false alarms)', rate(p.refactors.falseAlarms), `at most ${TARGETS.refactorsFlaggedAtMost} %`, met(t.refactorsFlagged)],
        ['Intended changes reported as `changed`', rate(p.intended.asChanged), 'all', met(t.intendedChanged)],
        ['Time per case', `median ${time(p.ms.median)}, p95 ${time(p.ms.p95)} (${p.ms.n} cases)`, `median under ${time(TARGETS.medianMs)}`, met(t.medianMs)],
        ['Mutants flagged by the generated checks alone (without related-test)', rate(p.mutants.caughtByGenerated), '', ''],
        ['… of those the human suite kills', rate(p.mutants.killedByHumanSuiteCaughtByGenerated), '', ''],
        ['Mutants the human suite misses, flagged', rate(p.mutants.survivorsOfHumanSuite), '', ''],
        ['Mutants the human suite kills (its mutation score)', rate(p.mutants.humanSuite), '', ''],
        ['Refactors with any verdict other than `verified`', rate(p.refactors.notVerified), '', ''],
        ['Intended changes that fail a crash, contract or hang check', rate(p.intended.wronglyFailed), 'none', ''],
        ['Intended changes the human suite notices (related-test)', rate(p.intended.humanSuiteNotices), '', ''],
        ['Whole run', `${time(p.totalMs)}, ${p.runnerStarts} runner start(s)`, '', ''],
      ],
    ),
    '',
    `Time per case by set: mutants median ${time(p.mutants.ms.median)} (p95 ${time(p.mutants.ms.p95)}), refactors median ${time(p.refactors.ms.median)} (p95 ${time(p.refactors.ms.p95)}), intended changes median ${time(p.intended.ms.median)} (p95 ${time(p.intended.ms.p95)}). A case's time is \`engine.verify\` on its workspace copy, a new root for the engine each time (its TypeScript project is built anew), including the related human suite.`,
  ];
}

const mutantRow = (name, e) => [name, e.total, e.killedByHumanSuite, e.caught, share(e.caught, e.total), e.caughtByGenerated, share(e.caughtByGenerated, e.total)];
const MUTANT_HEAD = ['', 'mutants', 'human suite kills', 'flagged', '%', 'by generated checks', '%'];

function breakdowns(r) {
  const m = r.power.mutants;
  const f = r.power.refactors;
  return [
    '## Mutants by mutator',
    '',
    table(['Mutator', ...MUTANT_HEAD.slice(1)], Object.entries(m.byMutator).map(([k, e]) => mutantRow(k, e))),
    '',
    '## Mutants by check kind',
    '',
    'Mutants whose declaration had a failed check of each kind (one mutant may fail several), and those one kind caught alone:',
    '',
    table(['Check', 'Mutants', 'Caught by this check alone'], Object.entries(m.byCheck).sort((a, b) => b[1] - a[1]).map(([k, v]) => [k, v, m.onlyCheck[k] ?? 0])),
    '',
    '## By parameter type',
    '',
    'The kinds of parameter the mutated declaration takes (bench/power/parameterTypes.mjs); a declaration counts under each of its kinds. Refactor false alarms alongside.',
    '',
    table(
      ['Parameter kind', ...MUTANT_HEAD.slice(1), 'refactors', 'refactors flagged'],
      Object.entries(m.byParameterKind).map(([k, e]) => [...mutantRow(k, e), f.byParameterKind[k]?.total ?? 0, f.byParameterKind[k]?.falseAlarm ?? 0]),
    ),
    '',
    '## By module',
    '',
    table(['Module', ...MUTANT_HEAD.slice(1)], Object.entries(m.byModule).map(([k, e]) => mutantRow(k, e))),
    '',
    '## Refactors by kind',
    '',
    table(['Kind', 'refactors', 'flagged', 'not verified'], Object.entries(f.byKind).map(([k, e]) => [k, e.total, e.falseAlarm, e.notVerified])),
  ];
}

function lists(r) {
  const p = r.power;
  return [
    '## False alarms and other verdicts on refactors',
    '',
    p.refactors.alarms.length === 0
      ? 'None: every verdict of every refactor was `verified`.'
      : table(['Refactor', 'Kind', 'Declaration', 'Flagged', 'Verdicts other than verified'], p.refactors.alarms.map((x) => [x.id, x.category, `${x.file} ${x.declaration}`, x.falseAlarm ? 'yes' : 'no', x.error ? `error: ${x.error}` : short(x.notVerified.join('; '), 300)])),
    '',
    '## Intended changes not reported as `changed`',
    '',
    p.intended.others.length === 0
      ? 'None.'
      : table(['Case', 'Kind', 'Declaration', 'State', 'What Vouch said'], p.intended.others.map((x) => [x.id, x.category, `${x.file} ${x.declaration}`, x.targetState, x.error ? `error: ${x.error}` : short(x.said, 300)])),
    '',
    ...(p.errors.length ? ['## Errors', '', table(['Case', 'Error'], p.errors.map((e) => [e.id, e.error])), ''] : []),
    `<details><summary>Missed mutants (${p.mutants.misses.length})</summary>`,
    '',
    p.mutants.misses.length === 0
      ? 'None.'
      : table(
          ['Mutant', 'Mutator', 'Declaration', 'Edit', 'Human suite kills it', 'What Vouch said'],
          p.mutants.misses.map((x) => [x.id, x.category, `${x.file} ${x.declaration}`, short(x.description, 80), x.killedByHumanSuite ? 'yes' : 'no', x.error ? `error: ${x.error}` : short(x.said, 200)]),
        ),
    '',
    '</details>',
  ];
}

export function renderPower(r) {
  const sections = [header(r), summary(r), breakdowns(r), lists(r)];
  return `${sections.map((s) => s.join('\n')).join('\n\n')}\n`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const input = path.resolve(process.argv[2] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'power.json'));
  writeFileSync(path.join(path.dirname(input), 'POWER.md'), renderPower(JSON.parse(readFileSync(input, 'utf8'))));
}
