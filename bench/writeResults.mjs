#!/usr/bin/env node
// Renders bench/results.json as bench/RESULTS.md, with the editor measurement of bench/editor.json
// (written by `npm run bench:editor`, a separate run) when there is one.
// `node bench/writeResults.mjs [results.json]` re-renders an existing results file (and the
// editor.json beside it) without measuring again.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rate, table, time } from './markdown.mjs';
import { ratio } from './stats.mjs';

const spread = (s) => [s.n, time(s.median), time(s.p95), time(s.min), time(s.max)];
const SPREAD = ['runs', 'median', 'p95', 'min', 'max'];
const met = (ok) => (ok ? 'met' : '**not met**');

function header(r) {
  const m = r.machine;
  return [
    '# Vouch benchmark results',
    '',
    `Written by \`${r.command}\` (bench/run.mjs) on ${r.date.slice(0, 10)} (${r.date}); the whole bench took ${time(r.benchDurationMs)}.`,
    '',
    `- Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB memory, ${m.os}`,
    `- Node ${m.node}`,
    `- Source: commit ${r.source.commit}${r.source.uncommittedEngineFiles.length ? ` plus uncommitted changes to ${r.source.uncommittedEngineFiles.join(', ')} (the working tree was built and measured)` : ''}`,
    `- Load average (1, 5, 15 min): ${r.loadAverage.start.join(', ')} at the start, ${r.loadAverage.end.join(', ')} at the end`,
    '',
    'The machine is shared and noisy: read medians and ratios, not single runs. Nothing here is asserted.',
    'Times are wall-clock. "p95" is the nearest-rank 95th percentile. Everything runs from a snapshot of dist/ taken after `npm run build`, so builds by others during the run change nothing.',
  ];
}

function summary(r, editor) {
  const ai = r.cold.edits['ai-edit'];
  const pricing = r.cold.edits['pricing-only'];
  const w = r.warm;
  const p = r.power;
  return [
    '## Summary',
    '',
    table(
      ['Measurement', 'Result', 'Target (issue)', ''],
      [
        ['Cold `vouch verify` on the demo (whole AI edit, includes the hang)', `median ${time(ai.wallMs.median)} of ${ai.wallMs.n}`, 'under 8 s', met(ai.wallMs.median < 8000)],
        ['Cold `vouch verify`, AI edit of src/pricing.ts only (no hang)', `median ${time(pricing.wallMs.median)} of ${pricing.wallMs.n}`, '', ''],
        ['Warm re-verification of one changed function', `median ${time(w.uncached.wallMs.median)}, p95 ${time(w.uncached.wallMs.p95)} of ${w.uncached.wallMs.n}`, 'median under 1 s', met(w.uncached.wallMs.median < 1000)],
        ['Same edit again, answered by the verdict cache', `median ${time(w.cached.wallMs.median)} of ${w.cached.wallMs.n}`, '', ''],
        ['Peak memory, cold demo run (median of runs)', `engine ${ai.peakMemoryMb.engine?.median ?? '–'} MB, runner ${ai.peakMemoryMb.runner?.median ?? '–'} MB`, '', ''],
        ...(r.lsp
          ? [
              ['AI edit → its verdict in the editor (language server, warm)', `median ${time(r.lsp.toVerdictMs.median)}, p95 ${time(r.lsp.toVerdictMs.p95)} of ${r.lsp.toVerdictMs.n}`, 'median under 500 ms, p95 under 1.5 s', met(r.lsp.toVerdictMs.median < 500 && r.lsp.toVerdictMs.p95 < 1500)],
              ['Peak memory, language server + runner', `${lspMemory(r.lsp)} MB`, 'under 400 MB', met(lspMemory(r.lsp) < 400)],
            ]
          : []),
        ...(editor ? [editorSummaryRow(editor)] : []),
        ['Mutants flagged', rate(p.mutants.caught), 'at least 80 %', met(p.mutants.caught.percent >= 80)],
        ['… of those the human suite kills', rate(p.mutants.killedByHumanSuite), '', ''],
        ['… of those the human suite misses', rate(p.mutants.survivorsOfHumanSuite), '', ''],
        ['Refactors wrongly flagged', rate(p.refactors.falseAlarms), 'none', met(p.refactors.falseAlarms.hits === 0)],
      ],
    ),
  ];
}

