// One warm engine per test file, a private cache folder, and a way to verify an edit in one call.
import { afterAll } from 'vitest';
import { Engine } from '../../server/src/core/engine';
import type { EngineOptions } from '../../server/src/core/engine';
import type { Verdict, VerifyReport } from '../../server/src/core/model';
import type { VerifyOptions } from '../../server/src/core/verifyOptions';
import { gitWorkspace, tempFolder } from './gitWorkspace';
import type { GitWorkspace } from './gitWorkspace';

export interface EditedWorkspace {
  workspace: GitWorkspace;
  report: VerifyReport;
  verdict(name: string): Verdict;
}

export function useEngine(options: EngineOptions = {}) {
  const engine = new Engine({ cacheDir: tempFolder('vouch-cache-'), ...options });
  afterAll(() => engine.dispose());

  async function verifyEdit(
    baseline: Record<string, string>,
    edit: Record<string, string>,
    verifyOptions: Partial<VerifyOptions> = {},
  ): Promise<EditedWorkspace> {
    const workspace = gitWorkspace(baseline);
    workspace.edit(edit);
    const report = await engine.verify({ root: workspace.root, options: { useCache: false, ...verifyOptions } });
    return { workspace, report, verdict: (name) => findVerdict(report, name) };
  }
  return { engine, verifyEdit };
}

export function findVerdict(report: VerifyReport, name: string): Verdict {
  const verdict = report.verdicts.find((v) => v.declaration.qualifiedName === name);
  if (!verdict) {
    const names = report.verdicts.map((v) => v.declaration.qualifiedName).join(', ') || 'none';
    throw new Error(`no verdict for ${name} (verdicts: ${names}; skipped: ${JSON.stringify(report.skipped)})`);
  }
  return verdict;
}

export function failedCheck(verdict: Verdict, kind: string) {
  const check = verdict.checks.find((c) => c.kind === kind && c.status === 'failed');
  if (!check?.finding) throw new Error(`no failed ${kind} check in ${JSON.stringify(verdict.checks, null, 2)}`);
  return check.finding;
}
