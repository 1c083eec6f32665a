// Where a configuration error shows in its file, for an editor: the unknown key's name, the bad
// value, or the character a JSON syntax error points at. The key path is looked up in the text with
// TypeScript's JSON parser (already part of the engine), which keeps positions; like JSON.parse,
// the last of two equal keys wins.
import { readFileSync } from 'node:fs';
import { ts } from 'ts-morph';
import type { SourceSpan } from '../model';
import type { ConfigError, ConfigPath } from './configError';

export interface ConfigProblem {
  /** The file to show it on, absolute. */
  file: string;
  /** The one-line message (as the CLI prints it). */
  message: string;
  /** 1-based, end exclusive. */
  span: SourceSpan;
}

function propertyName(name: ts.PropertyName): string | undefined {
  return ts.isStringLiteral(name) || ts.isIdentifier(name) || ts.isNumericLiteral(name) ? name.text : undefined;
}

/** Start and end offsets of a key (`target: 'key'`) or its value in a JSON text; as deep as the
 *  path can be followed when part of it is missing. */
export function locateInJson(text: string, path: ConfigPath, target: 'key' | 'value'): { start: number; end: number } {
  const file = ts.parseJsonText('config.json', text);
  let node: ts.Node | undefined = file.statements[0]?.expression;
  let key: ts.Node | undefined;
  if (!node) return { start: 0, end: Math.min(1, text.length) };
  for (const segment of path) {
    let next: ts.Node | undefined;
    if (typeof segment === 'number' && ts.isArrayLiteralExpression(node)) {
      next = node.elements[segment];
      key = undefined;
    } else if (ts.isObjectLiteralExpression(node)) {
      const property = node.properties.filter((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && propertyName(p.name) === String(segment)).at(-1);
      next = property?.initializer;
      key = property?.name;
    }
    if (!next) break;
    node = next;
  }
  const shown = target === 'key' && key ? key : node;
  return { start: shown.getStart(file), end: shown.getEnd() };
}

/** 1-based line and column of an offset. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

export function spanOf(text: string, start: number, end: number): SourceSpan {
  const from = lineColumn(text, start);
  const to = lineColumn(text, end);
  return { startLine: from.line, startColumn: from.column, endLine: to.line, endColumn: to.column };
}

/** The problem an editor shows for a configuration error; undefined when it names no file. `text`
 *  is the file's text (read from disk when not given). */
export function configProblem(error: ConfigError, text?: string): ConfigProblem | undefined {
  const { file, path, target, offset } = error.place;
  if (!file) return undefined;
  let content = text;
  if (content === undefined) {
    try {
      content = readFileSync(file, 'utf8');
    } catch {
      content = '';
    }
  }
  let range: { start: number; end: number };
  if (offset !== undefined) {
    // A syntax error: the character it points at (the last one when the text ended too early).
    const start = Math.max(0, Math.min(offset, content.length - 1));
    range = { start, end: Math.min(start + 1, content.length) };
  } else range = locateInJson(content, path ?? [], target ?? 'value');
  return { file, message: error.message, span: spanOf(content, range.start, range.end) };
}
