// JSDoc `@example` blocks read as doctests: each expression followed by an expectation comment
// (`// => value`, `// Returns: value`, `// throws RangeError`) becomes one check, with the
// example's earlier statements as its setup. The expectation comments are found line by line
// (doctestMarkers.ts); statements are delimited by the TypeScript parser, so setup spanning
// several lines, strings holding `//` and several statements on one line are read correctly.
import { Node, ts, type JSDoc } from 'ts-morph';
import { commentColumns, findExpectationMarkers, type DoctestExpectation, type ExpectationMarker } from './doctestMarkers';

export type { DoctestExpectation };

export interface Doctest {
  /** Setup statements that run before the checked expression (may be ''). */
  code: string;
  /** The checked expression, as written (may contain `await`). */
  expression: string;
  /** What the expression should give: `expect(actual).toEqual(<code>)`, or `toThrow(<code>)`. */
  expected: DoctestExpectation;
  /** 1-based line in the file of the checked expression. */
  line: number;
  /** The original example line(s) of this check, for messages. */
  text: string;
}

/** Doctests of the `@example` blocks in the JSDoc of a declaration (and of its overloads). */
export function doctestsOf(node: Node): Doctest[] {
  return jsDocsOf(node).flatMap((doc) =>
    exampleBlocksOf(doc.getText(), doc.getStartLineNumber()).flatMap((block) => parseExampleBlock(block.text, block.firstLine)),
  );
}

/**
 * Doctests of one `@example` block. `text` is the block's content (lines may keep their
 * leading `*`), `firstLine` the 1-based file line of its first line. With a ``` fence only the
 * fenced code counts and each fence is its own scope; without one, prose lines are skipped.
 */
export function parseExampleBlock(text: string, firstLine = 1): Doctest[] {
  const lines = withoutCommentStars(text.split(/\r?\n/));
  if (lines.length > 0) lines[0] = lines[0].replace(/^\s*<caption>.*?<\/caption>/, '');
  return codeSegments(lines).flatMap((segment) =>
    doctestsOfSegment(lines.slice(segment.start, segment.end), firstLine + segment.start, segment.fenced),
  );
}

/** The JSDoc comments that document `node`: its own, or those of the statement declaring it. */
function jsDocsOf(node: Node): JSDoc[] {
  const docs: JSDoc[] = [];
  let current: Node | undefined = node;
  for (let steps = 0; current && steps < 6; steps++) {
    if (Node.isJSDocable(current) && current.getJsDocs().length > 0) {
      docs.push(...current.getJsDocs());
      break;
    }
    if (!WRAPPERS.has(current.getKind())) break;
    current = current.getParent();
  }
  if (Node.isFunctionDeclaration(node) || Node.isMethodDeclaration(node)) {
    for (const overload of node.getOverloads()) docs.push(...overload.getJsDocs());
  }
  return [...new Set(docs)].sort((a, b) => a.getStart() - b.getStart());
}

/** Nodes between a function and the statement whose JSDoc documents it (`export const f = memo(() => …)`). */
const WRAPPERS = new Set([
  ts.SyntaxKind.ArrowFunction,
  ts.SyntaxKind.FunctionExpression,
  ts.SyntaxKind.ParenthesizedExpression,
  ts.SyntaxKind.AsExpression,
  ts.SyntaxKind.SatisfiesExpression,
  ts.SyntaxKind.CallExpression,
  ts.SyntaxKind.VariableDeclaration,
  ts.SyntaxKind.VariableDeclarationList,
]);

/** The `@example` blocks of a raw `/** … *\/` comment, each with the file line of its first line. */
export function exampleBlocksOf(comment: string, commentLine: number): { text: string; firstLine: number }[] {
  const lines = comment.split(/\r?\n/).map((line, index, all) => {
    let content = index === 0 ? line.replace(/^\s*\/\*\*/, '') : line;
    if (index === all.length - 1) content = content.replace(/\*\/\s*$/, '');
    return index === 0 ? content.replace(/^\s/, '') : content.replace(/^\s*\*(?!\/)\s?/, '');
  });
  const blocks: { text: string; firstLine: number }[] = [];
  let current: { lines: string[]; firstLine: number } | undefined;
  let inFence = false;
  lines.forEach((line, index) => {
    const tag = inFence ? undefined : /^\s*@(\w+)/.exec(line);
    if (tag) {
      if (current) blocks.push({ text: current.lines.join('\n'), firstLine: current.firstLine });
      current = tag[1] === 'example' ? { lines: [line.slice(tag[0].length)], firstLine: commentLine + index } : undefined;
      return;
    }
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    current?.lines.push(line);
  });
  if (current) blocks.push({ text: current.lines.join('\n'), firstLine: current.firstLine });
  return blocks;
}

