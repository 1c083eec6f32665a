// Which workspace files import a changed file, and under which local names they know its changed
// exports: the way to callers in other files.
import * as path from 'node:path';
import { globSync } from 'tinyglobby';
import type { SourceFile } from 'ts-morph';
import type { ImportGraph } from '../workspace/importGraph';
import { SOURCE_EXTENSIONS, isVerifiableSource } from '../workspace/sourceFiles';
import { EXCLUDED_FOLDERS } from '../workspace/testFiles';

/** Verifiable sources of the workspace that import `file` directly. */
export async function importersOf(graph: ImportGraph, root: string, file: string, overlays: ReadonlyMap<string, string>): Promise<string[]> {
  const sources = globSync(SOURCE_EXTENSIONS.map((ext) => `**/*${ext}`), {
    cwd: root,
    absolute: true,
    ignore: [...EXCLUDED_FOLDERS.map((folder) => `**/${folder}/**`), '**/.*/**'],
  })
    .map((f) => path.resolve(f))
    .filter((f) => f !== file && isVerifiableSource(f, root));
  const importers: string[] = [];
  for (const source of sources.sort()) {
    const imports = await graph.importsOf(source, overlays as Map<string, string>);
    if (imports.includes(file)) importers.push(source);
  }
  return importers;
}

/**
 * The local names under which `sourceFile` refers to the given top-level names of `target`:
 * `import { total as sum }` gives `sum`; a namespace import `* as pricing` gives `total` (read as
 * `pricing.total`). Methods (`Cart.total`) are reached through their class's local name.
 */
export function namesImportedFrom(sourceFile: SourceFile, target: string, qualifiedNames: readonly string[]): Set<string> {
  const locals = new Set<string>();
  const wanted = new Map<string, string[]>();
  for (const name of qualifiedNames) {
    const [head, ...rest] = name.split('.');
    wanted.set(head, [...(wanted.get(head) ?? []), rest.join('.')]);
  }
  for (const declaration of sourceFile.getImportDeclarations()) {
    const resolved = declaration.getModuleSpecifierSourceFile()?.getFilePath();
    if (!resolved || path.resolve(resolved) !== path.resolve(target)) continue;
    for (const named of declaration.getNamedImports()) {
      const members = wanted.get(named.getName());
      if (!members) continue;
      const local = named.getAliasNode()?.getText() ?? named.getName();
      for (const member of members) locals.add(member ? `${local}.${member}` : local);
    }
    const defaultImport = declaration.getDefaultImport();
    if (defaultImport && wanted.has('default')) locals.add(defaultImport.getText());
    if (declaration.getNamespaceImport()) {
      for (const [head, members] of wanted) for (const member of members) locals.add(member ? `${head}.${member}` : head);
    }
  }
  return locals;
}
