// Where the built files the engine needs at run time live (dist/runner.js, dist/harness.mjs,
// dist/sandbox.mjs): next to the bundle that is running, or in the package's dist/ folder when the
// engine runs from source (its own unit tests). VOUCH_DIST overrides both.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
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

let cachedVersion: string | undefined;

/** The package version plus a hash of the code that runs the checks (harness, sandbox, runner):
 *  cached verdicts die with a changed build, and survive a rebuild of the same code. */
export function engineVersion(): string {
  if (cachedVersion) return cachedVersion;
  const dist = distDir();
  let version = '0';
  try {
    version = (JSON.parse(readFileSync(path.join(dist, '..', 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    // packaged differently: the build hash still distinguishes builds
  }
  const hash = createHash('sha256');
  for (const file of ['harness.mjs', 'sandbox.mjs', 'runner.js']) {
    try {
      hash.update(readFileSync(path.join(dist, file)));
    } catch {
      hash.update(file);
    }
  }
  cachedVersion = `${version}+${hash.digest('hex').slice(0, 12)}`;
  return cachedVersion;
}
