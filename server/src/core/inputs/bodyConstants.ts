// Constants the body compares its inputs with are where behaviour changes: `qty >= 10` splits
// at 9 | 10 | 11, `tier === 'gold'` only matters for 'gold'. They are mined here and mixed into
// the inputs, and put early into the examples.
import fc from 'fast-check';
import { Node, SyntaxKind, type Expression } from 'ts-morph';
import { decimalScales } from './decimalScales';
import { mergeTextPieces, textPieces, type TextPieces } from './textPieces';

export interface BodyConstants {
  /** Likely numbers: n - 1, n, n + 1 for each integer literal compared or computed with. */
  numbers: number[];
  /** String literals compared with, switched on, or searched for; keys of a lookup table indexed
   *  with a computed key (`formats[issue.format]`). */
  strings: string[];
  /** Regular-expression literals fast-check can generate matching strings for. */
  patterns: RegExp[];
  /** Steps the body rounds to (100 for `Math.round(x * 100)`, see decimalScales.ts). */
  scales: number[];
  /** Short string literals of the body, to build structured strings from (textPieces.ts). */
  text: TextPieces;
}

export const NO_CONSTANTS: BodyConstants = { numbers: [], strings: [], patterns: [], scales: [], text: { pieces: [], opens: [], closes: [] } };

const MAX_LITERALS = 8;
/** A lookup table's keys are each a case of their own (a locale's messages): more of them are kept. */
const MAX_LOOKUP_KEYS = 48;

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
    } else if (Node.isElementAccessExpression(node)) {
      const argument = node.getArgumentExpression();
      if (argument && !stringLiteral(argument) && numberLiteral(argument) === undefined) {
        for (const key of lookupTableKeys(node.getExpression())) {
          if (!strings.includes(key) && strings.length < MAX_LITERALS + MAX_LOOKUP_KEYS) strings.push(key);
        }
      }
    } else if (Node.isRegularExpressionLiteral(node)) {
      const pattern = generablePattern(() => node.getLiteralValue());
      if (pattern && patterns.length < MAX_LITERALS) patterns.push(pattern);
    }
  });

  const numbers = [...new Set(literals.flatMap((n) => (Number.isInteger(n) ? [n - 1, n, n + 1] : [n])))];
  return { numbers, strings, patterns, scales: decimalScales(fn), text: textPieces(fn) };
}

/** Both lists of constants, the first's first: each value once. */
export function mergeConstants(first: BodyConstants, second: BodyConstants | undefined): BodyConstants {
  if (!second) return first;
  const key = (p: RegExp) => `/${p.source}/${p.flags}`;
  const seen = new Set(first.patterns.map(key));
  return {
    numbers: [...new Set([...first.numbers, ...second.numbers])],
    strings: [...new Set([...first.strings, ...second.strings])],
    patterns: [...first.patterns, ...second.patterns.filter((p) => !seen.has(key(p)))],
    scales: [...new Set([...first.scales, ...second.scales])],
    text: mergeTextPieces(first.text, second.text),
  };
}

/** The string keys of the object literal a name is bound to (`const formats = { email: … }`). */
function lookupTableKeys(indexed: Expression): string[] {
  const expression = withoutWrappers(indexed);
  if (!expression || !Node.isIdentifier(expression)) return [];
  const declaration = expression.getSymbol()?.getValueDeclaration();
  if (!declaration || !Node.isVariableDeclaration(declaration)) return [];
  const initializer = withoutWrappers(declaration.getInitializer());
  if (!initializer || !Node.isObjectLiteralExpression(initializer)) return [];
  return initializer.getProperties().flatMap((property) => {
    if (!Node.isPropertyAssignment(property) && !Node.isShorthandPropertyAssignment(property)) return [];
    const name = property.getNameNode();
    if (Node.isIdentifier(name)) return [name.getText()];
    if (Node.isStringLiteral(name) || Node.isNoSubstitutionTemplateLiteral(name)) return [name.getLiteralValue()];
    return [];
  });
}

/** `(x as T)`, `x satisfies T`, `(x)` → `x`. */
function withoutWrappers(expression: Expression | undefined): Expression | undefined {
  let inner = expression;
  while (inner && (Node.isAsExpression(inner) || Node.isSatisfiesExpression(inner) || Node.isParenthesizedExpression(inner) || Node.isNonNullExpression(inner))) {
    inner = inner.getExpression();
  }
  return inner;
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
