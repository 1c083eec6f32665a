// Who made a document change? VS Code has no stable API that says, so these are heuristics, all of
// them here, pure, and pinned by the table in classifyChange.test.ts. The tracker feeds them a plain
// copy of each `TextDocumentChangeEvent`.
import type { AiEditSource } from '../../../shared/src/protocol';
import { insertedRanges, lineCount, normalizeLineEndings, replacedTexts } from './changeRanges';
import type { ContentChange, TextRange } from './changeRanges';

export interface ChangeEventDescription {
  contentChanges: readonly ContentChange[];
  reason?: 'undo' | 'redo';
}

export interface ChangeContext {
  /** The clipboard's text when the change happened, if it was read. */
  clipboardText?: string;
  /** The document's text just before the change. */
  textBefore: string;
  /** True when the change is known to come from a format command. */
  isFormatting?: boolean;
  /**
   * Where the person is editing: the lines of each selection (a cursor is a selection of one
   * line) in every editor showing the document; empty when no editor shows it; absent when
   * unknown. People type, comment, indent and complete on the lines of their cursors; a change on
   * other lines was made by a tool.
   */
  selections?: readonly LineSpan[];
}

/** Lines `startLine`…`endLine`, 0-based, both included. */
export interface LineSpan {
  startLine: number;
  endLine: number;
}

/** `vouch.aiEditMinLines` / `vouch.aiEditMinChars`; 0 turns that criterion off. */
export interface AiEditThresholds {
  minLines: number;
  minChars: number;
}

export type ChangeKind = 'typing' | 'paste' | 'undo' | 'redo' | 'formatting' | 'ai';

export interface ChangeClassification {
  kind: ChangeKind;
  /** Set when `kind` is `ai`. */
  source?: AiEditSource;
  /** The text the change inserted, in the document after the change. */
  ranges: TextRange[];
}

/** An inserted text big enough to be an AI edit when nobody pasted it. */
export function isLargeInsertion(text: string, thresholds: AiEditThresholds): boolean {
  if (text === '') return false;
  const byLines = thresholds.minLines > 0 && lineCount(text) >= thresholds.minLines;
  const byChars = thresholds.minChars > 0 && normalizeLineEndings(text).length >= thresholds.minChars;
  return byLines || byChars;
}

export function classifyChange(event: ChangeEventDescription, context: ChangeContext, thresholds: AiEditThresholds): ChangeClassification {
  const changes = event.contentChanges;
  if (changes.length === 0) return { kind: 'typing', ranges: [] };
  const ranges = insertedRanges(changes);
  if (event.reason) return { kind: event.reason, ranges };
  if (context.isFormatting) return { kind: 'formatting', ranges };

  const replaced = replacedTexts(context.textBefore, changes);
  if (changes.every((change, i) => formatterInvariant(change.text) === formatterInvariant(replaced[i]))) {
    // Typing a space, Enter or a semicolon changes nothing a formatter keeps either; a formatter
    // rewrites in place (often the whole document at once, as Prettier does) or in several spots.
    const reformats = changes.length > 1 || (changes[0].text !== '' && replaced[0] !== '');
    return { kind: reformats ? 'formatting' : 'typing', ranges };
  }
  if (isPaste(changes, context.clipboardText)) return { kind: 'paste', ranges };
  // A tool changing a little where nobody is editing: an agent's WorkspaceEdit arrives as its
  // minimal edits (`>=` → `>` is one small change). Deleted code marks the line it leaves.
  const [first] = changes;
  const awayFromCursor = changes.length === 1 && isAwayFromSelections(first, context.selections);
  if (awayFromCursor && first.text === '') return { kind: 'ai', source: 'awayFromCursor', ranges: [lineAround(context.textBefore, first)] };
  if (!changes.some((change) => change.text !== '')) return { kind: 'typing', ranges };
  if (movesExistingLines(changes, replaced) || duplicatesNeighbour(changes, context.textBefore)) return { kind: 'typing', ranges };

  if (changes.length === 1) {
    if (isLargeInsertion(first.text, thresholds)) return { kind: 'ai', source: 'insertion', ranges };
    return awayFromCursor ? { kind: 'ai', source: 'awayFromCursor', ranges } : { kind: 'typing', ranges };
  }
  if (isMultiCursorTyping(changes, thresholds) || isCompletionWithImport(changes, context.textBefore, thresholds)) return { kind: 'typing', ranges };
  return { kind: 'ai', source: 'multiRange', ranges };
}

/**
 * A change on no line of any selection. The selections may already have moved with the change
 * (VS Code updates them in the same tick), so a selection on the lines the change produced counts
 * too, and the lines just above and below.
 */
function isAwayFromSelections(change: ContentChange, selections: readonly LineSpan[] | undefined): boolean {
  if (selections === undefined) return false;
  const first = change.range.start.line - 1;
  const last = Math.max(change.range.end.line, change.range.start.line + lineCount(change.text) - 1) + 1;
  return !selections.some((selection) => selection.endLine >= first && selection.startLine <= last);
}

