#!/usr/bin/env node
// `npm run bench:power`: Vouch's verification power on the power corpus (test-fixtures/power).
// Every generated mutant, refactor and intended change is applied to a fresh temp git copy of the
// corpus and verified by one warm engine (bench/power.ts, the driver the demo's power measurement
// uses); the figures go to bench/power.json and bench/POWER.md.
//
//   --modules text,money       only the cases of these modules
//   --sample N                 at most N cases of each set, a fixed sample (hash of the case id)
//   --mutants N, --refactors N, --intended N    the same per set (0 leaves a set out)
//   --killed-only              only the mutants the human suite kills
//   --ids a,b                  only these cases
//   --ci                       the fixed sample of the unit suite's test (CI_SAMPLE in cases.mjs)
//   --out DIR                  where to write (default: bench/ for the full run, the work folder otherwise)
//   --work DIR                 the work folder: dist snapshot, bundles, workspace (default bench/.work)
//
// Runs from a snapshot of dist/ (the npm script builds first).
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { loadAverage, machine, runDriver, snapshotDist, source } from '../benchProcess.mjs';
import { bundleDrivers } from '../bundleDrivers.mjs';
import { CI_SAMPLE, powerCorpusCases } from './cases.mjs';
import { CORPUS_DIR, REPO_ROOT } from './corpus.mjs';
import { summarizePowerCorpus } from './summary.mjs';
import { renderPower } from './writePower.mjs';

const log = (message) => process.stderr.write(`bench:power: ${message}\n`);

function parseArgs(argv) {
  const args = {};
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    if (!flag.startsWith('--')) throw new Error(`unexpected argument ${argv[i]}`);
    const name = flag.slice(2);
    if (name === 'killed-only' || name === 'ci') args[name] = true;
    else args[name] = inline ?? argv[++i];
  }
  return args;
}

const count = (value) => (value === undefined ? undefined : Number(value));

/** The corpus without its cases folder: what each case's workspace copy starts from. */
function prepareWorkspace(work) {
  const dir = path.join(work, 'power-workspace');
  rmSync(dir, { recursive: true, force: true });
  cpSync(CORPUS_DIR, dir, { recursive: true, filter: (src) => !['node_modules', 'cases'].includes(path.basename(src)) });
  return dir;
}

async function main() {
  const started = Date.now();
  const args = parseArgs(process.argv.slice(2));
  const work = path.resolve(args.work ?? path.join(REPO_ROOT, 'bench', '.work'));
  const sample = count(args.sample);
  const counts = args.ci ? CI_SAMPLE.counts : { mutant: count(args.mutants) ?? sample, refactor: count(args.refactors) ?? sample, intended: count(args.intended) ?? sample };
  const killedOnly = args.ci ? CI_SAMPLE.killedOnly : args['killed-only'] === true;
  const modules = args.modules?.split(',');
  const ids = args.ids?.split(',');
  let cases = powerCorpusCases({ modules, counts, killedOnly });
  if (ids) cases = cases.filter((c) => ids.includes(c.id));
  const full = !modules && !ids && Object.values(counts).every((n) => n === undefined) && !killedOnly;
  const outDir = path.resolve(args.out ?? (full ? path.join(REPO_ROOT, 'bench') : work));
  mkdirSync(work, { recursive: true });
  mkdirSync(outDir, { recursive: true });
  const bySet = (set) => cases.filter((c) => c.set === set).length;
  const selection = `${bySet('mutant')} mutants, ${bySet('refactor')} refactors, ${bySet('intended')} intended changes${full ? ' (the whole corpus)' : ` (${process.argv.slice(2).join(' ')})`}`;
  const results = {
    date: new Date().toISOString(),
    command: full ? 'npm run bench:power' : `node bench/power/run.mjs ${process.argv.slice(2).join(' ')}`,
    machine: machine(),
    source: source(REPO_ROOT),
    loadAverage: { start: loadAverage() },
    selection,
  };
  const dist = snapshotDist(REPO_ROOT, work);
  const drivers = await bundleDrivers(REPO_ROOT, work);
  log(selection);
  const driver = await runDriver({ repo: REPO_ROOT, work, script: drivers.power, name: 'power-corpus', plan: { workspaceDir: prepareWorkspace(work), cases }, dist });
  results.power = summarizePowerCorpus(cases, driver);
  results.loadAverage.end = loadAverage();
  results.benchDurationMs = Date.now() - started;
  const { mutants: m, refactors: r, intended: i } = results.power;
  log(`mutants flagged ${m.caught.hits}/${m.caught.total} (human-killed ${m.killedByHumanSuite.hits}/${m.killedByHumanSuite.total}); refactors flagged ${r.falseAlarms.hits}/${r.falseAlarms.total}; intended changed ${i.asChanged.hits}/${i.asChanged.total}; median ${results.power.ms.median} ms`);
  writeFileSync(path.join(outDir, 'power.json'), `${JSON.stringify(results, null, 1)}\n`);
  writeFileSync(path.join(outDir, 'POWER.md'), renderPower(results));
  log(`wrote ${path.relative(REPO_ROOT, path.join(outDir, 'POWER.md'))} and power.json in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

main().catch((error) => {
  console.error(`bench:power: ${error instanceof Error ? (error.stack ?? error.message) : error}`);
  process.exit(1);
});
