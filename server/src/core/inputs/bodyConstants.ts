// Constants the body compares its inputs with are where behaviour changes: `qty >= 10` splits
// at 9 | 10 | 11, `tier === 'gold'` only matters for 'gold'. They are mined here and mixed into
// the inputs, and put early into the examples.
import fc from 'fast-check';
import { Node, SyntaxKind, type Expression } from 'ts-morph';

export interface BodyConstants {
  /** Likely numbers: n - 1, n, n + 1 for each integer literal compared or computed with. */
  numbers: number[];
  /** String literals compared with, switched on, or searched for. */
  strings: string[];
  /** Regular-expression literals fast-check can generate matching strings for. */
  patterns: RegExp[];
}

const MAX_LITERALS = 8;

const NUMBER_OPERATORS = new Set([
  SyntaxKind.LessThanToken,
  SyntaxKind.LessThanEqualsToken,
  SyntaxKind.GreaterThanToken,
  SyntaxKind.GreaterThanEqualsToken,
  SyntaxKind.EqualsEqualsEqualsToken,
  SyntaxKind.ExclamationEqualsEqualsToken,
  SyntaxKind.EqualsEqualsToken,
  SyntaxKind.ExclamationEqualsToken,
  SyntaxKind.PlusToken,
  SyntaxKind.MinusToken,
  SyntaxKind.AsteriskToken,
  SyntaxKind.SlashToken,
  SyntaxKind.PercentToken,
  SyntaxKind.AsteriskAsteriskToken,
]);

const EQUALITY_OPERATORS = new Set([
  SyntaxKind.EqualsEqualsEqualsToken,
  SyntaxKind.ExclamationEqualsEqualsToken,
  SyntaxKind.EqualsEqualsToken,
  SyntaxKind.ExclamationEqualsToken,
]);

const SEARCH_METHODS = new Set(['startsWith', 'endsWith', 'includes', 'indexOf', 'lastIndexOf']);

export function bodyConstants(fn: Node): BodyConstants {
  const literals: number[] = [];
  const strings: string[] = [];
  const patterns: RegExp[] = [];
  const addNumber = (n: number | undefined) => {
    if (n !== undefined && Number.isFinite(n) && !literals.includes(n) && literals.length < MAX_LITERALS) literals.push(n);
  };
  const addString = (s: string | undefined) => {
    if (s !== undefined && !strings.includes(s) && strings.length < MAX_LITERALS) strings.push(s);
  };

  fn.forEachDescendant((node) => {
    if (Node.isBinaryExpression(node)) {
      const operator = node.getOperatorToken().getKind();
      for (const side of [node.getLeft(), node.getRight()]) {
        if (NUMBER_OPERATORS.has(operator)) addNumber(numberLiteral(side));
        if (EQUALITY_OPERATORS.has(operator)) addString(stringLiteral(side));
      }
    } else if (Node.isCaseClause(node)) {
      addNumber(numberLiteral(node.getExpression()));
      addString(stringLiteral(node.getExpression()));
    } else if (Node.isCallExpression(node)) {
      const callee = node.getExpression();
      if (Node.isPropertyAccessExpression(callee) && SEARCH_METHODS.has(callee.getName())) {
        const [first] = node.getArguments();
        if (first && Node.isExpression(first)) addString(stringLiteral(first));
      }
    } else if (Node.isRegularExpressionLiteral(node)) {
      const pattern = generablePattern(() => node.getLiteralValue());
      if (pattern && patterns.length < MAX_LITERALS) patterns.push(pattern);
    }
  });

  const numbers = [...new Set(literals.flatMap((n) => (Number.isInteger(n) ? [n - 1, n, n + 1] : [n])))];
  return { numbers, strings, patterns };
}

function numberLiteral(expression: Expression): number | undefined {
  if (Node.isNumericLiteral(expression)) return expression.getLiteralValue();
  if (Node.isPrefixUnaryExpression(expression) && expression.getOperatorToken() === SyntaxKind.MinusToken) {
    const operand = expression.getOperand();
    if (Node.isNumericLiteral(operand)) return -operand.getLiteralValue();
  }
  return undefined;
}

function stringLiteral(expression: Expression): string | undefined {
  if (Node.isStringLiteral(expression) || Node.isNoSubstitutionTemplateLiteral(expression)) {
    return expression.getLiteralValue();
  }
  return undefined;
}

/** The pattern, when fast-check can generate strings matching it (no back-references, ...). */
function generablePattern(read: () => RegExp): RegExp | undefined {
  try {
    const pattern = read();
    fc.stringMatching(pattern);
    return pattern;
  } catch {
    return undefined;
  }
}
