// The imports new tests need, added to an existing test file: a name joins an import of the same
// module that is already there (`import { a } from '../src/x'` becomes `{ a, b }`), anything else
// gets an import line of its own after the file's imports.
import * as path from 'node:path';
import { Node } from 'ts-morph';
import type { ImportDeclaration, SourceFile } from 'ts-morph';
import type { TextEdit } from './textEdits';
import { importStatements, namedBinding } from './testFileComposer';
import type { ModuleImport } from './workspaceImports';

const WITHOUT_EXTENSION = /\.(?:[cm]?[jt]s|tsx|jsx)$/;

/** The file a relative import refers to, without extension, or the bare specifier. */
function target(specifier: string, testFile: string): string {
  if (!specifier.startsWith('.')) return specifier;
  return path.resolve(path.dirname(testFile), specifier).replace(WITHOUT_EXTENSION, '');
}

function bindsLocal(declaration: ImportDeclaration, local: string, name: string): boolean {
  if (name === 'default') return declaration.getDefaultImport()?.getText() === local;
  return declaration.getNamedImports().some((n) => n.getName() === name && (n.getAliasNode()?.getText() ?? name) === local);
}

/** Edits that give `sourceFile` the framework functions, fast-check and the module imports. */
export function importEdits(
  sourceFile: SourceFile,
  testFile: string,
  needs: { frameworkModule?: string; frameworkNames: string[]; fastCheck: boolean; modules: ModuleImport[] },
  specifier: (file: string) => string,
): TextEdit[] {
  const text = sourceFile.getFullText();
  const declarations = sourceFile.getImportDeclarations();
  const edits: TextEdit[] = [];
  const newLines: string[] = [];

  const joinNamed = (declaration: ImportDeclaration, bindings: string[]): boolean => {
    if (declaration.isTypeOnly() || bindings.length === 0) return bindings.length === 0;
    const named = declaration.getImportClause()?.getNamedBindings();
    if (named && Node.isNamedImports(named)) {
      const close = named.getEnd() - 1;
      const before = text.slice(named.getStart() + 1, close).trimEnd();
      const separator = before === '' ? ' ' : before.endsWith(',') ? ' ' : ', ';
      const at = named.getStart() + 1 + text.slice(named.getStart() + 1, close).trimEnd().length;
      edits.push({ start: at, end: at, text: `${separator}${bindings.join(', ')}${before === '' ? ' ' : ''}` });
      return true;
    }
    const defaultImport = declaration.getDefaultImport();
    if (!named && defaultImport) {
      edits.push({ start: defaultImport.getEnd(), end: defaultImport.getEnd(), text: `, { ${bindings.join(', ')} }` });
      return true;
    }
    return false;
  };

  if (needs.frameworkModule) {
    const existing = declarations.find((d) => d.getModuleSpecifierValue() === needs.frameworkModule && !d.isTypeOnly());
    const missing = needs.frameworkNames.filter((name) => !existing?.getNamedImports().some((n) => n.getName() === name && !n.getAliasNode()));
    if (existing) {
      if (!joinNamed(existing, missing)) newLines.push(`import { ${missing.join(', ')} } from '${needs.frameworkModule}';`);
    } else if (!usesGlobals(sourceFile)) newLines.push(`import { ${needs.frameworkNames.join(', ')} } from '${needs.frameworkModule}';`);
  }

  if (needs.fastCheck) {
    const bound = declarations.some((d) => d.getModuleSpecifierValue() === 'fast-check' && (d.getDefaultImport()?.getText() === 'fc' || d.getNamespaceImport()?.getText() === 'fc'));
    if (!bound) newLines.push(`import fc from 'fast-check';`);
  }

  const byFile = new Map<string, ModuleImport[]>();
  for (const i of needs.modules) byFile.set(i.file, [...(byFile.get(i.file) ?? []), i]);
  for (const [file, wanted] of byFile) {
    const goal = file.replace(WITHOUT_EXTENSION, '');
    const existing = declarations.find((d) => !d.isTypeOnly() && target(d.getModuleSpecifierValue(), testFile) === goal);
    const missing = wanted.filter((i) => !existing || !bindsLocal(existing, i.local, i.name));
    if (missing.length === 0) continue;
    const defaults = missing.filter((i) => i.name === 'default');
    const named = missing.filter((i) => i.name !== 'default');
    if (existing && defaults.length === 0 && joinNamed(existing, named.map(namedBinding))) continue;
    newLines.push(...importStatements(missing, specifier));
  }

  if (newLines.length > 0) {
    const last = declarations[declarations.length - 1];
    const first = sourceFile.getStatements()[0];
    if (last) edits.push({ start: last.getEnd(), end: last.getEnd(), text: `\n${newLines.join('\n')}` });
    else if (first) edits.push({ start: first.getStart(), end: first.getStart(), text: `${newLines.join('\n')}\n\n` });
    else edits.push({ start: text.length, end: text.length, text: `${text.length > 0 && !text.endsWith('\n') ? '\n' : ''}${newLines.join('\n')}\n` });
  }
  return edits;
}

/** A file that calls `describe`/`it`/`test` without importing them relies on the framework's globals. */
function usesGlobals(sourceFile: SourceFile): boolean {
  return sourceFile.getStatements().some((statement) => {
    if (!Node.isExpressionStatement(statement)) return false;
    const expression = statement.getExpression();
    if (!Node.isCallExpression(expression)) return false;
    const callee = expression.getExpression().getText().split('.')[0];
    return callee === 'describe' || callee === 'it' || callee === 'test';
  });
}
