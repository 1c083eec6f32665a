// The walkthrough's demo: the shop library from dist/demo, committed in a new git repository, and
// the AI edit that rewrites two of its files on disk, the way an agent in a terminal would. Vouch
// notices the rewrite, verifies the rewritten declarations and shows what broke.
import { execFile } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const DEMO_MARKER = '.vouch-demo';

/** Copies the demo shop into a new temp folder and commits it; resolves to the folder. */
export async function createDemoWorkspace(extensionRoot: string): Promise<string> {
  const source = path.join(extensionRoot, 'dist', 'demo', 'workspace');
  if (!existsSync(source)) throw new Error(`the demo is missing from the extension (${source})`);
  const folder = mkdtempSync(path.join(os.tmpdir(), 'vouch-demo-'));
  cpSync(source, folder, { recursive: true });
  cpSync(path.join(extensionRoot, 'dist', 'demo', 'ai-edit'), path.join(folder, DEMO_MARKER), { recursive: true });
  const env = { ...process.env, GIT_AUTHOR_NAME: 'Vouch demo', GIT_AUTHOR_EMAIL: 'demo@vouch.invalid', GIT_COMMITTER_NAME: 'Vouch demo', GIT_COMMITTER_EMAIL: 'demo@vouch.invalid' };
  await run('git', ['init', '-q'], { cwd: folder, env });
  // The edit waiting to be applied is not part of the shop.
  appendFileSync(path.join(folder, '.git', 'info', 'exclude'), `${DEMO_MARKER}/\n`);
  await run('git', ['add', '-A'], { cwd: folder, env });
  await run('git', ['commit', '-q', '-m', 'demo shop'], { cwd: folder, env });
  return folder;
}

/** True when the folder is a demo workspace made by createDemoWorkspace. */
export function isDemoWorkspace(folder: string): boolean {
  return existsSync(path.join(folder, DEMO_MARKER, 'src'));
}

/** Rewrites the demo's files with the AI edit, on disk; resolves to the rewritten files. */
export function applyDemoEdit(folder: string): string[] {
  const edit = path.join(folder, DEMO_MARKER, 'src');
  const files = readdirSync(edit).map((name) => path.join(folder, 'src', name));
  cpSync(edit, path.join(folder, 'src'), { recursive: true });
  return files;
}
