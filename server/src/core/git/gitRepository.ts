// Baselines come from git: the old version of a file is `git show <commit>:<path>`.
// One GitRepository per repository root; file contents at a commit never change, so they are
// cached by (commit, path).
import { execFile } from 'node:child_process';
import * as path from 'node:path';
import { VouchError } from '../errors';

interface GitResult {
  stdout: string;
  stderr: string;
  code: number;
}

function runGit(cwd: string, args: string[]): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    execFile('git', args, { cwd, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8', windowsHide: true }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      if (error && (error as NodeJS.ErrnoException).code === 'ENOENT') {
        reject(new VouchError('GIT_UNAVAILABLE', 'git is not installed or not on PATH', 'install git, or verify without a baseline'));
        return;
      }
      resolve({ stdout, stderr, code });
    });
  });
}

/** Why a folder has no repository: not inside one, or git itself is missing. */
export type NoRepositoryReason = 'not-a-git-repository' | 'git-unavailable';

export class GitRepository {
  private readonly contents = new Map<string, string | null>();

  private constructor(readonly root: string) {}

  /** The repository that contains `dir`, or the reason there is none. */
  static async open(dir: string): Promise<GitRepository | NoRepositoryReason> {
    let result: GitResult;
    try {
      result = await runGit(dir, ['rev-parse', '--show-toplevel']);
    } catch (error) {
      if (error instanceof VouchError && error.code === 'GIT_UNAVAILABLE') return 'git-unavailable';
      throw error;
    }
    if (result.code !== 0) return 'not-a-git-repository';
    return new GitRepository(path.resolve(result.stdout.trim()));
  }

  /** The commit a ref names; a clear error when it names none. */
  async resolveCommit(ref: string): Promise<string> {
    const result = await runGit(this.root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    if (result.code !== 0 || !result.stdout.trim()) {
      const hasCommits = (await runGit(this.root, ['rev-parse', '--verify', '--quiet', 'HEAD'])).code === 0;
      const hint = hasCommits ? 'check the name with `git branch -a` or `git log`' : 'the repository has no commits yet';
      throw new VouchError('UNKNOWN_REF', `unknown git ref '${ref}'`, hint);
    }
    return result.stdout.trim();
  }

  /** True when the repository has at least one commit. */
  async hasCommits(): Promise<boolean> {
    return (await runGit(this.root, ['rev-parse', '--verify', '--quiet', 'HEAD'])).code === 0;
  }

  async mergeBase(ref: string, other = 'HEAD'): Promise<string> {
    const result = await runGit(this.root, ['merge-base', ref, other]);
    if (result.code !== 0) throw new VouchError('UNKNOWN_REF', `no merge base between '${ref}' and '${other}'`);
    return result.stdout.trim();
  }

  /** The text of a file at a commit, or null when the file did not exist there. */
  async readAt(commit: string, absolutePath: string): Promise<string | null> {
    const relative = this.relative(absolutePath);
    const key = `${commit}:${relative}`;
    const cached = this.contents.get(key);
    if (cached !== undefined) return cached;
    const result = await runGit(this.root, ['show', key]);
    const text = result.code === 0 ? result.stdout : null;
    this.contents.set(key, text);
    return text;
  }

  /** Files that differ between a commit and the working tree (staged or not), and untracked files. */
  async changedFiles(commit: string): Promise<{ modified: string[]; untracked: string[] }> {
    const [diff, others] = await Promise.all([
      runGit(this.root, ['diff', '--name-only', '-z', '--no-renames', commit, '--']),
      runGit(this.root, ['ls-files', '--others', '--exclude-standard', '-z']),
    ]);
    const split = (out: string) => out.split('\0').filter(Boolean).map((p) => path.join(this.root, p));
    return { modified: split(diff.stdout), untracked: split(others.stdout) };
  }

  /** Which of these files git does not track (and does not ignore). */
  async untrackedAmong(files: readonly string[]): Promise<string[]> {
    if (files.length === 0) return [];
    const result = await runGit(this.root, ['ls-files', '--others', '--exclude-standard', '-z', '--', ...files.map((f) => this.relative(f))]);
    return result.stdout.split('\0').filter(Boolean).map((p) => path.join(this.root, p));
  }

  /** True when git tracks the file at the commit. */
  async isTrackedAt(commit: string, absolutePath: string): Promise<boolean> {
    return (await this.readAt(commit, absolutePath)) !== null;
  }

  relative(absolutePath: string): string {
    return path.relative(this.root, absolutePath).split(path.sep).join('/');
  }
}
