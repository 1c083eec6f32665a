// Which workspace files each file imports, read with `ts.preProcessFile` (a scanner pass: no
// parse tree, no type checker) and kept until the host says a file changed. One graph per
// workspace root, owned by whoever serves that root (the language server per workspace folder,
// the CLI per run); nothing here is global.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ts } from 'ts-morph';
import { isSourceFile, ModuleResolver, type Overlays } from './moduleResolver';
import { findTestFiles, isTestFilePath } from './testFiles';

export type { Overlays };

export interface ImportGraphOptions {
  /** More globs (relative to the root) whose test files are left out. */
  exclude?: readonly string[];
}

export class ImportGraph {
  readonly root: string;
  private readonly resolver: ModuleResolver;
  /** Import specifiers of files as read from disk, until invalidated. */
  private readonly diskSpecifiers = new Map<string, Promise<readonly string[]>>();
  /** Import specifiers of the last overlay text seen for a file. */
  private readonly overlaySpecifiers = new Map<string, { text: string; specifiers: readonly string[] }>();
  private tests: Promise<string[]> | undefined;

  constructor(
    root: string,
    private readonly options: ImportGraphOptions = {},
  ) {
    this.root = path.resolve(root);
    this.resolver = new ModuleResolver(this.root);
  }

  /** The workspace's test files (absolute, sorted), found once and kept until a test file is invalidated. */
  testFiles(signal?: AbortSignal): Promise<string[]> {
    if (!this.tests) {
      const search = findTestFiles(this.root, { exclude: this.options.exclude, signal });
      this.tests = search;
      search.catch(() => {
        if (this.tests === search) this.tests = undefined;
      });
    }
    return this.tests;
  }

  /** Workspace files that `file` imports (absolute), in the order written; packages are left out. */
  async importsOf(file: string, overlays?: Overlays): Promise<string[]> {
    const absolute = this.absolute(file);
    const imports = new Set<string>();
    for (const specifier of await this.specifiersOf(absolute, overlays)) {
      const resolved = this.resolver.resolve(specifier, absolute, overlays);
      if (resolved && resolved !== absolute) imports.add(resolved);
    }
    return [...imports];
  }

  /** The module specifiers `file` imports, re-exports, requires or `import()`s, as written. */
  async specifiersOf(file: string, overlays?: Overlays): Promise<readonly string[]> {
    const absolute = this.absolute(file);
    const overlay = overlays?.get(absolute);
    if (overlay !== undefined) {
      const cached = this.overlaySpecifiers.get(absolute);
      if (cached?.text === overlay) return cached.specifiers;
      const specifiers = specifiersIn(overlay);
      this.overlaySpecifiers.set(absolute, { text: overlay, specifiers });
      return specifiers;
    }
    let pending = this.diskSpecifiers.get(absolute);
    if (!pending) {
      pending = readSpecifiers(absolute);
      this.diskSpecifiers.set(absolute, pending);
    }
    return pending;
  }

  /** Forgets what was read of `file` (changed, created or deleted on disk). */
  invalidate(file: string): void {
    const absolute = this.absolute(file);
    this.diskSpecifiers.delete(absolute);
    this.overlaySpecifiers.delete(absolute);
    const existenceChanged = this.resolver.forget(absolute);
    if (existenceChanged || isTestFilePath(absolute, this.root)) this.tests = undefined;
  }

  /** Forgets everything (after a branch switch, say). */
  clear(): void {
    this.diskSpecifiers.clear();
    this.overlaySpecifiers.clear();
    this.resolver.clear();
    this.tests = undefined;
  }

  private absolute(file: string): string {
    return path.resolve(this.root, file);
  }
}

function specifiersIn(text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((imported) => imported.fileName);
}

async function readSpecifiers(file: string): Promise<readonly string[]> {
  if (!isSourceFile(file)) return [];
  try {
    return specifiersIn(await readFile(file, 'utf8'));
  } catch {
    return []; // deleted or unreadable: it imports nothing until it is invalidated
  }
}
