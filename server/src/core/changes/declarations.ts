// The declarations Vouch can verify in one file: top-level functions, const-bound arrow functions
// and function expressions, class constructors, methods (instance and static) and getters.
// Each has a qualified name (`Cart.total`) that matches it with its twin in another version.
import { Node, ts } from 'ts-morph';
import type {
  ArrowFunction,
  ClassDeclaration,
  ConstructorDeclaration,
  FunctionDeclaration,
  FunctionExpression,
  GetAccessorDeclaration,
  MethodDeclaration,
  ObjectLiteralExpression,
  SourceFile,
  Statement,
} from 'ts-morph';
import type { DeclarationKind, SourceSpan } from '../model';

export type FunctionLike =
  | FunctionDeclaration
  | ArrowFunction
  | FunctionExpression
  | MethodDeclaration
  | GetAccessorDeclaration
  | ConstructorDeclaration;

export interface DeclarationInfo {
  qualifiedName: string;
  kind: DeclarationKind;
  /** The node that carries parameters and body. */
  fn: FunctionLike;
  /** The statement or member that holds it (for spans and JSDoc). */
  holder: Node;
  /** The class, for methods, getters and constructors. */
  owner?: ClassDeclaration;
  /** Reachable from other modules without Vouch's help. */
  exported: boolean;
  span: SourceSpan;
  /** The code with comments and whitespace removed: equal for versions that differ only in those. */
  normalizedCode: string;
  /**
   * What a call can pass, to tell whether old and new take the same arguments: each parameter's
   * type, and whether it may be left out or is a rest parameter. Names, default values and the
   * return type do not count: `f(a = 1)` and `f(b = 2)` take the same calls (and answer
   * differently, which the behaviour comparison is there to find). Computed on demand: it asks
   * the type checker. One entry per parameter: `number`, `Options ?`, `...string[]`.
   */
  callSignature(): string[];
}

/** The node's tokens joined by single spaces: comments and layout do not count as changes.
 *  Tokens come from the parse tree (not a bare scan), so regexes and templates stay whole. */
export function normalizeCode(node: Node): string {
  const sourceFile = node.getSourceFile().compilerNode;
  const tokens: string[] = [];
  const visit = (current: ts.Node) => {
    if (current.kind >= ts.SyntaxKind.FirstJSDocNode && current.kind <= ts.SyntaxKind.LastJSDocNode) return;
    const children = current.getChildren(sourceFile);
    if (children.length === 0) {
      const text = current.getText(sourceFile);
      if (text) tokens.push(text);
      return;
    }
    for (const child of children) visit(child);
  };
  visit(node.compilerNode);
  return tokens.join(' ');
}

export function spanOf(node: Node): SourceSpan {
  const sourceFile = node.getSourceFile();
  const start = sourceFile.getLineAndColumnAtPos(node.getStart());
  const end = sourceFile.getLineAndColumnAtPos(node.getEnd());
  return { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column };
}

function callSignatureOf(fn: FunctionLike): string[] {
  return fn.getParameters().map((p) => {
    const typeNode = p.getTypeNode();
    // As written when annotated (the checker would print the same type differently in the two
    // versions' files), else as inferred from the default value.
    const type = typeNode ? normalizeCode(typeNode) : p.getType().getText(p);
    return `${p.isRestParameter() ? '...' : ''}${type}${p.isOptional() || p.hasInitializer() ? ' ?' : ''}`;
  });
}

function info(
  qualifiedName: string,
  kind: DeclarationKind,
  fn: FunctionLike,
  holder: Node,
  exported: boolean,
  owner?: ClassDeclaration,
): DeclarationInfo {
  return {
    qualifiedName,
    kind,
    fn,
    holder,
    owner,
    exported,
    span: spanOf(holder),
    normalizedCode: normalizeCode(holder),
    callSignature: () => callSignatureOf(fn),
  };
}

/** The function under `(…)`, `as T`, `satisfies T` and `!`. */
function unwrapExpression(node: Node): Node {
  let current = node;
  while (
    Node.isParenthesizedExpression(current) ||
    Node.isAsExpression(current) ||
    Node.isSatisfiesExpression(current) ||
    Node.isNonNullExpression(current)
  ) {
    current = current.getExpression();
  }
  return current;
}