/** Strips a leading `*` from every line when all non-blank lines have one (raw JSDoc lines). */
function withoutCommentStars(lines: string[]): string[] {
  const starred = (line: string) => /^\s*\*(?!\/)/.test(line);
  // The first line may be the rest of the `@example` tag's line, which has no star of its own.
  const nonBlank = lines.slice(1).filter((line) => line.trim() !== '');
  if (nonBlank.length === 0 ? !starred(lines[0] ?? '') : !nonBlank.every(starred)) return lines;
  return lines.map((line) => line.replace(/^\s*\*(?!\/)\s?/, ''));
}

interface Segment {
  start: number;
  end: number;
  fenced: boolean;
}

/** Line ranges holding code: the inside of each fence, or the whole block when there is no fence. */
function codeSegments(lines: readonly string[]): Segment[] {
  const fences = lines.flatMap((line, index) => (/^\s*(```|~~~)/.test(line) ? [index] : []));
  if (fences.length === 0) return [{ start: 0, end: lines.length, fenced: false }];
  const segments: Segment[] = [];
  for (let i = 0; i < fences.length; i += 2) {
    segments.push({ start: fences[i] + 1, end: fences[i + 1] ?? lines.length, fenced: true });
  }
  return segments;
}

function doctestsOfSegment(original: readonly string[], firstLine: number, fenced: boolean): Doctest[] {
  const markers = findExpectationMarkers(original);
  if (markers.length === 0) return [];
  const cut = [...original];
  for (const marker of markers) {
    cut[marker.line] = cut[marker.line].slice(0, marker.column);
    for (let line = marker.line + 1; line <= marker.lastLine; line++) cut[line] = '';
  }
  const lines = fenced ? cut : withoutProse(cut);
  const source = lines.join('\n');
  const lineStarts: number[] = [];
  for (let i = 0, offset = 0; i < lines.length; offset += lines[i].length + 1, i++) lineStarts.push(offset);
  const file = ts.createSourceFile('example.ts', source, ts.ScriptTarget.Latest, true);
  const firstError = Math.min(...parseDiagnosticsOf(file).map((diagnostic) => diagnostic.start ?? 0));

  const checked = new Map<ts.Statement, ExpectationMarker>();
  for (const marker of markers) {
    const statement = statementEndingAt(file, lineStarts[marker.line] + marker.column);
    if (statement && !checked.has(statement)) checked.set(statement, marker);
  }

  const doctests: Doctest[] = [];
  const setup: string[] = [];
  const declared = new Set<string>();
  for (const statement of file.statements) {
    const marker = checked.get(statement);
    const check = marker && statement.end <= firstError ? checkOf(statement, marker.expectation, file) : undefined;
    if (check && marker) {
      const exprLine = file.getLineAndCharacterOfPosition(check.expression.getStart(file)).line;
      doctests.push({
        code: [...setup, ...(check.declaration ? [check.declaration] : [])].join('\n'),
        expression: check.expression.getText(file),
        expected: marker.expectation,
        line: firstLine + exprLine,
        text: original.slice(exprLine, marker.lastLine + 1).map((line) => line.trim()).join('\n'),
      });
      // A checked call replays before later checks only when it may change the example's own
      // state (`c.add(x) // => 1`); independent calls (`f(1) // => 2`) are not repeated, so a
      // regression in one is not reported again by every later check.
      if (check.setup && (check.declaration || mentionsAny(statement, declared))) setup.push(check.setup);
    } else if (!isIgnoredSetup(statement)) {
      setup.push(statement.getText(file));
    }
    for (const name of declaredNames(statement)) declared.add(name);
  }
  return doctests;
}

/** Names a top-level statement of an example declares. */
function declaredNames(statement: ts.Statement): string[] {
  if (ts.isVariableStatement(statement)) return statement.declarationList.declarations.flatMap((declaration) => bindingNames(declaration.name));
  if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) && statement.name) return [statement.name.text];
  return [];
}

function bindingNames(name: ts.BindingName): string[] {
  if (ts.isIdentifier(name)) return [name.text];
  return name.elements.flatMap((element) => (ts.isOmittedExpression(element) ? [] : bindingNames(element.name)));
}

function mentionsAny(node: ts.Node, names: ReadonlySet<string>): boolean {
  if (names.size === 0) return false;
  const visit = (child: ts.Node): boolean => (ts.isIdentifier(child) && names.has(child.text)) || ts.forEachChild(child, visit) === true;
  return visit(node);
}

