// Parameters that say how many times a loop runs or how much is allocated: `for (i = 0; i < parts;
// i++)`, `while (page <= maxPages)`, `new Array(size)`, `'-'.repeat(width)`, `Array.from({ length:
// n })`. Drawn like any number they are sometimes 1e21 or Number.MAX_VALUE, and both versions then
// loop until the time budget runs out (a pre-existing hang, two seconds lost) or run out of memory
// (the runner dies). For these, numbers stay near the sizes a loop is written for.
import { Node, SyntaxKind } from 'ts-morph';

const COMPARISONS = new Set([
  SyntaxKind.LessThanToken,
  SyntaxKind.LessThanEqualsToken,
  SyntaxKind.GreaterThanToken,
  SyntaxKind.GreaterThanEqualsToken,
  SyntaxKind.ExclamationEqualsEqualsToken,
  SyntaxKind.ExclamationEqualsToken,
]);

const SIZING_METHODS = new Set(['repeat', 'padStart', 'padEnd']);

/** Parameter names read, outside nested calls, in `expression` (`limit - 1` → limit). */
function namesIn(expression: Node, parameters: ReadonlySet<string>, found: Set<string>): void {
  const visit = (node: Node) => {
    if (Node.isIdentifier(node) && parameters.has(node.getText())) found.add(node.getText());
    if (Node.isCallExpression(node) || Node.isPropertyAccessExpression(node)) return;
    node.forEachChild(visit);
  };
  visit(expression);
}

function loopCondition(node: Node): Node | undefined {
  if (Node.isForStatement(node)) return node.getCondition();
  if (Node.isWhileStatement(node) || Node.isDoStatement(node)) return node.getExpression();
  return undefined;
}

/** Names of the function's parameters that bound a loop or size an allocation in its body. */
export function loopBoundParameters(fn: Node & { getParameters(): Node[] }): Set<string> {
  const parameters = new Set(fn.getParameters().flatMap((p) => (Node.isParameterDeclaration(p) && Node.isIdentifier(p.getNameNode()) ? [p.getName()] : [])));
  const found = new Set<string>();
  if (parameters.size === 0) return found;
  fn.forEachDescendant((node) => {
    const condition = loopCondition(node);
    if (condition) {
      const comparisons = [condition, ...condition.getDescendantsOfKind(SyntaxKind.BinaryExpression)];
      for (const comparison of comparisons) {
        if (Node.isBinaryExpression(comparison) && COMPARISONS.has(comparison.getOperatorToken().getKind())) {
          namesIn(comparison.getLeft(), parameters, found);
          namesIn(comparison.getRight(), parameters, found);
        }
      }
    } else if (Node.isNewExpression(node) || Node.isCallExpression(node)) {
      const callee = node.getExpression();
      const [first] = node.getArguments();
      if (!first) return;
      const name = Node.isIdentifier(callee) ? callee.getText() : Node.isPropertyAccessExpression(callee) ? callee.getName() : '';
      if (name === 'Array' || SIZING_METHODS.has(name)) namesIn(first, parameters, found);
      if (name === 'from' && Node.isObjectLiteralExpression(first)) {
        const length = first.getProperty('length');
        if (Node.isPropertyAssignment(length)) namesIn(length.getInitializerOrThrow(), parameters, found);
        if (Node.isShorthandPropertyAssignment(length)) namesIn(length.getNameNode(), parameters, found);
      }
    }
  });
  return found;
}

/** Positions of the loop-bound parameters: how the old version's bounds name the new version's
 *  parameters, whatever either calls them. */
export function loopBoundPositions(fn: Node & { getParameters(): Node[] }): number[] {
  const names = loopBoundParameters(fn);
  return fn.getParameters().flatMap((p, i) => (Node.isParameterDeclaration(p) && names.has(p.getName()) ? [i] : []));
}