function classMembers(cls: ClassDeclaration, className: string, exported: boolean): DeclarationInfo[] {
  const found: DeclarationInfo[] = [];
  for (const ctor of cls.getConstructors()) {
    if (ctor.hasBody()) found.push(info(`${className}.constructor`, 'constructor', ctor, ctor, exported, cls));
  }
  for (const member of cls.getMembers()) {
    if (Node.isMethodDeclaration(member)) {
      if (!member.hasBody() || Node.isPrivateIdentifier(member.getNameNode())) continue;
      const kind: DeclarationKind = member.isStatic() ? 'static-method' : 'method';
      found.push(info(`${className}.${member.getName()}`, kind, member, member, exported, cls));
    } else if (Node.isGetAccessorDeclaration(member)) {
      if (!member.hasBody() || member.isStatic() || Node.isPrivateIdentifier(member.getNameNode())) continue;
      found.push(info(`${className}.${member.getName()}`, 'getter', member, member, exported, cls));
    } else if (Node.isPropertyDeclaration(member)) {
      // `addIssue = (issue: Issue) => { … }`: a method written as a property.
      const initializer = member.getInitializer();
      const fn = initializer && unwrapExpression(initializer);
      if (!fn || !(Node.isArrowFunction(fn) || Node.isFunctionExpression(fn)) || Node.isPrivateIdentifier(member.getNameNode())) continue;
      const kind: DeclarationKind = member.isStatic() ? 'static-method' : 'method';
      found.push(info(`${className}.${member.getName()}`, kind, fn, member, exported, cls));
    }
  }
  return found.sort((a, b) => a.holder.getStart() - b.holder.getStart());
}

/** `export const util = { join(a) {…}, pick: (x) => … }`: the object's function members. */
function objectMembers(objectName: string, literal: ObjectLiteralExpression, exported: boolean): DeclarationInfo[] {
  const found: DeclarationInfo[] = [];
  for (const property of literal.getProperties()) {
    if (Node.isMethodDeclaration(property) && property.hasBody() && Node.isIdentifier(property.getNameNode())) {
      found.push(info(`${objectName}.${property.getName()}`, 'object-method', property, property, exported));
    } else if (Node.isPropertyAssignment(property) && Node.isIdentifier(property.getNameNode())) {
      const fn = unwrapExpression(property.getInitializerOrThrow());
      if (Node.isArrowFunction(fn) || Node.isFunctionExpression(fn)) {
        found.push(info(`${objectName}.${property.getName()}`, 'object-method', fn, property, exported));
      }
    }
  }
  return found;
}

/** Declarations among statements; inside a namespace `prefix` is `ns.` and only exported members are reachable. */
function declarationsIn(statements: readonly Statement[], prefix: string, reachable: boolean): DeclarationInfo[] {
  const found: DeclarationInfo[] = [];
  const inNamespace = prefix !== '';
  for (const statement of statements) {
    if (Node.isFunctionDeclaration(statement)) {
      if (!statement.hasBody()) continue; // overload signatures
      const name = statement.getName() ?? (statement.isDefaultExport() ? 'default' : undefined);
      if (!name || (inNamespace && !statement.isExported())) continue;
      found.push(info(prefix + name, 'function', statement, statement, reachable && statement.isExported()));
    } else if (Node.isVariableStatement(statement)) {
      if (inNamespace && !statement.isExported()) continue;
      const exported = reachable && statement.isExported();
      for (const declaration of statement.getDeclarations()) {
        const initializer = declaration.getInitializer();
        const nameNode = declaration.getNameNode();
        if (!initializer || !Node.isIdentifier(nameNode)) continue;
        const unwrapped = unwrapExpression(initializer);
        const name = prefix + nameNode.getText();
        if (Node.isArrowFunction(unwrapped)) found.push(info(name, 'arrow-function', unwrapped, declaration, exported));
        else if (Node.isFunctionExpression(unwrapped)) found.push(info(name, 'function-expression', unwrapped, declaration, exported));
        else if (Node.isObjectLiteralExpression(unwrapped)) found.push(...objectMembers(name, unwrapped, exported));
      }
    } else if (Node.isClassDeclaration(statement)) {
      const name = statement.getName() ?? (statement.isDefaultExport() ? 'default' : undefined);
      if (!name || (inNamespace && !statement.isExported())) continue;
      found.push(...classMembers(statement, prefix + name, reachable && statement.isExported()));
    } else if (Node.isModuleDeclaration(statement) && !statement.hasDeclareKeyword() && statement.getDeclarationKind() !== 'global') {
      if (inNamespace && !statement.isExported()) continue;
      const body = statement.getStatements();
      found.push(...declarationsIn(body, `${prefix}${statement.getName()}.`, reachable && statement.isExported()));
    }
  }
  return found;
}

/** Every verifiable declaration of the file, in source order. */
export function listDeclarations(sourceFile: SourceFile): DeclarationInfo[] {
  return declarationsIn(sourceFile.getStatements(), '', true);
}
