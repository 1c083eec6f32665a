// Code that rounds money or measures (`Math.round(amount * 100)`, `x.toFixed(2)`) behaves
// differently only on decimals a person writes, above all on ties such as 12.345 → 1234.5 cents:
// random doubles never land on those. The scales a body rounds at are mined here; the inputs then
// mix in short decimals (an integer over 10, 100 or 1000) and values halfway between two steps of
// each scale, and try a few of those ties early.
import { Node, SyntaxKind } from 'ts-morph';

const MAX_SCALES = 4;
const ROUNDING = new Set(['round', 'floor', 'ceil', 'trunc']);
const SCALING_OPERATORS = new Set([SyntaxKind.AsteriskToken, SyntaxKind.SlashToken, SyntaxKind.AsteriskEqualsToken, SyntaxKind.SlashEqualsToken]);

/** The steps a body rounds to: 100 for `Math.round(x * 100)` or `toFixed(2)`, 1 for a bare
 *  `Math.round(x)`; empty when it neither scales by a power of ten nor rounds. */
export function decimalScales(fn: Node): number[] {
  const scales: number[] = [];
  const add = (scale: number) => {
    if (!scales.includes(scale) && scales.length < MAX_SCALES) scales.push(scale);
  };
  fn.forEachDescendant((node) => {
    if (Node.isBinaryExpression(node) && SCALING_OPERATORS.has(node.getOperatorToken().getKind())) {
      for (const side of [node.getLeft(), node.getRight()]) {
        if (Node.isNumericLiteral(side) && isPowerOfTen(side.getLiteralValue())) add(side.getLiteralValue());
      }
    } else if (Node.isCallExpression(node)) {
      const callee = node.getExpression();
      if (!Node.isPropertyAccessExpression(callee)) return;
      const [first] = node.getArguments();
      if (callee.getName() === 'toFixed') {
        const digits = first && Node.isNumericLiteral(first) ? first.getLiteralValue() : 0;
        if (Number.isInteger(digits) && digits >= 0 && digits <= 6) add(10 ** digits);
      } else if (ROUNDING.has(callee.getName()) && callee.getExpression().getText() === 'Math') add(1);
    }
  });
  return scales;
}

function isPowerOfTen(n: number): boolean {
  return n >= 10 && n <= 1e6 && Number.isInteger(Math.log10(n));
}

/** fast-check code of decimals: an integer over 10, 100 or 1000 (19.99, -0.125), or halfway
 *  between two steps of a scale (12.345 at 100, 2.5 at 1). A decimal example (12.345) shrinks as
 *  one of the first kind, to another short decimal, not by ulps to 12.344999999999999. */
export function decimalArbitrary(scales: readonly number[]): string {
  const unmap =
    "(value) => { const places = [1, 2, 3].find((p) => typeof value === 'number' && !Object.is(value, -0) && Math.round(value * 10 ** p) / 10 ** p === value); " +
    "if (places === undefined || typeof value !== 'number') throw new Error('not a short decimal'); return [Math.round(value * 10 ** places), places]; }";
  const written = `fc.tuple(fc.integer({ min: -100000, max: 100000 }), fc.integer({ min: 1, max: 3 })).map(([n, places]) => n / 10 ** places, ${unmap})`;
  const ties = `fc.tuple(fc.integer({ min: -10000, max: 10000 }), fc.constantFrom(${scales.join(', ')})).map(([n, scale]) => (n + 0.5) / scale)`;
  return `fc.oneof(${written}, ${ties})`;
}

/** A few ties per scale, tried before random inputs: 12.345 and -0.025 at 100, 1234.5 and -2.5 at 1. */
export function decimalEdgeValues(scales: readonly number[]): number[] {
  return scales.flatMap((scale) => [1234.5 / scale, -2.5 / scale]);
}
