// Changes to an existing test file are made as text insertions and replacements at positions found
// by parsing it, never by reprinting: everything the user wrote keeps its exact layout.
import { Project } from 'ts-morph';
import type { SourceFile } from 'ts-morph';

export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** Applies edits; at one position, edits land in the order they were given. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const ordered = edits.map((edit, order) => ({ edit, order })).sort((a, b) => b.edit.start - a.edit.start || b.order - a.order);
  let result = text;
  for (const { edit } of ordered) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  return result;
}

const parser = new Project({ useInMemoryFileSystem: true, skipLoadingLibFiles: true, compilerOptions: { allowJs: true } });

/** The test file parsed on its own (no type checker): positions and syntax only. */
export function parseTestFile(text: string, fileName = '/generated.test.ts'): SourceFile {
  return parser.createSourceFile(fileName, text, { overwrite: true });
}

/** The indentation step a file uses: a tab, or its smallest run of leading spaces (default two). */
export function indentUnit(text: string): string {
  let smallest = Infinity;
  for (const line of text.split('\n').slice(0, 400)) {
    const match = /^([ \t]+)\S/.exec(line);
    if (!match) continue;
    if (match[1].startsWith('\t')) return '\t';
    if (!line.trimStart().startsWith('*')) smallest = Math.min(smallest, match[1].length);
  }
  return Number.isFinite(smallest) ? ' '.repeat(smallest) : '  ';
}

/** The whitespace before the first token on the line holding `position`. */
export function lineIndent(text: string, position: number): string {
  const start = text.lastIndexOf('\n', position - 1) + 1;
  return /^[ \t]*/.exec(text.slice(start))![0];
}

/** Where a block's closing brace sits, and whether it is alone on its line. */
export function closingBrace(text: string, blockEnd: number): { position: number; lineStart: number; alone: boolean } {
  const position = blockEnd - 1;
  const lineStart = text.lastIndexOf('\n', position - 1) + 1;
  return { position, lineStart, alone: text.slice(lineStart, position).trim() === '' };
}

/** The first position after a leading docblock (`/** @jest-environment … *\/`), which must stay first. */
export function afterLeadingDocblock(text: string): number {
  const match = /^(?:#![^\n]*\n)?\s*\/\*\*[\s\S]*?\*\/[ \t]*\r?\n/.exec(text);
  return match && /@(?:jest|vitest)-environment|@flow|@format/.test(match[0]) ? match[0].length : /^#![^\n]*\n/.exec(text)?.[0].length ?? 0;
}
