// A fresh copy of the demo shop (test-fixtures/demo/workspace) in a temp folder, committed as the
// git baseline, for the end-to-end and extension-host tests. Its node_modules links to the
// checkout's, so its own vitest suite (which Vouch runs as related tests) resolves vitest, as it
// would in a user's project.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO } from './paths.mjs';

const FIXTURE = path.join(REPO, 'test-fixtures', 'demo', 'workspace');

/** @returns {{ root: string, git: (...args: string[]) => string, remove: () => void }} */
export function demoWorkspace(prefix = 'vouch-e2e-demo-') {
  const root = realpathSync(mkdtempSync(path.join(os.tmpdir(), prefix)));
  cpSync(FIXTURE, root, { recursive: true, filter: (src) => !src.includes(`${path.sep}node_modules`) });
  symlinkSync(path.join(REPO, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  const env = { ...process.env, GIT_AUTHOR_NAME: 'Vouch E2E', GIT_AUTHOR_EMAIL: 'e2e@vouch.invalid', GIT_COMMITTER_NAME: 'Vouch E2E', GIT_COMMITTER_EMAIL: 'e2e@vouch.invalid' };
  const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8', env });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'demo shop');
  return { root, git, remove: () => rmSync(root, { recursive: true, force: true }) };
}
