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
    const namespaces = declaration.getAncestors().filter(Node.isModuleDeclaration).map((ns) => ns.getName()).reverse();
    if (namespaces.length > 0 && !namespaces.every(() => Node.isExportable(declaration) && declaration.isExported())) return undefined;
    const qualified = [...namespaces, name].join('.');
    if (path.resolve(file) === path.resolve(this.subjectFile)) return `current.${qualified}`;
    if (file.includes('/node_modules/') || !path.resolve(file).startsWith(this.root + path.sep)) return undefined;
    const exported = Node.isExportable(declaration) && declaration.isExported();
    if (!exported) return undefined;
    // A namespace member is reached through its (imported) namespace: `util.Cart`.
    const head = namespaces[0] ?? name;
    const rest = qualified.slice(head.length);
    const existing = this.imports.find((i) => i.file === file && i.name === head);
    if (existing) return existing.local + rest;
    const taken = new Set(this.imports.map((i) => i.local));
    let local = head;
    for (let n = 2; taken.has(local) || local === 'current' || local === 'baseline'; n++) local = `${head}${n}`;
    this.imports.push({ file, name: head, local });
    return local + rest;
  }
}