function cold(r) {
  const c = r.cold;
  const edits = Object.values(c.edits);
  const ai = c.edits['ai-edit'];
  const pricing = c.edits['pricing-only'];
  return [
    '## 1. Cold `vouch verify` on the demo',
    '',
    `\`${c.command}\` (cli.js from the snapshot of dist/ the bench takes at its start), a fresh process each run, in a fresh temp git copy of test-fixtures/demo/workspace (baseline committed, the edit in the working tree), with a fresh \`VOUCH_CACHE_DIR\`. The two edits alternate run by run. "Engine" is the report's own \`durationMs\` (without process start-up and module loading).`,
    '',
    table(['Edit', ...SPREAD, 'engine median', 'expectations met in every run'], edits.map((e) => [e.label, ...spread(e.wallMs), time(e.engineMs.median), e.allExpectationsMet ? 'yes' : '**no**'])),
    '',
    ...edits.filter((e) => e.missed.length > 0).flatMap((e) => [`**${e.label}: the report did not meet test-fixtures/demo/ai-edit/expected.json** in some runs: ${e.missed.join('; ')}.`, '']),
    `The hang costs: whole edit / pricing.ts alone = ${ratio(ai.wallMs.median, pricing.wallMs.median)}× (${time(ai.wallMs.median - pricing.wallMs.median)} more: the hang budget of 2.5 s, recovering from the hang, and verifying \`titleCase\`).`,
    '',
    `Every run, ms (1-minute load average at its start): ${edits.map((e) => `${e.label.split(' (')[0]}: ${e.runs.map((x) => `${x.wallMs} (${x.loadAverage})`).join(', ')}`).join('; ')}.`,
  ];
}

function warm(r) {
  const w = r.warm;
  const checks = (s) => Object.entries(s.checkMedianMs).map(([k, v]) => `${k} ${time(v)}`).join(', ');
  const states = (s) => Object.entries(s.states).map(([k, v]) => `${v} ${k}`).join(', ');
  return [
    '## 2. Warm re-verification of one changed function',
    '',
    `One \`Engine\`, one temp git copy of the demo; \`bulkPrice\` in src/pricing.ts edited before each call of \`${w.call}\` (default options: 200 inputs, related tests on: test/pricing.test.ts runs each time). Two kinds of edit, interleaved, each new so the verdict cache cannot answer: a local renamed (behaviour kept: every check runs all its inputs) and the lowest tier moved to 11, 12, … units (a behaviour change to find and shrink). A third series, interleaved with them, repeats the first kind with \`relatedTests: false\` to show what the related tests cost. The first call starts the runner and is reported apart. Then earlier edits are repeated and the verdict cache answers.`,
    '',
    table(
      ['Series', ...SPREAD, 'verdicts', 'verdict median', 'median time per check'],
      [
        ['first call (starts the runner; not counted)', 1, time(w.first.ms), '', '', '', w.first.state, time(w.first.verdictMs), ''],
        ['all uncached edits', ...spread(w.uncached.wallMs), '', '', ''],
        ['… behaviour-preserving edits', ...spread(w.refactor.wallMs), states(w.refactor), time(w.refactor.verdictMedianMs), checks(w.refactor)],
        ['… behaviour-changing edits', ...spread(w.finding.wallMs), states(w.finding), time(w.finding.verdictMedianMs), checks(w.finding)],
        ['behaviour-preserving edits, related tests off (not in "all")', ...spread(w.noRelatedTests.wallMs), states(w.noRelatedTests), time(w.noRelatedTests.verdictMedianMs), checks(w.noRelatedTests)],
        ['repeated edits (verdict cache)', ...spread(w.cached.wallMs), states(w.cached), '', ''],
      ],
    ),
    '',
    '"Verdict median" is the verdict\'s own `durationMs` and the check times are each check\'s `durationMs`, as the engine reports them; the rest of a call\'s wall time is spent outside them (finding the change against git, planning and writing the test, the runner\'s round trip, related tests).',
    '',
    `Cached / uncached median: ${ratio(w.cached.wallMs.median, w.uncached.wallMs.median)}. Runner processes started: ${w.runnerStarts}.`,
  ];
}

function memory(r) {
  const role = (roles, name) => (roles[name] ? `${roles[name].peakMb} MB` : '–');
  const coldRole = (edit, name) => (edit.peakMemoryMb[name] ? `${edit.peakMemoryMb[name].median} MB (max ${edit.peakMemoryMb[name].max})` : '–');
  const ai = r.cold.edits['ai-edit'];
  const pricing = r.cold.edits['pricing-only'];
  const p = r.power;
  return [
    '## 3. Peak memory',
    '',
    'Peak resident memory (VmHWM from /proc/<pid>/status, sampled every 50–100 ms over the process tree; a process that grows in its last interval is under-reported by that much). "Engine" is the CLI process or the bench driver holding the `Engine`; "runner" is the largest of the runner processes (`dist/runner.js`, vitest workers are threads inside it); "other" are short-lived children such as git.',
    '',
    table(
      ['Process', 'cold, whole AI edit (median of runs)', 'cold, pricing.ts only', 'warm driver (one root)', `power driver (${p.engineRssMb.roots} roots)`],
      [
        ['engine', coldRole(ai, 'engine'), coldRole(pricing, 'engine'), role(r.warm.memory.roles, 'engine'), role(p.memory.roles, 'engine')],
        ['runner', coldRole(ai, 'runner'), coldRole(pricing, 'runner'), role(r.warm.memory.roles, 'runner'), role(p.memory.roles, 'runner')],
        ['other', coldRole(ai, 'other'), coldRole(pricing, 'other'), role(r.warm.memory.roles, 'other'), role(p.memory.roles, 'other')],
      ],
    ),
    '',
    `Runner processes per cold run (at most): ${ai.peakMemoryMb.runner?.processesPerRun ?? '–'} with the hang, ${pricing.peakMemoryMb.runner?.processesPerRun ?? '–'} without. In the power run the engine's resident memory went from ${p.engineRssMb.afterFirstCase} MB after the first case to ${p.engineRssMb.afterLastCase} MB after the last: the engine keeps what it knows of every workspace root it has served, and the power run serves a new root per case.`,
  ];
}

