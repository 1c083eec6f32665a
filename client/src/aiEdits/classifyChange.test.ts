import { describe, expect, it } from 'vitest';
import type { ContentChange, TextPosition } from './changeRanges';
import { classifyChange } from './classifyChange';
import type { AiEditThresholds, ChangeClassification, ChangeEventDescription, LineSpan } from './classifyChange';

const thresholds: AiEditThresholds = { minLines: 3, minChars: 120 };

function positionAt(text: string, offset: number): TextPosition {
  const lines = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: lines.length - 1, character: lines[lines.length - 1].length };
}

/** An event as VS Code sends it: edits given in the text before, listed bottom-up. */
function event(textBefore: string, edits: [from: number, to: number, text: string][], reason?: 'undo' | 'redo'): ChangeEventDescription {
  const contentChanges: ContentChange[] = [...edits]
    .sort((a, b) => b[0] - a[0])
    .map(([from, to, text]) => ({
      range: { start: positionAt(textBefore, from), end: positionAt(textBefore, to) },
      rangeOffset: from,
      rangeLength: to - from,
      text,
    }));
  return reason ? { contentChanges, reason } : { contentChanges };
}

function insertAt(text: string, needle: string, inserted: string): [number, number, string] {
  const at = text.indexOf(needle);
  return [at, at, inserted];
}

const source = ['export function total(items: number[]): number {', '  let sum = 0;', '  for (const item of items) sum += item;', '  return sum;', '}', ''].join('\n');
const fiveLines = ['export function mean(items: number[]): number {', '  if (items.length === 0) return 0;', '  const sum = total(items);', '  return sum / items.length;', '}', ''].join('\n');
const longLine = `export const GREETING = '${'hello world '.repeat(20)}`.slice(0, 198) + "';";
const tenLines = Array.from({ length: 10 }, (_, i) => `const v${i} = ${i};`).join('\n') + '\n';
const body = ['', '  if (items.length === 0) return 0;', '  return items.reduce((sum, item) => sum + item, 0);', ''].join('\n');
const bodyStart = source.indexOf('{') + 1;
const bodyEnd = source.lastIndexOf('}');
/** The three places `sum` is written in `source`. */
const sums = [...source.matchAll(/\bsum\b/g)].map((match) => match.index).slice(0, 3);

const prettierBefore = "import {a,b} from './ab'\nexport const f = (x: number) => g(a, b, x,)\nconst s = \"text\"\n";
const prettierAfter = "import { a, b } from './ab';\nexport const f = (x: number) =>\n  g(\n    a,\n    b,\n    x,\n  );\nconst s = 'text';\n";
const withImports = "import {\n  useState,\n} from 'react';\nimport './styles.css';\n\nexport function App() {\n  const [n] = useState(0);\n  return n;\n}\n";

interface Case {
  name: string;
  before: string;
  edits: [number, number, string][];
  reason?: 'undo' | 'redo';
  clipboard?: string;
  limits?: AiEditThresholds;
  /** Lines of the selections in editors showing the document. */
  selections?: LineSpan[];
  kind: ChangeClassification['kind'];
  source?: ChangeClassification['source'];
}

