// Measurement 2 (and the warm half of 3): re-verifying one changed function inside one warm engine,
// the way the editor does after each edit. One Engine, one temp git copy of the demo; `bulkPrice`
// in src/pricing.ts is edited again and again, each time differently so the verdict cache cannot
// answer, and `verify({ paths: ['src/pricing.ts'], options: { only: ['bulkPrice'] } })` is timed.
// Two kinds of edit, interleaved: a behaviour-preserving one (a local renamed: every check runs all
// its inputs and passes) and a behaviour-changing one (a moved tier boundary: the behaviour check
// finds and shrinks a counterexample). A third, interleaved series repeats the behaviour-preserving
// kind with related tests off, to show their share. The first run starts the runner and is
// reported apart. Then earlier edits are repeated, which the verdict cache answers.
//
// Bundled by bench/run.mjs into bench/.work/warmVerify.cjs; run as `node warmVerify.cjs <plan.json>`
// with VOUCH_DIST pointing at the built dist/ (the runner lives there).
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Engine } from '../server/src/core/engine';
import type { Verdict } from '../server/src/core/model';
import { demoGitCopy, tempFolder } from './benchWorkspace.mjs';
import { vouchRole, watchPeakMemory } from './processMemory.mjs';
import { summarize } from './stats.mjs';

interface WarmPlan {
  workspaceDir: string;
  /** Timed runs per kind of edit, after the first (cold) one. */
  runs: number;
  /** Timed runs answered by the verdict cache. */
  cachedRuns: number;
  outFile: string;
}

interface Timed {
  series: 'first' | 'refactor' | 'finding' | 'noRelatedTests' | 'cached';
  edit: number;
  ms: number;
  engineMs: number;
  state: string;
  cached: boolean;
  /** The verdict's own time, and each check's, ms (what the runner spent). */
  verdictMs: number;
  checkMs: Record<string, number>;
}

const FILE = 'src/pricing.ts';
const NAME = 'bulkPrice';

/** The text of `bulkPrice` in `source`: from its `export function` line to its closing brace. */
function bulkPriceSpan(source: string): { start: number; end: number } {
  const start = source.indexOf(`export function ${NAME}(`);
  const end = source.indexOf('\n}\n', start) + 3;
  if (start < 0 || end < 3) throw new Error(`cannot find ${NAME} in ${FILE}`);
  return { start, end };
}

function editBulkPrice(source: string, edit: (body: string) => string): string {
  const { start, end } = bulkPriceSpan(source);
  const body = source.slice(start, end);
  const edited = edit(body);
  if (edited === body) throw new Error('the edit changed nothing');
  return source.slice(0, start) + edited + source.slice(end);
}

/** Behaviour-preserving: the local `rate` renamed to `rate<n>` (or `<prefix><n>`). */
function refactorEdit(source: string, n: number, prefix = 'rate'): string {
  return editBulkPrice(source, (body) => body.replace(/\brate\b/g, `${prefix}${n}`));
}

/** Behaviour-changing: the lowest tier starts at 11, 12, ... units instead of 10. */
function findingEdit(source: string, n: number): string {
  return editBulkPrice(source, (body) => body.replace('qty >= 10)', `qty >= ${11 + (n % 38)})`));
}

async function main(): Promise<void> {
  const plan = JSON.parse(readFileSync(process.argv[2], 'utf8')) as WarmPlan;
  const memory = watchPeakMemory(process.pid, vouchRole(process.pid));
  const baseline = readFileSync(path.join(plan.workspaceDir, FILE), 'utf8');
  const copy = demoGitCopy(plan.workspaceDir, {}, 'vouch-bench-warm-');
  const cacheDir = tempFolder('vouch-bench-cache-');
  const engine = new Engine({ cacheDir });
  const timings: Timed[] = [];

  const timeOne = async (series: Timed['series'], edit: number, text: string): Promise<void> => {
    writeFileSync(path.join(copy.root, FILE), text);
    const started = performance.now();
    const options = series === 'noRelatedTests' ? { only: [NAME], relatedTests: false } : { only: [NAME] };
    const report = await engine.verify({ root: copy.root, paths: [FILE], options });
    const ms = performance.now() - started;
    const verdict: Verdict | undefined = report.verdicts.find((v) => v.declaration.qualifiedName === NAME);
    timings.push({
      series,
      edit,
      ms: Math.round(ms),
      engineMs: report.durationMs,
      state: verdict?.state ?? 'no verdict',
      cached: verdict?.cached === true,
      verdictMs: verdict?.durationMs ?? 0,
      checkMs: Object.fromEntries((verdict?.checks ?? []).map((c) => [c.kind, c.durationMs])),
    });
  };

  try {
    await timeOne('first', 0, refactorEdit(baseline, 0));
    for (let n = 1; n <= plan.runs; n++) {
      await timeOne('refactor', n, refactorEdit(baseline, n));
      await timeOne('finding', n, findingEdit(baseline, n));
      await timeOne('noRelatedTests', n, refactorEdit(baseline, n, 'localRate'));
    }
    for (let i = 0; i < plan.cachedRuns; i++) {
      const n = 1 + (i % plan.runs);
      await timeOne('cached', n, i % 2 === 0 ? refactorEdit(baseline, n) : findingEdit(baseline, n));
    }
  } finally {
    await engine.dispose();
    copy.remove();
    rmSync(cacheDir, { recursive: true, force: true });
  }

  const peak = memory.stop();
  const series = (name: Timed['series']) => {
    const runs = timings.filter((t) => t.series === name);
    const states: Record<string, number> = {};
    for (const run of runs) {
      const state = run.cached ? `${run.state} (cached)` : run.state;
      states[state] = (states[state] ?? 0) + 1;
    }
    const kinds = [...new Set(runs.flatMap((r) => Object.keys(r.checkMs)))];
    const checkMedianMs = Object.fromEntries(kinds.map((kind) => [kind, summarize(runs.map((r) => r.checkMs[kind] ?? NaN)).median]));
    return { wallMs: summarize(runs.map((r) => r.ms)), engineMs: summarize(runs.map((r) => r.engineMs)), verdictMedianMs: summarize(runs.map((r) => r.verdictMs)).median, checkMedianMs, states };
  };
  const uncached = timings.filter((t) => t.series === 'refactor' || t.series === 'finding');
  const result = {
    call: `engine.verify({ root, paths: ['${FILE}'], options: { only: ['${NAME}'] } })`,
    first: timings[0],
    uncached: { wallMs: summarize(uncached.map((r) => r.ms)), engineMs: summarize(uncached.map((r) => r.engineMs)) },
    refactor: series('refactor'),
    finding: series('finding'),
    noRelatedTests: series('noRelatedTests'),
    cached: series('cached'),
    runnerStarts: engine.runnerStarts,
    memory: { ...peak, engineMaxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) },
    timings,
  };
  writeFileSync(plan.outFile, `${JSON.stringify(result, null, 2)}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