function lspMemory(l) {
  return (l.memory.roles.engine?.peakMb ?? 0) + (l.memory.roles.runner?.peakMb ?? 0);
}

function lsp(r) {
  const l = r.lsp;
  if (!l) return [];
  const row = (name, s) => [name, s.n, time(s.median), time(s.p95), time(s.min), time(s.max)];
  return [
    '## 5. From an AI edit to the editor: the language server',
    '',
    'dist/server.js spoken to over IPC (as VS Code does) by the LSP test client, on a temp git copy of the demo. `bulkPrice` is rewritten as one AI insertion (`vouch/aiEdit`), each time differently; the edits alternate between keeping the behaviour (a new unused local) and moving the 10-unit discount boundary. Timed from sending the change to the first `vouch/fileVerdicts` with the verdict of `bulkPrice` for that version (what CodeLens and the UI show), and for the second kind to the `behavior-change` diagnostic. Related tests run after the verdict is published and are waited for before the next edit. The first ' + l.warmup + ' edits warm the server up and are not counted.',
    '',
    table(['Series', 'edits', 'median', 'p95', 'min', 'max'], [row('all edits → verdict', l.toVerdictMs), row('… keeping behaviour', l.keeps), row('… changing behaviour', l.changes), row('changing behaviour → the squiggle', l.toDiagnosticMs)]),
    '',
    `Verdicts: ${Object.entries(l.states).map(([k, v]) => `${v} ${k}`).join(', ')}. Peak memory: server ${l.memory.roles.engine?.peakMb ?? '–'} MB, runner ${l.memory.roles.runner?.peakMb ?? '–'} MB (together ${lspMemory(l)} MB).`,
  ];
}

/** The editor measurement's own date and commit: it is a separate run from the rest of this file. */
function editorProvenance(e) {
  const dirty = e.source.uncommittedFiles.length;
  return `${e.date.slice(0, 10)}, commit ${e.source.commit}${dirty ? ` + ${dirty} uncommitted files` : ''}`;
}

function editorSummaryRow(e) {
  const s = e.series.uncached;
  return [
    'AI edit → red squiggle in a real VS Code (a new function each time; `npm run bench:editor`, section 6)',
    `median ${time(s.median)}, p95 ${time(s.p95)} of ${s.n} (${editorProvenance(e)}; [EDITOR.md](EDITOR.md))`,
    'median of at least 10 runs',
    met(s.n >= 10),
  ];
}

function editorSection(e) {
  if (!e) return [];
  const { first, uncached, cached } = e.series;
  return [
    '## 6. From an AI edit to the red squiggle in a real VS Code',
    '',
    `Not measured by \`npm run bench\`: written by \`${e.command}\` (bench/editorLatency.mjs) to bench/editor.json, and copied here from it. That run: ${e.date} on ${e.machine.cores} cores (load average ${e.loadAverage.start[0]} at its start), commit ${e.source.commit}${e.source.uncommittedFiles.length ? ` with ${e.source.uncommittedFiles.length} uncommitted files of client/, server/ or shared/` : ''}; code-server ${e.editor.codeServer} (VS Code ${e.editor.vscode}) with the packaged .vsix, Debian's chromium, Playwright.`,
    '',
    'An AI tool inserts a function that crashes on an empty array at the end of the demo\'s src/pricing.ts (one `TextEditor.edit`); timed from the edit applied in the extension host to the first error squiggle in the editor\'s page. Unlike section 5, this includes the client, VS Code and the rendering. How it is measured and every run: [bench/EDITOR.md](EDITOR.md).',
    '',
    table(
      ['Series', ...SPREAD],
      [
        ['first edit in the window (starts the runner)', ...spread(first)],
        ['uncached edit (a new function each run)', ...spread(uncached)],
        ['cached edit (the same edit again)', ...spread(cached)],
      ],
    ),
  ];
}