/** How a checked statement runs: the expression to compare, and what later checks see of it. */
interface Check {
  expression: ts.Expression;
  /** A declaration the expression reads (`const x = f() // => 3` checks `x`). */
  declaration?: string;
  /** The statement as later checks' setup; undefined for a statement expected to throw. */
  setup?: string;
}

function checkOf(statement: ts.Statement, expectation: DoctestExpectation, file: ts.SourceFile): Check | undefined {
  if (expectation.kind === 'value' && !isExpressionCode(expectation.code)) return undefined;
  const throws = expectation.kind === 'throws';
  if (ts.isExpressionStatement(statement)) {
    const expression = printedArgument(statement.expression) ?? statement.expression;
    return { expression, setup: throws ? undefined : `${expression.getText(file)};` };
  }
  if (ts.isVariableStatement(statement) && statement.declarationList.declarations.length === 1) {
    const [declaration] = statement.declarationList.declarations;
    if (!ts.isIdentifier(declaration.name) || !declaration.initializer) return undefined;
    if (throws) return { expression: declaration.initializer };
    const text = statement.getText(file);
    return { expression: declaration.name, declaration: text, setup: text };
  }
  return undefined;
}

/** `console.log(x) // => 5` documents the value of `x`. */
function printedArgument(expression: ts.Expression): ts.Expression | undefined {
  if (!ts.isCallExpression(expression) || expression.arguments.length !== 1) return undefined;
  const callee = expression.expression;
  const isConsoleLog =
    ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) && callee.expression.text === 'console' && callee.name.text === 'log';
  return isConsoleLog ? expression.arguments[0] : undefined;
}

/** Imports and `require`s in examples stand for what the generated test imports itself. */
function isIgnoredSetup(statement: ts.Statement): boolean {
  if (ts.isImportDeclaration(statement) || ts.isImportEqualsDeclaration(statement)) return true;
  if (ts.isExpressionStatement(statement) && ts.isIdentifier(statement.expression)) return true; // a stray word of prose
  if (!ts.isVariableStatement(statement)) return false;
  return statement.declarationList.declarations.every((declaration) => {
    const init = declaration.initializer;
    return !!init && ts.isCallExpression(init) && ts.isIdentifier(init.expression) && init.expression.text === 'require';
  });
}

/** The top-level statement that ends right before `anchor`, with only blanks or comments between. */
function statementEndingAt(file: ts.SourceFile, anchor: number): ts.Statement | undefined {
  let candidate: ts.Statement | undefined;
  for (const statement of file.statements) {
    if (statement.getStart(file) < anchor && anchor < statement.end) return undefined;
    if (statement.end > anchor) break;
    candidate = statement;
  }
  if (!candidate) return undefined;
  const between = file.text.slice(candidate.end, anchor);
  return /^(?:\s|\/\/[^\n]*|\/\*[\s\S]*?\*\/)*$/.test(between) ? candidate : undefined;
}

/** True when `code` is one expression (not prose, not `a, b`). */
function isExpressionCode(code: string): boolean {
  if (code.trim() === '') return false;
  const file = ts.createSourceFile('expected.ts', `(${code}\n)`, ts.ScriptTarget.Latest, true);
  if (parseDiagnosticsOf(file).length > 0 || file.statements.length !== 1) return false;
  const [statement] = file.statements;
  if (!ts.isExpressionStatement(statement) || !ts.isParenthesizedExpression(statement.expression)) return false;
  const inner = statement.expression.expression;
  return !(ts.isBinaryExpression(inner) && inner.operatorToken.kind === ts.SyntaxKind.CommaToken);
}

/** Lines of prose in an unfenced example ("Basic usage:"), blanked so the rest parses. */
function withoutProse(lines: readonly string[]): string[] {
  const { columns, depthBefore } = commentColumns(lines);
  return lines.map((line, index) => {
    const code = columns[index] >= 0 ? line.slice(0, columns[index]) : line;
    if (depthBefore[index] !== 0 || code.trim() === '' || /[(){}[\]=;`]/.test(code)) return line;
    const alone = ts.createSourceFile('line.ts', code, ts.ScriptTarget.Latest, true);
    return parseDiagnosticsOf(alone).length > 0 ? '' : line;
  });
}

/** Syntax errors the parser recorded. `parseDiagnostics` is not in the public typings, but it is
 *  what `getSyntacticDiagnostics` returns and avoids building a Program for a few lines. */
function parseDiagnosticsOf(file: ts.SourceFile): readonly ts.DiagnosticWithLocation[] {
  return (file as ts.SourceFile & { parseDiagnostics?: ts.DiagnosticWithLocation[] }).parseDiagnostics ?? [];
}
