// Where the built files the engine needs at run time live (dist/runner.js, dist/harness.mjs,
// dist/sandbox.mjs): next to the bundle that is running, or in the package's dist/ folder when the
// engine runs from source (its own unit tests). VOUCH_DIST overrides both.
import { existsSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';

declare const __dirname: string | undefined;

function packageRootFrom(start: string): string | undefined {
  for (let dir = start; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'vouch') return dir;
      } catch {
        // not ours
      }
    }
    if (path.dirname(dir) === dir) return undefined;
  }
}

export function distDir(): string {
  if (process.env.VOUCH_DIST) return path.resolve(process.env.VOUCH_DIST);
  const here = typeof __dirname === 'string' ? __dirname : process.cwd();
  if (existsSync(path.join(here, 'runner.js')) && existsSync(path.join(here, 'harness.mjs'))) return here;
  const root = packageRootFrom(here) ?? packageRootFrom(process.cwd());
  if (!root) throw new Error(`cannot find Vouch's dist folder from ${here}`);
  return path.join(root, 'dist');
}

export function runnerPath(): string {
  return path.join(distDir(), 'runner.js');
}

/** The package version plus the harness build, so cached verdicts die with a new harness. */
export function engineVersion(): string {
  const dist = distDir();
  let version = '0';
  try {
    version = (JSON.parse(readFileSync(path.join(dist, '..', 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    // packaged differently: the harness stamp still distinguishes builds
  }
  try {
    const harness = statSync(path.join(dist, 'harness.mjs'));
    return `${version}+${harness.size}.${Math.round(harness.mtimeMs)}`;
  } catch {
    return version;
  }
}
