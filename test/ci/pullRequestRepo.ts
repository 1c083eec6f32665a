// The CI scenario of test-fixtures/ci as a git repository: `main` with the baseline, a `feature`
// branch with the pull request's changes, and `main` moved on after the branch point, so the merge
// base of main and the feature differs from main itself. Left checked out on `feature`.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { gitWorkspace, tempFolder } from '../helpers/gitWorkspace';
import type { GitWorkspace } from '../helpers/gitWorkspace';
import { CLI, outputOf, runVouch } from '../helpers/runCli';
import type { CliResult } from '../helpers/runCli';

export const FIXTURE = path.resolve(__dirname, '../../test-fixtures/ci');

export interface PullRequestRepo extends GitWorkspace {
  /** The commit where `feature` left `main`. */
  mergeBase: string;
  /** `main`'s commit now. */
  mainHead: string;
}

function commitAll(repo: GitWorkspace, message: string): string {
  repo.git('add', '-A');
  repo.git('commit', '-q', '-m', message);
  return repo.git('rev-parse', 'HEAD').trim();
}

export function pullRequestRepo(): PullRequestRepo {
  const repo = gitWorkspace({}, { fromFolder: path.join(FIXTURE, 'base') });
  const mergeBase = repo.git('rev-parse', 'HEAD').trim();
  repo.git('checkout', '-q', '-b', 'feature');
  cpSync(path.join(FIXTURE, 'feature'), repo.root, { recursive: true });
  commitAll(repo, 'feature');
  repo.git('checkout', '-q', 'main');
  cpSync(path.join(FIXTURE, 'main-later'), repo.root, { recursive: true });
  const mainHead = commitAll(repo, 'main moves on');
  repo.git('checkout', '-q', 'feature');
  return { ...repo, mergeBase, mainHead };
}

/** `vouch` with its own verdict cache folder (fresh per call unless one is given). */
export function vouch(args: string[], cwd: string, cache = tempFolder('vouch-ci-cache-'), env: NodeJS.ProcessEnv = {}): CliResult {
  return runVouch(args, cwd, { VOUCH_CACHE_DIR: cache, ...env });
}

/** `vouch` without blocking this process: for tests whose own server must answer meanwhile. */
export function vouchAsync(args: string[], cwd: string, cache = tempFolder('vouch-ci-cache-'), env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  return outputOf(spawn(process.execPath, [CLI, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', VOUCH_CACHE_DIR: cache, ...env } }));
}

export function readJson<T = any>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

export function writeJson(file: string, value: unknown): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}

/** Declarations of a JSON report as `file#name: state`, sorted. */
export function verdictList(report: { verdicts: { declaration: { relativePath: string; qualifiedName: string }; state: string }[] }): string[] {
  return report.verdicts.map((v) => `${v.declaration.relativePath}#${v.declaration.qualifiedName}: ${v.state}`).sort();
}

/** A report without what differs between two runs of the same code (timings, cache marks, the
 *  generated test files' folder): what "the same report" means. */
export function comparable(report: any): any {
  const { durationMs: _d, shard: _s, ...rest } = report;
  return {
    ...rest,
    verdicts: report.verdicts.map((v: any) => {
      const { durationMs: _vd, cached: _c, testFile: _t, ...verdict } = v;
      return {
        ...verdict,
        checks: v.checks.map((c: any) => {
          const { durationMs: _cd, ...check } = c;
          if (!check.finding?.test) return check;
          return { ...check, finding: { ...check.finding, test: { name: check.finding.test.name } } };
        }),
      };
    }),
  };
}
