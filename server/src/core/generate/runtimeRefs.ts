// Input plans refer to runtime values (a class to construct, an enum's members). In the generated
// test, a declaration of the subject's own file is reached through `current` (the served module,
// which exports its internals too); an exported declaration of another workspace file through an
// import of that file's plain path, so instances share the class the subject's module sees.
import * as path from 'node:path';
import { Node } from 'ts-morph';
import type { RuntimeRefs } from '../inputs/inputPlan';

export interface RuntimeImport {
  file: string;
  name: string;
  local: string;
}

export class TestFileRefs implements RuntimeRefs {
  readonly imports: RuntimeImport[] = [];

  constructor(
    private readonly subjectFile: string,
    private readonly root: string,
  ) {}

  valueOf(declaration: Node): string | undefined {
    const name = Node.hasName(declaration) ? declaration.getName() : undefined;
    if (!name) return undefined;
    const file = declaration.getSourceFile().getFilePath();
    if (path.resolve(file) === path.resolve(this.subjectFile)) return `current.${name}`;
    if (file.includes('/node_modules/') || !path.resolve(file).startsWith(this.root + path.sep)) return undefined;
    const exported = Node.isExportable(declaration) && declaration.isExported();
    if (!exported) return undefined;
    const existing = this.imports.find((i) => i.file === file && i.name === name);
    if (existing) return existing.local;
    const taken = new Set(this.imports.map((i) => i.local));
    let local = name;
    for (let n = 2; taken.has(local) || local === 'current' || local === 'baseline'; n++) local = `${name}${n}`;
    this.imports.push({ file, name, local });
    return local;
  }
}