/** Renders the results of `npm run bench`, plus the editor measurement when `editor` (editor.json) is given. */
export function renderResults(r, editor) {
  const sections = [header(r), summary(r, editor), cold(r), warm(r), memory(r), lsp(r), renderPower(r.power), editorSection(editor)].filter((s) => s.length > 0);
  return `${sections.map((s) => s.join('\n')).join('\n\n')}\n`;
}

/** bench/editor.json (or the one in `dir`), parsed, or undefined when `npm run bench:editor` has not run. */
export function readEditorResults(dir) {
  const file = path.join(dir, 'editor.json');
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
}

function renderPower(p) {
  const m = p.mutants;
  const f = p.refactors;
  const mutators = Object.entries(m.byMutator).sort(([a], [b]) => a.localeCompare(b));
  return [
    '## 4. Power: mutants and refactors of the demo',
    '',
    'Every case of bench/cases (README there): a fresh temp git copy of the demo per case (baseline committed, the case in the working tree), verified by one warm `Engine` with `useCache: false` and default options. A mutant counts as flagged when the declaration it mutates gets state `failed` or `changed`, or any failed check; a refactor counts as wrongly flagged when any verdict of its run does. The corpus is as committed, not tuned.',
    '',
    table(
      ['', 'Result'],
      [
        ['Mutants flagged (the mutated declaration)', rate(m.caught)],
        ['Mutants flagged anywhere (the declaration or a caller)', rate(m.caughtAnywhere)],
        ['Mutants the human suite kills, flagged', rate(m.killedByHumanSuite)],
        ['Mutants the human suite misses, flagged', rate(m.survivorsOfHumanSuite)],
        ['Refactors wrongly flagged', rate(f.falseAlarms)],
        ['Refactors with any verdict other than `verified`', rate(f.notVerified)],
        ['Time per case, all', `median ${time(p.ms.median)}, p95 ${time(p.ms.p95)}, max ${time(p.ms.max)} (${p.ms.n} cases)`],
        ['Time per case, mutants / refactors', `median ${time(m.ms.median)} / ${time(f.ms.median)}`],
        ['Whole power run', `${time(p.totalMs)}, ${p.runnerStarts} runner start(s)`],
      ],
    ),
    '',
    '### Missed mutants',
    '',
    m.misses.length === 0
      ? 'None.'
      : table(
          ['Mutant', 'Mutator', 'Declaration', 'Human suite kills it', 'What Vouch said', 'Other declarations flagged'],
          m.misses.map((x) => [x.id, x.category, `${x.file} ${x.declaration}`, x.killedByHumanSuite ? 'yes' : 'no', x.error ? `error: ${x.error}` : x.said, x.flaggedDeclarations.join(', ') || 'none']),
        ),
    '',
    '### False alarms on refactors',
    '',
    f.alarms.length === 0
      ? 'None: every verdict of every refactor was `verified`.'
      : table(['Refactor', 'Kind', 'Declaration', 'Verdicts other than verified'], f.alarms.map((x) => [x.id, x.category, `${x.file} ${x.declaration}`, x.error ? `error: ${x.error}` : x.notVerified.join('; ')])),
    '',
    '### By mutator',
    '',
    table(['Mutator', 'Flagged', 'Total', '%'], mutators.map(([name, e]) => [name, e.caught, e.total, ((100 * e.caught) / e.total).toFixed(0)])),
    '',
    '### By check',
    '',
    'Mutants whose declaration had a failed check of each kind (a mutant may fail several), and those a single kind caught alone:',
    '',
    table(['Check', 'Mutants', 'Caught by this check alone'], Object.entries(m.byCheck).sort((a, b) => b[1] - a[1]).map(([k, v]) => [k, v, m.onlyCheck[k] ?? 0])),
    ...(p.errors.length ? ['', '### Errors', '', table(['Case', 'Error'], p.errors.map((e) => [e.id, e.error]))] : []),
    '',
    '<details><summary>Every case</summary>',
    '',
    table(
      ['Case', 'Set', 'Category', 'Declaration', 'State', 'Flagged by', 'Declarations flagged', 'Time'],
      p.cases.map((x) => [x.id, x.set, x.category, x.declaration, x.targetState, x.set === 'mutant' ? x.caughtBy.join(', ') : '', x.flaggedDeclarations.join(', '), time(x.ms)]),
    ),
    '',
    '</details>',
  ];
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const input = path.resolve(process.argv[2] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), 'results.json'));
  writeFileSync(path.join(path.dirname(input), 'RESULTS.md'), renderResults(JSON.parse(readFileSync(input, 'utf8')), readEditorResults(path.dirname(input))));
}
