// Measurement 1 (and the cold half of 3): `vouch verify` on the demo as a person runs it the first
// time: a fresh CLI process, a fresh cache folder (VOUCH_CACHE_DIR), `--no-cache`, on a temp git
// copy of the demo workspace with the AI edit in the working tree. Two edits, alternated run by run
// so that noise on the shared machine spreads over both: the whole AI edit (with the `wordWrap`
// hang, which costs the hang budget by design) and the same edit of `src/pricing.ts` alone.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { WORKSPACE_DIR, aiEditOverrides, readExpectedVerdicts } from '../test/fixtures/demoCorpus.mjs';
import { demoGitCopy, tempFolder } from './benchWorkspace.mjs';
import { vouchRole, watchPeakMemory } from './processMemory.mjs';
import { summarize } from './stats.mjs';

export const COLD_ARGS = ['verify', '--no-cache', '--format', 'json'];

/** The two edits measured: every file of the AI edit, and its `src/pricing.ts` alone. */
async function coldEdits() {
  const all = await aiEditOverrides();
  const expected = await readExpectedVerdicts();
  return [
    { id: 'ai-edit', label: 'whole AI edit (pricing.ts + text.ts, includes the wordWrap hang)', files: all, expected },
    {
      id: 'pricing-only',
      label: 'AI edit of src/pricing.ts only (no hang)',
      files: { 'src/pricing.ts': all['src/pricing.ts'] },
      expected: expected.filter((e) => e.file === 'src/pricing.ts'),
    },
  ];
}

function runCli(cli, cwd, cacheDir) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST')));
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [cli, ...COLD_ARGS], { cwd, env: { ...env, VOUCH_CACHE_DIR: cacheDir, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    const memory = watchPeakMemory(child.pid, vouchRole(child.pid));
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, wallMs: performance.now() - started, stdout, stderr, memory: memory.stop() }));
  });
}

/** `bulkPrice: changed (behavior-change)` for each verdict, and whether the expectations held. */
function judge(report, expected) {
  const verdicts = report.verdicts.map((v) => {
    const failed = v.checks.filter((c) => c.status === 'failed').map((c) => c.kind);
    return { declaration: v.declaration.qualifiedName, state: v.state, failed, reason: v.reason };
  });
  const missed = [];
  for (const want of expected) {
    const got = verdicts.find((v) => v.declaration === want.declaration);
    const ok = got && (want.expect === 'verified' ? got.state === 'verified' : got.failed.includes(want.expect));
    if (!ok) {
      const said = got ? `${got.state}${got.failed.length ? ` (${got.failed.join(', ')})` : ''}${got.reason ? `: ${got.reason}` : ''}` : 'no verdict';
      missed.push(`${want.declaration}: expected ${want.expect}, got ${said}`);
    }
  }
  return { verdicts, expectationsMet: expected.length - missed.length, expectations: expected.length, missed };
}

/** Runs each edit `runs` times, alternating; resolves to per-edit summaries and every run. */
export async function measureColdDemo({ dist, runs, log }) {
  const cli = path.join(dist, 'cli.js');
  const edits = await coldEdits();
  const results = Object.fromEntries(edits.map((e) => [e.id, { label: e.label, runs: [] }]));
  for (let i = 0; i < runs; i++) {
    for (const edit of edits) {
      const copy = demoGitCopy(WORKSPACE_DIR, edit.files, 'vouch-bench-cold-');
      const cacheDir = tempFolder('vouch-bench-cache-');
      try {
        const load = Number(os.loadavg()[0].toFixed(2));
        const run = await runCli(cli, copy.root, cacheDir);
        let report;
        try {
          report = JSON.parse(run.stdout);
        } catch {
          throw new Error(`vouch verify wrote no JSON report (exit ${run.code}):\n${run.stderr.slice(-2000)}`);
        }
        const judged = judge(report, edit.expected);
        results[edit.id].runs.push({ wallMs: Math.round(run.wallMs), loadAverage: load, engineMs: report.durationMs, exitCode: run.code, memory: run.memory, ...judged });
        log?.(`cold ${edit.id} #${i + 1}: ${(run.wallMs / 1000).toFixed(2)} s, ${judged.expectationsMet}/${judged.expectations} expectations met`);
      } finally {
        copy.remove();
        rmSync(cacheDir, { recursive: true, force: true });
      }
    }
  }
  for (const result of Object.values(results)) {
    result.wallMs = summarize(result.runs.map((r) => r.wallMs));
    result.engineMs = summarize(result.runs.map((r) => r.engineMs));
    result.peakMemoryMb = peakMemory(result.runs);
    result.allExpectationsMet = result.runs.every((r) => r.expectationsMet === r.expectations);
    result.missed = [...new Set(result.runs.flatMap((r) => r.missed))];
  }
  return { command: `node cli.js ${COLD_ARGS.join(' ')}`, runsPerEdit: runs, edits: results };
}

/** Median over runs of each role's peak (and the largest one seen). */
function peakMemory(runs) {
  const roles = new Set(runs.flatMap((r) => Object.keys(r.memory.roles)));
  const out = {};
  for (const role of roles) {
    const peaks = runs.map((r) => r.memory.roles[role]?.peakMb).filter((v) => v !== undefined);
    out[role] = { ...summarize(peaks), processesPerRun: Math.max(...runs.map((r) => r.memory.roles[role]?.processes ?? 0)) };
  }
  return out;
}
