// Resolves the import specifiers of workspace files to workspace files, the way TypeScript's
// bundler resolution does for sources: relative paths with or without extension (`./x` →
// `x.ts`, `x.tsx`, `x/index.ts`; `./x.js` written for `x.ts`; `.mjs` → `.mts`), and aliases from
// the nearest tsconfig.json `paths`/`baseUrl`. Bare package imports resolve to nothing: the
// import graph stops at the workspace's own files.
import fs from 'node:fs';
import path from 'node:path';
import { mappedCandidates, readPathMapping, type PathMapping } from './tsconfigPaths';

/** Unsaved editor buffers by absolute path; they exist even when the file is not on disk. */
export type Overlays = ReadonlyMap<string, string>;

const SOURCE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];
const INDEX_EXTENSIONS = ['.ts', '.tsx', '.js', '.jsx'];
/** A JavaScript extension written in a specifier, and the TypeScript sources it may stand for. */
const WRITTEN_AS_JS: Record<string, string[]> = {
  '.js': ['.ts', '.tsx'],
  '.jsx': ['.tsx'],
  '.mjs': ['.mts'],
  '.cjs': ['.cts'],
};
const CONFIG_NAMES = ['tsconfig.json', 'jsconfig.json'];

export function isSourceFile(file: string): boolean {
  return SOURCE_EXTENSIONS.includes(path.extname(file)) && !file.endsWith('.d.ts');
}

export class ModuleResolver {
  /** Whether a path is a file on disk; cached until `forget`. */
  private readonly onDisk = new Map<string, boolean>();
  /** The path mapping of the nearest config, by directory (null: none). */
  private readonly mappings = new Map<string, PathMapping | null>();

  constructor(readonly root: string) {}

  /** The workspace file `specifier` (imported from `fromFile`) names, or undefined. */
  resolve(specifier: string, fromFile: string, overlays?: Overlays): string | undefined {
    if (specifier.startsWith('.') || path.isAbsolute(specifier)) {
      return this.resolvePath(path.resolve(path.dirname(fromFile), specifier), overlays);
    }
    const mapping = this.mappingFor(path.dirname(fromFile));
    if (!mapping) return undefined;
    for (const candidate of mappedCandidates(mapping, specifier)) {
      const resolved = this.resolvePath(candidate, overlays);
      if (resolved) return resolved;
    }
    return undefined;
  }

  /**
   * Drops what is known about `file` (it was created, changed or deleted). Returns true when
   * its existence changed from what the resolver had seen, so earlier resolutions may be stale.
   */
  forget(file: string): boolean {
    if (CONFIG_NAMES.includes(path.basename(file))) this.mappings.clear();
    const known = this.onDisk.get(file);
    this.onDisk.delete(file);
    return known !== undefined && known !== this.isFileOnDisk(file);
  }

  clear(): void {
    this.onDisk.clear();
    this.mappings.clear();
  }

  private resolvePath(base: string, overlays: Overlays | undefined): string | undefined {
    for (const candidate of this.candidates(base)) {
      if (candidate.split(path.sep).includes('node_modules')) continue;
      if (overlays?.has(candidate) || this.isFileOnDisk(candidate)) return candidate;
    }
    return undefined;
  }

  /** Files `base` may name, in the order TypeScript tries them. */
  private candidates(base: string): string[] {
    const extension = path.extname(base);
    const stem = base.slice(0, base.length - extension.length);
    if (WRITTEN_AS_JS[extension]) return [...WRITTEN_AS_JS[extension].map((ext) => stem + ext), base];
    if (SOURCE_EXTENSIONS.includes(extension)) return [base];
    return [...SOURCE_EXTENSIONS.map((ext) => base + ext), ...INDEX_EXTENSIONS.map((ext) => path.join(base, `index${ext}`))];
  }

  private isFileOnDisk(file: string): boolean {
    let known = this.onDisk.get(file);
    if (known === undefined) {
      try {
        known = fs.statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
      } catch {
        known = false; // ENOTDIR and the like: a path under a file
      }
      this.onDisk.set(file, known);
    }
    return known;
  }

  /** The mapping of the nearest tsconfig.json (or jsconfig.json) at or above `dir`, within the root. */
  private mappingFor(dir: string): PathMapping | undefined {
    const cached = this.mappings.get(dir);
    if (cached !== undefined) return cached ?? undefined;
    let mapping: PathMapping | null = null;
    const config = CONFIG_NAMES.map((name) => path.join(dir, name)).find((file) => this.isFileOnDisk(file));
    if (config) mapping = readPathMapping(config) ?? null;
    else if (dir !== this.root && path.dirname(dir) !== dir && !path.relative(this.root, dir).startsWith('..')) {
      mapping = this.mappingFor(path.dirname(dir)) ?? null;
    }
    this.mappings.set(dir, mapping);
    return mapping ?? undefined;
  }
}
