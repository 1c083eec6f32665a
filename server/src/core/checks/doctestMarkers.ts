// Line-level reading of doctest expectations in an example: the comments that say what an
// expression evaluates to (`// => 1.01`, `// Returns: 'x'`, `// → 3`) or that it throws
// (`// throws RangeError`, `// => throws`), including values that continue over later lines.
// The statements themselves are left to the TypeScript parser (doctestExamples.ts).

export type DoctestExpectation = { kind: 'value'; code: string } | { kind: 'throws'; code?: string };

/** One expectation comment found in an example, with the lines it occupies. */
export interface ExpectationMarker {
  /** Index of the line holding the marker comment. */
  line: number;
  /** Column where the `//` starts on that line. */
  column: number;
  /** Index of the last line the expected value continues on (== line for one-line values). */
  lastLine: number;
  /** The expected value as written; whether it is valid code is checked by the caller. */
  expectation: DoctestExpectation;
}

/** Lexical state that crosses line ends: an open template literal or block comment, open brackets. */
interface LexState {
  inTemplate: boolean;
  inBlockComment: boolean;
  depth: number;
}

const freshState = (): LexState => ({ inTemplate: false, inBlockComment: false, depth: 0 });

/** A `/` after one of these (or at the start) begins a regular expression, not a division. */
const BEFORE_REGEX = /[(,=:[!&|?{};+\-*%<>~^]$/;

/**
 * Scans one line of code, updating `state` (bracket depth, open template literal or block
 * comment), and returns the column of the first `//` comment outside strings, or -1.
 */
function scanLine(line: string, state: LexState): number {
  let i = 0;
  let lastSignificant = '';
  while (i < line.length) {
    const ch = line[i];
    if (state.inBlockComment) {
      const close = line.indexOf('*/', i);
      if (close < 0) return -1;
      state.inBlockComment = false;
      i = close + 2;
      continue;
    }
    if (state.inTemplate) {
      if (ch === '\\') i += 2;
      else if (ch === '`') { state.inTemplate = false; lastSignificant = '`'; i++; }
      else i++;
      continue;
    }
    if (ch === '/' && line[i + 1] === '/') return i;
    if (ch === '/' && line[i + 1] === '*') { state.inBlockComment = true; i += 2; continue; }
    if (ch === '"' || ch === "'") { i = skipQuoted(line, i, ch); lastSignificant = ch; continue; }
    if (ch === '`') { state.inTemplate = true; i++; continue; }
    if (ch === '/' && (lastSignificant === '' || BEFORE_REGEX.test(lastSignificant))) {
      i = skipRegex(line, i); lastSignificant = '/'; continue;
    }
    if (ch === '(' || ch === '[' || ch === '{') state.depth++;
    else if (ch === ')' || ch === ']' || ch === '}') state.depth = Math.max(0, state.depth - 1);
    if (!/\s/.test(ch)) lastSignificant = ch;
    i++;
  }
  return -1;
}

function skipQuoted(line: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < line.length && line[i] !== quote) i += line[i] === '\\' ? 2 : 1;
  return i + 1;
}

function skipRegex(line: string, start: number): number {
  let i = start + 1;
  let inClass = false;
  while (i < line.length) {
    const ch = line[i];
    if (ch === '\\') { i += 2; continue; }
    if (ch === '[') inClass = true;
    else if (ch === ']') inClass = false;
    else if (ch === '/' && !inClass) return i + 1;
    i++;
  }
  return i;
}

/** Column of the first `//` comment of each line (or -1), reading the lines as one piece of code. */
export function commentColumns(lines: readonly string[]): { columns: number[]; depthBefore: number[] } {
  const state = freshState();
  const columns: number[] = [];
  const depthBefore: number[] = [];
  for (const line of lines) {
    depthBefore.push(state.inTemplate || state.inBlockComment ? -1 : state.depth);
    columns.push(scanLine(line, state));
  }
  return { columns, depthBefore };
}

/** True when `code` closes every bracket, string and template it opens. */
export function isBalanced(code: string): boolean {
  const state = freshState();
  for (const line of code.split('\n')) {
    if (scanLine(line, state) >= 0) return false;
  }
  return state.depth === 0 && !state.inTemplate && !state.inBlockComment;
}

const ARROW = /^\s*(?:=>|->|→|⇒)\s*/;
const RETURNS = /^\s*returns?\b\s*:?\s*/i;
const THROWS = /^\s*(?:throws?|raises?)\b\s*:?\s*/i;

/** What a comment announces: a value (still raw text) or a thrown error; undefined for other comments. */
function readMarker(comment: string): { kind: 'value'; rest: string } | { kind: 'throws'; rest: string } | undefined {
  let rest: string;
  const arrow = ARROW.exec(comment);
  if (arrow) rest = comment.slice(arrow[0].length);
  else {
    const returns = RETURNS.exec(comment);
    if (returns) rest = comment.slice(returns[0].length);
    else {
      const throws = THROWS.exec(comment);
      return throws ? { kind: 'throws', rest: comment.slice(throws[0].length).trim() } : undefined;
    }
  }
  const throws = THROWS.exec(rest);
  if (throws) return { kind: 'throws', rest: rest.slice(throws[0].length).trim() };
  return { kind: 'value', rest: rest.trim() };
}

/**
 * The error a `throws` comment names, as code for `toThrow(...)`: an error class
 * (`RangeError`, also from `RangeError: bad date`), a string or a regular expression literal;
 * undefined for prose (`throws if empty`).
 */
export function thrownErrorCode(rest: string): string | undefined {
  const text = rest.replace(/[.;]\s*$/, '').trim();
  if (/^(['"`]).*\1$/s.test(text) || /^\/.+\/[dgimsuvy]*$/.test(text)) return text;
  const name = /^[A-Z][\w$]*(?:\.[A-Z][\w$]*)*/.exec(text)?.[0];
  if (!name) return undefined;
  const afterName = text.slice(name.length);
  if (afterName === '' || /(?:Error|Exception)$/.test(name)) return name;
  return undefined;
}

const MAX_CONTINUATION_LINES = 40;

/**
 * Finds the expectation comments in an example's lines. A value left open (`// => {`) or empty
 * (`// =>`) continues on the following lines, commented (`//   a: 1,`) or not (`  a: 1,`),
 * until its brackets close.
 */
export function findExpectationMarkers(lines: readonly string[]): ExpectationMarker[] {
  const { columns } = commentColumns(lines);
  const markers: ExpectationMarker[] = [];
  for (let i = 0; i < lines.length; i++) {
    const column = columns[i];
    if (column < 0) continue;
    const marker = readMarker(lines[i].slice(column + 2));
    if (!marker) continue;
    if (marker.kind === 'throws') {
      markers.push({ line: i, column, lastLine: i, expectation: { kind: 'throws', code: thrownErrorCode(marker.rest) } });
      continue;
    }
    let code = marker.rest.replace(/;\s*$/, '');
    let last = i;
    while ((code === '' || !isBalanced(code)) && last + 1 < lines.length && last - i < MAX_CONTINUATION_LINES) {
      const next = lines[last + 1].trim();
      if (next.startsWith('//')) code = code === '' ? next.slice(2).trim() : `${code}\n${next.slice(2)}`;
      else if (code !== '' && next !== '') code = `${code}\n${lines[last + 1]}`;
      else break;
      last++;
    }
    markers.push({ line: i, column, lastLine: last, expectation: { kind: 'value', code: code.replace(/;\s*$/, '') } });
    i = last;
  }
  return markers;
}
