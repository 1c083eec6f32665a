// Temp git copies of the demo workspace for the benchmarks: the baseline committed, then an edit
// written to the working tree, the way an AI assistant leaves it. Plain ESM so that both the .mjs
// scripts and the bundled TypeScript drivers use it; paths come from the caller, not from where
// this file lives (the drivers run from a bundle in bench/.work/).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const GIT_ENV = {
  GIT_AUTHOR_NAME: 'Vouch Bench',
  GIT_AUTHOR_EMAIL: 'bench@vouch.invalid',
  GIT_COMMITTER_NAME: 'Vouch Bench',
  GIT_COMMITTER_EMAIL: 'bench@vouch.invalid',
};

/** A fresh empty folder under the system temp folder (its real path). */
export function tempFolder(prefix = 'vouch-bench-') {
  return realpathSync(mkdtempSync(path.join(os.tmpdir(), prefix)));
}

/** Writes files (relative path → text) under `root`. */
export function writeFiles(root, files) {
  for (const [relative, text] of Object.entries(files)) {
    const file = path.join(root, relative);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
}

/**
 * Copies `workspaceDir` (without node_modules) into a temp folder, commits it as the baseline and
 * writes `edit` over it. `remove()` deletes the copy.
 */
export function demoGitCopy(workspaceDir, edit = {}, prefix = 'vouch-bench-ws-') {
  const root = tempFolder(prefix);
  cpSync(workspaceDir, root, { recursive: true, filter: (src) => !src.split(path.sep).includes('node_modules') });
  const git = (...args) => execFileSync('git', ['-c', 'commit.gpgsign=false', ...args], { cwd: root, stdio: 'pipe', env: { ...process.env, ...GIT_ENV } });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'demo baseline');
  writeFiles(root, edit);
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}