const cases: Case[] = [
  { name: 'typing one character', before: source, edits: [insertAt(source, 'sum = 0', 'x')], kind: 'typing' },
  { name: 'typing a newline (with indentation)', before: source, edits: [insertAt(source, '\n  return', '\n  ')], kind: 'typing' },
  { name: 'a 5-line insertion', before: source, edits: [[source.length, source.length, fiveLines]], kind: 'ai', source: 'insertion' },
  { name: 'a 200-character single-line insertion', before: source, edits: [[source.length, source.length, longLine]], kind: 'ai', source: 'insertion' },
  { name: 'the 5 lines when they are the clipboard', before: source, edits: [[source.length, source.length, fiveLines]], clipboard: fiveLines, kind: 'paste' },
  { name: 'a paste from a CRLF clipboard into an LF document', before: source, edits: [[source.length, source.length, fiveLines]], clipboard: fiveLines.replace(/\n/g, '\r\n'), kind: 'paste' },
  { name: 'a paste from an LF clipboard into a CRLF document', before: source.replace(/\n/g, '\r\n'), edits: [[0, 0, fiveLines.replace(/\n/g, '\r\n')]], clipboard: fiveLines, kind: 'paste' },
  { name: 'a paste the editor re-indented', before: source, edits: [[source.length, source.length, fiveLines.replace(/^/gm, '    ')]], clipboard: fiveLines, kind: 'paste' },
  { name: 'a 200-character insertion while the clipboard holds something else', before: source, edits: [[0, 0, longLine]], clipboard: 'sum', kind: 'ai', source: 'insertion' },
  { name: 'undo of an AI insertion', before: source + fiveLines, edits: [[source.length, source.length + fiveLines.length, '']], reason: 'undo', kind: 'undo' },
  { name: 'redo of an AI insertion', before: source, edits: [[source.length, source.length, fiveLines]], reason: 'redo', kind: 'redo' },
  {
    name: 'format document (whitespace-only, several ranges)',
    before: 'function f(a:number){\nreturn a+1\n}\n',
    edits: [[12, 12, ' '], [20, 20, ' '], [22, 22, '  '], [30, 30, ' '], [31, 31, ' ']],
    kind: 'formatting',
  },
  { name: 'a re-indentation in place', before: source, edits: [[source.indexOf('  let'), source.indexOf('let'), '    ']], kind: 'formatting' },
  { name: 'a whole-file format collapsed into one replacement', before: source, edits: [[0, source.length, source.replace(/\n {2}/g, '\n    ')]], kind: 'formatting' },
  {
    name: 'a Prettier-style whole-document replacement (quotes, semicolons, trailing commas, line breaks)',
    before: prettierBefore,
    edits: [[0, prettierBefore.length, prettierAfter]],
    kind: 'formatting',
  },
  { name: 'a semicolon typed', before: source, edits: [insertAt(source, '\n  for', ';')], kind: 'typing' },
  { name: 'multi-cursor typing (one character at 3 cursors)', before: source, edits: [[10, 10, 'x'], [60, 60, 'x'], [80, 80, 'x']], kind: 'typing' },
  { name: 'rename symbol (the same name at 3 places)', before: source, edits: sums.map((at) => [at, at + 3, 'total']), kind: 'typing' },
  { name: 'multi-cursor paste spread one line per cursor', before: source, edits: [[10, 10, 'one'], [60, 60, 'two'], [80, 80, 'three']], clipboard: 'one\ntwo\nthree', kind: 'paste' },
  { name: 'a WorkspaceEdit replacing 3 separate ranges', before: source, edits: sums.map((at, i) => [at, at + 3, ['total', 'acc', 'result'][i]]), kind: 'ai', source: 'multiRange' },
  { name: 'a replacement of a whole function body', before: source, edits: [[bodyStart, bodyEnd, body]], kind: 'ai', source: 'insertion' },
  { name: 'a deletion of 10 lines', before: source + tenLines, edits: [[source.length, source.length + tenLines.length, '']], kind: 'typing' },
  { name: 'a completion that adds an import line', before: withImports, edits: [[withImports.length, withImports.length, 'useMemo'], [0, 0, "import { useMemo } from 'react';\n"]], kind: 'typing' },
  { name: 'a completion that adds a name to a multi-line import', before: withImports, edits: [[withImports.length, withImports.length, 'useEffect'], [withImports.indexOf('  useState'), withImports.indexOf('  useState'), '  useEffect,\n']], kind: 'typing' },
  { name: 'an import line and two edits elsewhere', before: withImports, edits: [[withImports.length, withImports.length, 'useMemo'], [withImports.length - 5, withImports.length - 5, 'x'], [0, 0, "import { useMemo } from 'react';\n"]], kind: 'ai', source: 'multiRange' },
  { name: 'move lines down (a 10-line block taken out and put back lower)', before: tenLines + source, edits: [[0, tenLines.length, ''], [tenLines.length + source.indexOf('}'), tenLines.length + source.indexOf('}'), tenLines]], kind: 'typing' },
  { name: 'copy lines down (a block duplicated below itself)', before: tenLines + source, edits: [[tenLines.length, tenLines.length, tenLines]], kind: 'typing' },
  { name: 'boundary: 2 lines when 3 are needed', before: source, edits: [[0, 0, 'const a = 1;\nconst b = 2;\n']], kind: 'typing' },
  { name: 'boundary: exactly 3 lines', before: source, edits: [[0, 0, 'const a = 1;\nconst b = 2;\nconst c = 3;\n']], kind: 'ai', source: 'insertion' },
  { name: 'boundary: 119 characters', before: source, edits: [[0, 0, 'x'.repeat(119)]], kind: 'typing' },
  { name: 'boundary: exactly 120 characters', before: source, edits: [[0, 0, 'x'.repeat(120)]], kind: 'ai', source: 'insertion' },
  { name: 'boundary: 120 characters with the character criterion off', before: source, edits: [[0, 0, 'x'.repeat(120)]], limits: { minLines: 3, minChars: 0 }, kind: 'typing' },
  { name: 'typing at the cursor', before: source, edits: [insertAt(source, 'sum = 0', 'x')], selections: [{ startLine: 1, endLine: 1 }], kind: 'typing' },
  { name: 'a small change two lines from the only cursor', before: source, edits: [insertAt(source, 'return sum', '2 * ')], selections: [{ startLine: 1, endLine: 1 }], kind: 'ai', source: 'awayFromCursor' },
  { name: 'a small change inside a multi-line selection', before: source, edits: [insertAt(source, 'return sum', '2 * ')], selections: [{ startLine: 0, endLine: 4 }], kind: 'typing' },
  { name: 'a small change to a document no editor shows', before: source, edits: [insertAt(source, 'return sum', '2 * ')], selections: [], kind: 'ai', source: 'awayFromCursor' },
  { name: 'a deletion on a line no cursor is on', before: source, edits: [[source.indexOf(' sum += item'), source.indexOf(';\n  return'), ' {}']], selections: [{ startLine: 0, endLine: 0 }], kind: 'ai', source: 'awayFromCursor' },
  { name: 'a comment toggled on the cursor’s line', before: source, edits: [insertAt(source, '  let sum', '//')], selections: [{ startLine: 1, endLine: 1 }], kind: 'typing' },
  { name: 'whitespace changed far from the cursor (format on save)', before: source, edits: [insertAt(source, '\n  return', ' ')], selections: [{ startLine: 0, endLine: 0 }], kind: 'typing' },
  { name: 'copy lines down with the cursor at the line start', before: tenLines + source, edits: [[tenLines.length, tenLines.length, tenLines]], selections: [{ startLine: 0, endLine: 9 }], kind: 'typing' },
  { name: 'a large insertion away from the cursor is still an insertion', before: source, edits: [[source.length, source.length, fiveLines]], selections: [{ startLine: 0, endLine: 0 }], kind: 'ai', source: 'insertion' },
  { name: 'boundary: a custom threshold of 10 lines', before: source, edits: [[0, 0, fiveLines]], limits: { minLines: 10, minChars: 500 }, kind: 'typing' },
];

