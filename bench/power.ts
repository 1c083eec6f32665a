// The power driver, for measurement 4 of `npm run bench` (mutants and refactors of the demo
// workspace, bench/cases) and for `npm run bench:power` (the power corpus, bench/power/). For every
// case a fresh temp git copy of the plan's workspace is made (baseline committed, the case applied in the
// working tree) and verified by ONE warm engine with the verdict cache off. Each case's verdicts
// are recorded as the raw material of powerSummary.mjs: state, reason, and every check's status and
// finding. The last case is verified once untimed before the others, so that the runner's start-up
// is not charged to the first case.
//
// Bundled by bench/run.mjs into bench/.work/power.cjs; run as `node power.cjs <plan.json>` with
// VOUCH_DIST pointing at the built dist/.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { Engine } from '../server/src/core/engine';
import type { Verdict, VerifyReport } from '../server/src/core/model';
import type { VerifyOptions } from '../server/src/core/verifyOptions';
import { demoGitCopy, tempFolder } from './benchWorkspace.mjs';
import { vouchRole, watchPeakMemory } from './processMemory.mjs';

export interface PowerCase {
  id: string;
  set: 'mutant' | 'refactor' | 'intended';
  file: string;
  declaration: string;
  /** The mutator of a mutant, the kind of a refactor or intended change. */
  category: string;
  description: string;
  killedByHumanSuite?: boolean;
  /** The file's text with the case applied. */
  text: string;
  /** Other files the case edits (an intended change's updated tests), relative path → text. */
  otherFiles?: Record<string, string>;
}

interface PowerPlan {
  workspaceDir: string;
  cases: PowerCase[];
  outFile: string;
  /** Verification options besides `useCache: false` (the engine's defaults otherwise). */
  options?: Partial<VerifyOptions>;
}

export interface RecordedCheck {
  kind: string;
  status: string;
  inputs: number;
  reason?: string;
  message?: string;
  input?: string;
  old?: string;
  new?: string;
  ms: number;
}

export interface RecordedVerdict {
  declaration: string;
  file: string;
  change: string;
  state: string;
  reason?: string;
  checks: RecordedCheck[];
}

export interface CaseRecord {
  id: string;
  ms: number;
  /** Resident memory of the engine process after the case, MB (it serves one more root each case). */
  rssMb: number;
  verdicts: RecordedVerdict[];
  skipped: string[];
  notes: string[];
  error?: string;
}

function recordVerdict(verdict: Verdict): RecordedVerdict {
  return {
    declaration: verdict.declaration.qualifiedName,
    file: verdict.declaration.relativePath,
    change: verdict.change,
    state: verdict.state,
    reason: verdict.reason,
    checks: verdict.checks.map((c) => ({
      kind: c.kind,
      status: c.status,
      inputs: c.inputs,
      reason: c.reason,
      message: c.finding?.message,
      input: c.finding?.input,
      old: c.finding?.old,
      new: c.finding?.new,
      ms: Math.round(c.durationMs),
    })),
  };
}

async function verifyCase(engine: Engine, plan: PowerPlan, testCase: PowerCase): Promise<{ ms: number; report?: VerifyReport; error?: string }> {
  const copy = demoGitCopy(plan.workspaceDir, { ...testCase.otherFiles, [testCase.file]: testCase.text }, 'vouch-bench-power-');
  const started = performance.now();
  try {
    const report = await engine.verify({ root: copy.root, options: { ...plan.options, useCache: false } });
    return { ms: performance.now() - started, report };
  } catch (error) {
    return { ms: performance.now() - started, error: error instanceof Error ? error.message : String(error) };
  } finally {
    copy.remove();
  }
}

async function main(): Promise<void> {
  const plan = JSON.parse(readFileSync(process.argv[2], 'utf8')) as PowerPlan;
  const memory = watchPeakMemory(process.pid, vouchRole(process.pid), 100);
  const cacheDir = tempFolder('vouch-bench-cache-');
  const engine = new Engine({ cacheDir });
  const records: CaseRecord[] = [];
  const started = performance.now();
  try {
    if (plan.cases.length > 0) await verifyCase(engine, plan, plan.cases[plan.cases.length - 1]);
    for (const testCase of plan.cases) {
      const { ms, report, error } = await verifyCase(engine, plan, testCase);
      records.push({
        id: testCase.id,
        ms: Math.round(ms),
        rssMb: Math.round(process.memoryUsage().rss / 2 ** 20),
        verdicts: report?.verdicts.map(recordVerdict) ?? [],
        skipped: report?.skipped.map((s) => `${s.file}: ${s.message}`) ?? [],
        notes: report?.notes ?? [],
        error,
      });
      const states = report?.verdicts.map((v) => `${v.declaration.qualifiedName}=${v.state}`).join(' ') ?? `error: ${error}`;
      process.stderr.write(`power ${testCase.set} ${testCase.id}: ${Math.round(ms)} ms ${states}\n`);
    }
  } finally {
    await engine.dispose();
    rmSync(cacheDir, { recursive: true, force: true });
  }
  const result = {
    totalMs: Math.round(performance.now() - started),
    runnerStarts: engine.runnerStarts,
    memory: { ...memory.stop(), engineMaxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) },
    records,
  };
  writeFileSync(plan.outFile, `${JSON.stringify(result, null, 2)}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
