// A parser only does something interesting on text made of what it looks for: `KEY="value"`
// lines for an env parser that splits on '\n', skips '#' and unquotes '"'. Random strings hardly
// ever hold those characters in a useful order. The string literals of the body (old and new
// version) are mined here, with the ones it checks text to start or end with (delimiters), so that
// structuredText.ts can build strings from them.
import { Node, SyntaxKind } from 'ts-morph';

export interface TextPieces {
  /** Short string literals of the body, each once ('\n', '=', '#', '"'). */
  pieces: string[];
  /** Literals text is checked to start with (`startsWith('"')`): openers of a quoted word. */
  opens: string[];
  /** Literals text is checked to end with (`endsWith('"')`): closers of a quoted word. */
  closes: string[];
}

const MAX_PIECES = 12;
const MAX_PIECE_LENGTH = 8;

export function textPieces(fn: Node): TextPieces {
  const found: TextPieces = { pieces: [], opens: [], closes: [] };
  const add = (list: string[], text: string) => {
    if (!list.includes(text) && list.length < MAX_PIECES) list.push(text);
  };
  fn.forEachDescendant((node) => {
    if (!Node.isStringLiteral(node) && !Node.isNoSubstitutionTemplateLiteral(node)) return;
    const text = node.getLiteralValue();
    if (text.length === 0 || text.length > MAX_PIECE_LENGTH || !readsText(node)) return;
    add(found.pieces, text);
    const call = node.getParentIfKind(SyntaxKind.CallExpression);
    const callee = call?.getExpression();
    if (callee && Node.isPropertyAccessExpression(callee) && call!.getArguments()[0] === node) {
      if (callee.getName() === 'startsWith') add(found.opens, text);
      if (callee.getName() === 'endsWith') add(found.closes, text);
    }
  });
  return found;
}

/** Both bodies' pieces, the first's first: each once. */
export function mergeTextPieces(first: TextPieces, second: TextPieces): TextPieces {
  const merged = (a: string[], b: string[]) => [...new Set([...a, ...b])].slice(0, MAX_PIECES);
  return { pieces: merged(first.pieces, second.pieces), opens: merged(first.opens, second.opens), closes: merged(first.closes, second.closes) };
}

/** Not in a type, not an import path, a property name or an error message. */
function readsText(node: Node): boolean {
  const parent = node.getParent();
  if (!parent || Node.isImportDeclaration(parent) || Node.isExportDeclaration(parent)) return false;
  if (node.getFirstAncestor((ancestor) => Node.isTypeNode(ancestor))) return false;
  if ((Node.isPropertyAssignment(parent) || Node.isPropertyDeclaration(parent) || Node.isMethodDeclaration(parent)) && parent.getNameNode() === node) return false;
  if (Node.isNewExpression(parent) && /Error$/.test(parent.getExpression().getText())) return false;
  return true;
}