describe('classifyChange', () => {
  it.each(cases)('$name → $kind $source', ({ before, edits, reason, clipboard, limits, selections, kind, source: aiSource }) => {
    const result = classifyChange(event(before, edits, reason), { textBefore: before, clipboardText: clipboard, selections }, limits ?? thresholds);
    expect(result.kind).toBe(kind);
    expect(result.source).toBe(aiSource);
  });

  it('computes the ranges of a multi-range edit in the document after it, whatever the order of the changes', () => {
    const before = ['const a = 1;', 'const b = 2;', 'const c = 3;', 'const d = 4;', ''].join('\n');
    const after = ['const a = compute(', '  1,', ');', 'const b = 2;', 'const c = three;', 'const d = 4 + 0;', ''].join('\n');
    const bottomUp = event(before, [[10, 11, 'compute(\n  1,\n)'], [36, 37, 'three'], [49, 50, '4 + 0']]);
    const expected = [
      { start: { line: 0, character: 10 }, end: { line: 2, character: 1 } },
      { start: { line: 4, character: 10 }, end: { line: 4, character: 15 } },
      { start: { line: 5, character: 10 }, end: { line: 5, character: 15 } },
    ];
    expect(classifyChange(bottomUp, { textBefore: before }, thresholds)).toEqual({ kind: 'ai', source: 'multiRange', ranges: expected });

    // The same edit listed top-down: each change in the coordinates left by the previous ones.
    const middle = 'const a = compute(\n  1,\n);\nconst b = 2;\nconst c = 3;\nconst d = 4;\n';
    const topDown: ChangeEventDescription = {
      contentChanges: [
        { ...event(before, [[10, 11, 'compute(\n  1,\n)']]).contentChanges[0] },
        { ...event(middle, [[middle.indexOf('3'), middle.indexOf('3') + 1, 'three']]).contentChanges[0] },
        { ...event(after.replace('4 + 0', '4'), [[after.indexOf('4 + 0'), after.indexOf('4 + 0') + 1, '4 + 0']]).contentChanges[0] },
      ],
    };
    expect(classifyChange(topDown, { textBefore: before }, thresholds).ranges).toEqual(expected);
  });

  it('gives the range of a single insertion and of a replaced body in the new text', () => {
    const inserted = classifyChange(event(source, [[source.length, source.length, fiveLines]]), { textBefore: source }, thresholds);
    expect(inserted.ranges).toEqual([{ start: { line: 5, character: 0 }, end: { line: 10, character: 0 } }]);
    const replaced = classifyChange(event(source, [[bodyStart, bodyEnd, body]]), { textBefore: source }, thresholds);
    expect(replaced.ranges).toEqual([{ start: { line: 0, character: 48 }, end: { line: 3, character: 0 } }]);
  });

  it('marks the whole line a deletion away from the cursor leaves', () => {
    const at = source.indexOf(' sum += item');
    const result = classifyChange(event(source, [[at, source.indexOf(';\n  return'), '']]), { textBefore: source, selections: [{ startLine: 0, endLine: 0 }] }, thresholds);
    expect(result).toEqual({ kind: 'ai', source: 'awayFromCursor', ranges: [{ start: { line: 2, character: 0 }, end: { line: 2, character: 28 } }] });
  });

  it('trusts a known format command', () => {
    const result = classifyChange(event(source, [[bodyStart, bodyEnd, body]]), { textBefore: source, isFormatting: true }, thresholds);
    expect(result.kind).toBe('formatting');
  });
});
