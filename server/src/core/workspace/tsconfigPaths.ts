// `baseUrl` and `paths` of a tsconfig.json (following `extends`), which is all the import graph
// needs to resolve aliases such as `@/pricing` → `src/pricing.ts`. Read with the TypeScript
// API's JSONC reader; no Program and no file listing.
import fs from 'node:fs';
import path from 'node:path';
import { ts } from 'ts-morph';

export interface PathPattern {
  /** `@/*`, `~lib`: at most one `*`. */
  pattern: string;
  prefix: string;
  /** Text after the `*`; undefined for a pattern without `*` (an exact alias). */
  suffix: string | undefined;
  /** Absolute targets, each with at most one `*`. */
  targets: string[];
}

export interface PathMapping {
  /** Absolute `baseUrl`, when set: bare specifiers are also tried under it. */
  baseUrl?: string;
  /** Patterns, longest prefix first (the order TypeScript tries them). */
  paths: PathPattern[];
}

interface RawOptions {
  baseUrl?: { value: string; dir: string };
  paths?: { value: Record<string, string[]>; dir: string };
}

const MAX_EXTENDS = 10;

/** The path mapping of a tsconfig file, or undefined when it cannot be read or maps nothing. */
export function readPathMapping(configFile: string): PathMapping | undefined {
  const raw = readOptions(configFile, 0, new Set());
  if (!raw?.baseUrl && !raw?.paths) return undefined;
  const baseUrl = raw.baseUrl ? path.resolve(raw.baseUrl.dir, raw.baseUrl.value) : undefined;
  const pathsBase = baseUrl ?? raw.paths?.dir ?? path.dirname(configFile);
  const paths = Object.entries(raw.paths?.value ?? {}).flatMap(([pattern, targets]) => {
    const star = pattern.indexOf('*');
    if (!Array.isArray(targets) || star !== pattern.lastIndexOf('*')) return [];
    return [{
      pattern,
      prefix: star < 0 ? pattern : pattern.slice(0, star),
      suffix: star < 0 ? undefined : pattern.slice(star + 1),
      targets: targets.filter((target) => typeof target === 'string').map((target) => path.resolve(pathsBase, target)),
    }];
  });
  paths.sort((a, b) => b.prefix.length - a.prefix.length);
  return { baseUrl, paths };
}

/** Absolute candidates for `specifier` under the mapping's `paths` (in order), then `baseUrl`. */
export function mappedCandidates(mapping: PathMapping, specifier: string): string[] {
  const candidates: string[] = [];
  for (const entry of mapping.paths) {
    if (entry.suffix === undefined) {
      if (specifier === entry.pattern) candidates.push(...entry.targets);
      continue;
    }
    const matches = specifier.startsWith(entry.prefix) && specifier.endsWith(entry.suffix) && specifier.length >= entry.prefix.length + entry.suffix.length;
    if (!matches) continue;
    const star = specifier.slice(entry.prefix.length, specifier.length - entry.suffix.length);
    candidates.push(...entry.targets.map((target) => target.replace('*', star)));
  }
  if (mapping.baseUrl) candidates.push(path.resolve(mapping.baseUrl, specifier));
  return candidates;
}

function readOptions(configFile: string, depth: number, seen: Set<string>): RawOptions | undefined {
  if (depth > MAX_EXTENDS || seen.has(configFile)) return undefined;
  seen.add(configFile);
  const { config, error } = ts.readConfigFile(configFile, (file) => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined));
  if (error || typeof config !== 'object' || config === null) return undefined;
  const dir = path.dirname(configFile);
  const parents = config.extends === undefined ? [] : Array.isArray(config.extends) ? config.extends : [config.extends];
  const merged: RawOptions = {};
  for (const parent of parents) {
    const parentFile = typeof parent === 'string' ? extendedConfigFile(parent, dir) : undefined;
    const inherited = parentFile ? readOptions(parentFile, depth + 1, seen) : undefined;
    if (inherited?.baseUrl) merged.baseUrl = inherited.baseUrl;
    if (inherited?.paths) merged.paths = inherited.paths;
  }
  const options = config.compilerOptions;
  if (typeof options?.baseUrl === 'string') merged.baseUrl = { value: options.baseUrl, dir };
  if (options?.paths && typeof options.paths === 'object') merged.paths = { value: options.paths, dir };
  return merged;
}

/** The file an `extends` entry names: a relative or absolute path, or a package's config. */
function extendedConfigFile(specifier: string, fromDir: string): string | undefined {
  const isPath = specifier.startsWith('.') || path.isAbsolute(specifier);
  const bases = isPath ? [path.resolve(fromDir, specifier)] : packageDirs(fromDir).map((modules) => path.join(modules, specifier));
  for (const base of bases) {
    for (const candidate of [base, `${base}.json`, path.join(base, 'tsconfig.json')]) {
      if (isFile(candidate)) return candidate;
    }
  }
  return undefined;
}

function packageDirs(fromDir: string): string[] {
  const dirs: string[] = [];
  for (let dir = fromDir; ; dir = path.dirname(dir)) {
    dirs.push(path.join(dir, 'node_modules'));
    if (path.dirname(dir) === dir) return dirs;
  }
}

function isFile(file: string): boolean {
  return fs.statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
}
