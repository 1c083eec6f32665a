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
  SourceFile,
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
  /** The parameter list as written, normalized, to tell whether the signature changed. */
  normalizedSignature: string;
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

function signatureOf(fn: FunctionLike): string {
  const params = fn.getParameters().map((p) => normalizeCode(p)).join(' , ');
  const returnType = fn.getReturnTypeNode();
  return `( ${params} ) : ${returnType ? normalizeCode(returnType) : ''}`;
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
    normalizedSignature: signatureOf(fn),
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
  for (const method of cls.getMethods()) {
    if (!method.hasBody() || Node.isPrivateIdentifier(method.getNameNode())) continue;
    const kind: DeclarationKind = method.isStatic() ? 'static-method' : 'method';
    found.push(info(`${className}.${method.getName()}`, kind, method, method, exported, cls));
  }
  for (const getter of cls.getGetAccessors()) {
    if (!getter.hasBody() || getter.isStatic() || Node.isPrivateIdentifier(getter.getNameNode())) continue;
    found.push(info(`${className}.${getter.getName()}`, 'getter', getter, getter, exported, cls));
  }
  return found;
}

/** Every verifiable declaration of the file, in source order. */
export function listDeclarations(sourceFile: SourceFile): DeclarationInfo[] {
  const found: DeclarationInfo[] = [];
  for (const statement of sourceFile.getStatements()) {
    if (Node.isFunctionDeclaration(statement)) {
      if (!statement.hasBody()) continue; // overload signatures
      const name = statement.getName() ?? (statement.isDefaultExport() ? 'default' : undefined);
      if (name) found.push(info(name, 'function', statement, statement, statement.isExported()));
    } else if (Node.isVariableStatement(statement)) {
      for (const declaration of statement.getDeclarations()) {
        const initializer = declaration.getInitializer();
        const nameNode = declaration.getNameNode();
        if (!initializer || !Node.isIdentifier(nameNode)) continue;
        const unwrapped = unwrapExpression(initializer);
        const exported = statement.isExported();
        if (Node.isArrowFunction(unwrapped)) {
          found.push(info(nameNode.getText(), 'arrow-function', unwrapped, declaration, exported));
        } else if (Node.isFunctionExpression(unwrapped)) {
          found.push(info(nameNode.getText(), 'function-expression', unwrapped, declaration, exported));
        }
      }
    } else if (Node.isClassDeclaration(statement)) {
      const name = statement.getName() ?? (statement.isDefaultExport() ? 'default' : undefined);
      if (name) found.push(...classMembers(statement, name, statement.isExported()));
    }
  }
  return found;
}
