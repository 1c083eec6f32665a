// What a test file written into the workspace imports, and how it spells the module paths. Input
// plans refer to runtime values (a class to construct, an enum): in a persistent test those can
// only be exported declarations of workspace files, imported by name; anything else (a module's
// internals, a package's types) makes the plan unsupported, and the property is left out.
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Node } from 'ts-morph';
import type { RuntimeRefs } from '../inputs/inputPlan';

/** `import { name as local } from <file>`; `name` is `default` for a default export. */
export interface ModuleImport {
  /** Absolute path of the workspace module. */
  file: string;
  name: string;
  local: string;
}

/** Names a generated test file uses itself; an import never takes them. */
const TAKEN = new Set(['describe', 'it', 'test', 'expect', 'fc', 'current', 'confirmGenerated', 'vi', 'jest', 'error', 'result']);

export class ImportSet {
  readonly imports: ModuleImport[] = [];

  /** The local name for an export of a workspace file, adding the import the first time. */
  add(file: string, name: string, preferredLocal = name): string {
    const existing = this.imports.find((i) => i.file === file && i.name === name);
    if (existing) return existing.local;
    const taken = new Set(this.imports.map((i) => i.local));
    let local = preferredLocal;
    for (let n = 2; taken.has(local) || TAKEN.has(local); n++) local = `${preferredLocal}${n}`;
    this.imports.push({ file, name, local });
    return local;
  }
}

/** Resolves plan references to imports of exported workspace declarations. */
export class WorkspaceRefs implements RuntimeRefs {
  constructor(
    private readonly root: string,
    readonly imports: ImportSet,
  ) {}

  valueOf(declaration: Node): string | undefined {
    const name = Node.hasName(declaration) ? declaration.getName() : undefined;
    if (!name) return undefined;
    const file = path.resolve(declaration.getSourceFile().getFilePath());
    if (file.includes(`${path.sep}node_modules${path.sep}`) || !file.startsWith(this.root + path.sep)) return undefined;
    if (declaration.getAncestors().some(Node.isModuleDeclaration)) return undefined;
    if (!Node.isExportable(declaration) || !declaration.isExported()) return undefined;
    return declaration.isDefaultExport() ? this.imports.add(file, 'default', name) : this.imports.add(file, name);
  }
}

/** `../src/pricing` (or `../src/pricing.js` where the project writes extensions) from `fromFile`. */
export function moduleSpecifier(fromFile: string, targetFile: string, extensionStyle: ExtensionStyle): string {
  let relative = path.relative(path.dirname(fromFile), targetFile).split(path.sep).join('/');
  if (!relative.startsWith('.')) relative = `./${relative}`;
  const withoutExtension = relative.replace(/\.(?:[cm]?ts|tsx)$/, '');
  if (extensionStyle === 'none') return withoutExtension;
  if (extensionStyle === 'ts') return relative;
  const js = { '.ts': '.js', '.tsx': '.js', '.mts': '.mjs', '.cts': '.cjs' }[path.extname(targetFile)] ?? '';
  return withoutExtension + js;
}

export type ExtensionStyle = 'none' | 'js' | 'ts';

/**
 * How the project writes relative imports: as the source file does (`./money.js`, `./money.ts`),
 * else as its tsconfig requires (node16/nodenext resolution needs `.js`), else without extension.
 */
export function extensionStyleOf(sourceText: string, root: string): ExtensionStyle {
  const relativeImports = [...sourceText.matchAll(/\bfrom\s+['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => m[1]);
  if (relativeImports.some((s) => /\.[cm]?js$/.test(s))) return 'js';
  if (relativeImports.some((s) => /\.[cm]?tsx?$/.test(s))) return 'ts';
  if (relativeImports.length > 0) return 'none';
  try {
    const tsconfig = readFileSync(path.join(root, 'tsconfig.json'), 'utf8');
    if (/"(?:module|moduleResolution)"\s*:\s*"node(?:16|next)"/i.test(tsconfig)) return 'js';
  } catch {
    // no tsconfig: bundler-style imports
  }
  return 'none';
}

/**
 * Whether the workspace can run tests that import fast-check: installed where Node would find it
 * from the test file, or at least declared in the root package.json.
 */
export function fastCheckAvailable(testFile: string, root: string): boolean {
  for (let dir = path.dirname(testFile); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'node_modules', 'fast-check', 'package.json'))) return true;
    if (path.dirname(dir) === dir) break;
  }
  try {
    const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
    return ['dependencies', 'devDependencies', 'peerDependencies'].some((field) => manifest[field]?.['fast-check'] !== undefined);
  } catch {
    return false;
  }
}
