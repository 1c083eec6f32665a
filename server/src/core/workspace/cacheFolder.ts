// Vouch keeps what it generates (test files, verdicts) in a cache folder outside the workspace:
// $VOUCH_CACHE_DIR, else $XDG_CACHE_HOME/vouch, else ~/.cache/vouch; one subfolder per workspace.
import { createHash } from 'node:crypto';
import * as os from 'node:os';
import * as path from 'node:path';

export function cacheRoot(): string {
  if (process.env.VOUCH_CACHE_DIR) return path.resolve(process.env.VOUCH_CACHE_DIR);
  const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(base, 'vouch');
}

export interface WorkspaceCache {
  dir: string;
  /** Generated test files, mirroring the workspace's folders. */
  testsDir: string;
  verdictsFile: string;
}

export function workspaceCache(root: string, base = cacheRoot()): WorkspaceCache {
  const name = `${path.basename(root).replace(/[^\w.-]+/g, '_')}-${createHash('sha256').update(root).digest('hex').slice(0, 10)}`;
  const dir = path.join(base, name);
  return { dir, testsDir: path.join(dir, 'tests'), verdictsFile: path.join(dir, 'verdicts.json') };
}

/** Where the generated test for a declaration goes: `tests/src/pricing.ts/bulkPrice.vouch.test.ts`. */
export function generatedTestPath(cache: WorkspaceCache, relativePath: string, qualifiedName: string): string {
  const safeName = qualifiedName.replace(/[^\w.$-]+/g, '_');
  return path.join(cache.testsDir, ...relativePath.split('/'), `${safeName}.vouch.test.ts`);
}
