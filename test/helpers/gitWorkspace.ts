// Scenario workspaces for tests: a temp folder made into a git repository with a baseline commit,
// then edited the way an AI assistant would edit it (files rewritten in the working tree).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export interface GitWorkspace {
  root: string;
  /** Writes files into the working tree (the edit), relative paths. */
  edit(files: Record<string, string>): void;
  git(...args: string[]): string;
  remove(): void;
}

export function tempFolder(prefix = 'vouch-test-'): string {
  return realpathSync(mkdtempSync(path.join(os.tmpdir(), prefix)));
}

function write(root: string, files: Record<string, string>): void {
  for (const [relative, text] of Object.entries(files)) {
    const file = path.join(root, relative);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
}

/** A git repository whose first commit holds `baseline` (or a copy of `fromFolder`). */
export function gitWorkspace(baseline: Record<string, string>, options: { fromFolder?: string; git?: boolean } = {}): GitWorkspace {
  const root = tempFolder();
  if (options.fromFolder) cpSync(options.fromFolder, root, { recursive: true });
  write(root, baseline);
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: root, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 'Vouch Test', GIT_AUTHOR_EMAIL: 'test@vouch.invalid', GIT_COMMITTER_NAME: 'Vouch Test', GIT_COMMITTER_EMAIL: 'test@vouch.invalid' } });
  if (options.git !== false) {
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('commit', '-q', '-m', 'baseline');
  }
  return {
    root,
    edit: (files) => write(root, files),
    git,
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
