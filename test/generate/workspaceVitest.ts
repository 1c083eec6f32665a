// For the "Generate tests" tests: fixture workspaces that can run their own tests (vitest and
// fast-check linked into their node_modules, as an installed project has them), and a run of one
// test file with vitest in its own process, as the user would run it.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import * as path from 'node:path';
import { gitWorkspace } from '../helpers/gitWorkspace';
import type { GitWorkspace } from '../helpers/gitWorkspace';

const REPO = path.resolve(__dirname, '../..');
const VITEST_CLI = path.join(REPO, 'node_modules/vitest/vitest.mjs');

const PACKAGES = ['vitest', 'fast-check'];

/** A git workspace copied from `test-fixtures/generate/<name>`, with vitest and fast-check installed. */
export function generateFixture(name: string): GitWorkspace {
  return linkPackages(gitWorkspace({}, { fromFolder: path.join(REPO, 'test-fixtures/generate', name) }));
}

/** Links Vouch's copies of vitest and fast-check into the workspace's node_modules. */
export function linkPackages(workspace: GitWorkspace): GitWorkspace {
  mkdirSync(path.join(workspace.root, 'node_modules'), { recursive: true });
  for (const name of PACKAGES) symlinkSync(path.join(REPO, 'node_modules', name), path.join(workspace.root, 'node_modules', name));
  return workspace;
}

export interface FileRun {
  passed: string[];
  failed: string[];
  /** vitest's own output, for a failure message. */
  output: string;
}

/** Runs one test file of the workspace with vitest (`globals` for jest-style files). */
export function runTestFile(root: string, file: string, options: { globals?: boolean } = {}): FileRun {
  const report = path.join(root, 'node_modules', '.vitest-report.json');
  const args = [VITEST_CLI, 'run', path.relative(root, file), '--root', root, '--reporter=json', `--outputFile=${report}`];
  if (options.globals) args.push('--globals');
  const run = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', timeout: 120_000, env: { ...process.env, CI: '1', NO_COLOR: '1' } });
  const output = `${run.stdout}\n${run.stderr}`;
  let json: { testResults: { assertionResults: { fullName: string; status: string }[]; message?: string }[] };
  try {
    json = JSON.parse(readFileSync(report, 'utf8'));
  } catch {
    throw new Error(`vitest wrote no report:\n${output}`);
  }
  const results = json.testResults.flatMap((r) => r.assertionResults);
  if (results.length === 0) throw new Error(`vitest ran no tests:\n${json.testResults.map((r) => r.message).join('\n')}\n${output}`);
  return {
    passed: results.filter((r) => r.status === 'passed').map((r) => r.fullName),
    failed: results.filter((r) => r.status === 'failed').map((r) => r.fullName),
    output,
  };
}
