#!/usr/bin/env node
// `npm run bench`: Vouch's performance and power on the demo workspace. Builds nothing itself (the
// npm script runs `npm run build` first), bundles the TypeScript drivers, then measures:
//   1. cold `vouch verify` on the demo, as a fresh CLI process (coldDemo.mjs);
//   2. warm re-verification of one edited function in one engine, and the verdict cache (warmVerify.ts);
//   3. peak memory of the engine and runner processes, during 1 and 2;
//   4. power: every mutant and refactor of bench/cases, verified by one warm engine (power.ts).
// Writes bench/results.json and bench/RESULTS.md (writeResults.mjs), which also shows the last
// `npm run bench:editor` (bench/editor.json, a separate run: a real VS Code). `--quick` takes a few
// repetitions and cases only and writes to bench/.work/ instead, for trying the bench itself.
// Everything runs from a snapshot of dist/ taken at the start (bench/.work/dist): other people's
// builds rewrite dist/ while the bench runs, and a new harness build changes every verdict's hash.
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { WORKSPACE_DIR } from '../test/fixtures/demoCorpus.mjs';
import { loadAverage, machine, runDriver, snapshotDist, source } from './benchProcess.mjs';
import { bundleDrivers } from './bundleDrivers.mjs';
import { measureColdDemo } from './coldDemo.mjs';
import { powerCases } from './powerCases.mjs';
import { summarizePower } from './powerSummary.mjs';
import { readEditorResults, renderResults } from './writeResults.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const work = path.join(repo, 'bench', '.work');
const quick = process.argv.includes('--quick');
const settings = quick
  ? { coldRuns: 1, warmRuns: 3, cachedRuns: 3, mutants: 4, refactors: 2, lspEdits: 4 }
  : { coldRuns: 5, warmRuns: 20, cachedRuns: 10, mutants: Infinity, refactors: Infinity, lspEdits: 40 };
const outDir = quick ? work : path.join(repo, 'bench');
const log = (message) => process.stderr.write(`bench: ${message}\n`);

function driver(script, name, plan, dist) {
  return runDriver({ repo, work, script, name, plan, dist });
}

async function main() {
  const started = Date.now();
  mkdirSync(work, { recursive: true });
  const results = {
    date: new Date().toISOString(),
    command: quick ? 'node bench/run.mjs --quick' : 'npm run bench',
    machine: machine(),
    source: source(repo),
    loadAverage: { start: loadAverage() },
    settings: { ...settings, mutants: quick ? settings.mutants : 'all', refactors: quick ? settings.refactors : 'all' },
  };
  const dist = snapshotDist(repo, work);
  const drivers = await bundleDrivers(repo, work);

  log(`1. cold vouch verify on the demo, ${settings.coldRuns} runs per edit`);
  results.cold = await measureColdDemo({ dist, runs: settings.coldRuns, log });

  log(`2. warm re-verification of bulkPrice, ${settings.warmRuns} runs per kind of edit + ${settings.cachedRuns} cached`);
  const warm = await driver(drivers.warmVerify, 'warmVerify', { workspaceDir: WORKSPACE_DIR, runs: settings.warmRuns, cachedRuns: settings.cachedRuns }, dist);
  results.warm = warm;
  log(`warm: median ${warm.uncached.wallMs.median} ms, p95 ${warm.uncached.wallMs.p95} ms; cached median ${warm.cached.wallMs.median} ms`);

  log(`5. edit-to-diagnostic latency through the language server, ${settings.lspEdits} AI edits`);
  results.lsp = await driver(drivers.lspLatency, 'lspLatency', { workspaceDir: WORKSPACE_DIR, serverPath: path.join(dist, 'server.js'), edits: settings.lspEdits, warmup: 4 }, dist);
  log(`lsp: edit to verdict median ${results.lsp.toVerdictMs.median} ms, p95 ${results.lsp.toVerdictMs.p95} ms`);

  const all = await powerCases();
  const mutants = all.filter((c) => c.set === 'mutant').slice(0, settings.mutants);
  const refactors = all.filter((c) => c.set === 'refactor').slice(0, settings.refactors);
  const cases = [...mutants, ...refactors];
  log(`4. power: ${mutants.length} mutants and ${refactors.length} refactors`);
  const power = await driver(drivers.power, 'power', { workspaceDir: WORKSPACE_DIR, cases }, dist);
  results.power = summarizePower(cases, power);
  const { mutants: m, refactors: r } = results.power;
  log(`power: mutants caught ${m.caught.hits}/${m.caught.total}, refactors flagged ${r.falseAlarms.hits}/${r.falseAlarms.total}`);

  results.loadAverage.end = loadAverage();
  results.benchDurationMs = Date.now() - started;
  writeFileSync(path.join(outDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(path.join(outDir, 'RESULTS.md'), renderResults(results, readEditorResults(path.join(repo, 'bench'))));
  log(`wrote ${path.relative(repo, path.join(outDir, 'RESULTS.md'))} and results.json in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

main().catch((error) => {
  console.error(`bench: ${error instanceof Error ? (error.stack ?? error.message) : error}`);
  process.exit(1);
});