/** The whole line, in the text after the change, where a deletion left its mark. */
function lineAround(textBefore: string, change: ContentChange): TextRange {
  const after = normalizeLineEndings(textBefore.slice(0, change.rangeOffset) + change.text + textBefore.slice(change.rangeOffset + change.rangeLength));
  const at = normalizeLineEndings(textBefore.slice(0, change.rangeOffset)).length;
  const lineStart = after.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = after.indexOf('\n', at);
  const line = after.slice(0, lineStart).split('\n').length - 1;
  return { start: { line, character: 0 }, end: { line, character: (lineEnd === -1 ? after.length : lineEnd) - lineStart } };
}

/**
 * What formatters keep: the text without whitespace, semicolons and trailing commas, with one quote
 * style. Two texts equal in this sense differ only in formatting.
 */
function formatterInvariant(text: string): string {
  return text
    .replace(/\s+/g, '')
    .replace(/;/g, '')
    .replace(/,(?=[)\]}>])/g, '')
    .replace(/'/g, '"');
}

/** Equal up to line endings, and up to indentation (editors re-indent pasted lines). */
function sameText(a: string, b: string): boolean {
  const plain = (text: string) => normalizeLineEndings(text);
  if (plain(a) === plain(b)) return true;
  const unindented = (text: string) => plain(text).split('\n').map((line) => line.trim()).join('\n').trim();
  return unindented(a) === unindented(b);
}

/**
 * The clipboard's text inserted once, at every cursor, or spread one line per cursor (what VS Code
 * does when the clipboard has as many lines as there are cursors).
 */
function isPaste(changes: readonly ContentChange[], clipboardText: string | undefined): boolean {
  if (clipboardText === undefined || clipboardText.trim() === '') return false;
  if (changes.every((change) => sameText(change.text, clipboardText))) return true;
  if (changes.length < 2) return false;
  const topDown = [...changes].sort((a, b) => a.rangeOffset - b.rangeOffset);
  return sameText(topDown.map((change) => change.text).join('\n'), clipboardText);
}

/** The same short text typed (or a symbol renamed) at several places at once. */
function isMultiCursorTyping(changes: readonly ContentChange[], thresholds: AiEditThresholds): boolean {
  const [first] = changes;
  return (
    changes.every((change) => change.text === first.text && change.rangeLength === first.rangeLength) &&
    lineCount(first.text) <= 1 &&
    !isLargeInsertion(first.text, thresholds)
  );
}

const IMPORT_LINE = /^\s*import[\s{*'"]/;
const IMPORT_DECLARATION = /^import\s[^;]*?from\s*['"][^'"\n]*['"]|^import\s*['"][^'"\n]*['"]/gm;

/** Where the file's import declarations end (0 when it has none). */
function importsEnd(text: string): number {
  let end = 0;
  for (const match of text.matchAll(IMPORT_DECLARATION)) end = match.index + match[0].length;
  return end;
}

/**
 * Accepting a completion that adds an import: one short edit, plus edits that insert import lines
 * or change the imports at the top of the file ("Add all missing imports" has no other edit).
 */
function isCompletionWithImport(changes: readonly ContentChange[], textBefore: string, thresholds: AiEditThresholds): boolean {
  const end = importsEnd(textBefore);
  const isImportEdit = (change: ContentChange) =>
    change.rangeOffset + change.rangeLength <= end || (change.text !== '' && nonBlankLines(change.text).every((line) => IMPORT_LINE.test(line)));
  const others = changes.filter((change) => !isImportEdit(change));
  return others.length < changes.length && others.length <= 1 && others.every((change) => lineCount(change.text) <= 1 && !isLargeInsertion(change.text, thresholds));
}

function nonBlankLines(text: string): string[] {
  return normalizeLineEndings(text)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** "Move line up/down", "Sort lines": every inserted line was taken out elsewhere in the same edit. */
function movesExistingLines(changes: readonly ContentChange[], replaced: readonly string[]): boolean {
  const available = new Map<string, number>();
  for (const line of replaced.flatMap(nonBlankLines)) available.set(line, (available.get(line) ?? 0) + 1);
  if (available.size === 0) return false;
  for (const line of changes.flatMap((change) => nonBlankLines(change.text))) {
    const left = available.get(line) ?? 0;
    if (left === 0) return false;
    available.set(line, left - 1);
  }
  return true;
}

/** "Copy line up/down", "Duplicate selection": a pure insertion repeating the text right beside it. */
function duplicatesNeighbour(changes: readonly ContentChange[], textBefore: string): boolean {
  if (changes.length !== 1 || changes[0].rangeLength !== 0) return false;
  const { rangeOffset: at, text } = changes[0];
  return (at >= text.length && textBefore.slice(at - text.length, at) === text) || textBefore.slice(at, at + text.length) === text;
}
