// The packages the extension loads at run time: the production dependencies (vitest and
// fast-check, the only packages the bundles leave external) and, recursively, their dependencies,
// the optional ones npm installed, and their required peers. `npm ls --omit=dev`, which vsce uses,
// lists more: a dev dependency that satisfies an optional peer dependency (esbuild, yaml, @types/node
// for vite and vitest) counts as production there. packageVsix.mjs leaves those out.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { REPO } from './paths.mjs';

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

/** The folder node's resolution finds `name` in, from the package folder `from`. */
function resolvePackage(name, from) {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    if (existsSync(path.join(candidate, 'package.json'))) return candidate;
    if (dir === REPO || dir === path.dirname(dir)) return undefined;
  }
}

/** Folders (relative to the repository, `node_modules/vitest`) of every package needed at run time. */
export function runtimePackageDirs() {
  const manifest = readJson(path.join(REPO, 'package.json'));
  const found = new Set();
  const visit = (name, from, optional) => {
    const dir = resolvePackage(name, from);
    if (!dir) {
      if (optional) return; // an optional dependency for another platform
      throw new Error(`${name} (needed by ${path.relative(REPO, from) || 'the extension'}) is not installed: npm ci`);
    }
    if (found.has(dir)) return;
    found.add(dir);
    const pkg = readJson(path.join(dir, 'package.json'));
    for (const dependency of Object.keys(pkg.dependencies ?? {})) visit(dependency, dir, false);
    for (const dependency of Object.keys(pkg.optionalDependencies ?? {})) visit(dependency, dir, true);
    for (const peer of Object.keys(pkg.peerDependencies ?? {})) {
      if (!pkg.peerDependenciesMeta?.[peer]?.optional) visit(peer, dir, false);
    }
  };
  for (const name of Object.keys(manifest.dependencies ?? {})) visit(name, REPO, false);
  return [...found].map((dir) => path.relative(REPO, dir).split(path.sep).join('/')).sort();
}

/** What vsce would add besides: packages `npm ls --omit=dev` lists that nothing needs at run time. */
export function devOnlyPackageDirs() {
  const listed = execFileSync('npm', ['ls', '--omit=dev', '--all', '--parseable'], { cwd: REPO, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
    .split('\n')
    .filter((line) => line.startsWith(REPO + path.sep))
    .map((line) => path.relative(REPO, line).split(path.sep).join('/'));
  const needed = new Set(runtimePackageDirs());
  return listed.filter((dir) => !needed.has(dir)).sort();
}
