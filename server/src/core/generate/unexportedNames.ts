// Generated tests reach declarations a module does not export: the runner serves the module
// with an extra `export { … }` of these names.
import { ts } from 'ts-morph';

/** Names of top-level value declarations (functions, classes, variables, enums) left unexported. */
export function unexportedNames(text: string, fileName: string): string[] {
  const kind = /\.[cm]?tsx$/.test(fileName) ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false, kind);
  const hasModifier = (node: ts.Node, ...kinds: ts.SyntaxKind[]) =>
    ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => kinds.includes(m.kind));
  const exportedByClause = new Set<string>();
  for (const statement of source.statements) {
    if (ts.isExportDeclaration(statement) && !statement.moduleSpecifier && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
      for (const element of statement.exportClause.elements) exportedByClause.add((element.propertyName ?? element.name).text);
    }
  }
  const names = new Set<string>();
  const add = (name: string) => {
    if (!exportedByClause.has(name)) names.add(name);
  };
  const addBinding = (name: ts.BindingName): void => {
    if (ts.isIdentifier(name)) add(name.text);
    else for (const element of name.elements) if (!ts.isOmittedExpression(element)) addBinding(element.name);
  };
  for (const statement of source.statements) {
    if (hasModifier(statement, ts.SyntaxKind.ExportKeyword, ts.SyntaxKind.DeclareKeyword)) continue;
    // An overloaded function has several declarations of one name: export it once.
    if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) && statement.name) add(statement.name.text);
    else if (ts.isVariableStatement(statement)) for (const declaration of statement.declarationList.declarations) addBinding(declaration.name);
    else if (ts.isEnumDeclaration(statement) && !hasModifier(statement, ts.SyntaxKind.ConstKeyword)) add(statement.name.text);
    else if (ts.isModuleDeclaration(statement) && ts.isIdentifier(statement.name) && statement.body) add(statement.name.text);
  }
  return [...names];
}
