// Plain descriptions of a document change event, and where its new text ends up.
//
// VS Code lists the changes of one event bottom-up (the text buffer sorts its edits descending before
// applying them) and applies them in order, each in the coordinates of the document left by the
// previous ones; bottom-up, those are also the coordinates of the document before the event. The
// functions below replay the changes in order, so they are right for either reading, and for any
// order of changes that does not overlap.

export interface TextPosition {
  /** 0-based. */
  line: number;
  /** 0-based, in UTF-16 code units. */
  character: number;
}

export interface TextRange {
  start: TextPosition;
  end: TextPosition;
}

/** Mirrors `vscode.TextDocumentContentChangeEvent`. */
export interface ContentChange {
  range: TextRange;
  rangeOffset: number;
  rangeLength: number;
  text: string;
}

const LINE_BREAK = /\r\n|\r|\n/;

export function comparePositions(a: TextPosition, b: TextPosition): number {
  return a.line - b.line || a.character - b.character;
}

/** Where `text` ends once inserted at `start`. */
export function endOfInsertedText(start: TextPosition, text: string): TextPosition {
  const lines = text.split(LINE_BREAK);
  if (lines.length === 1) return { line: start.line, character: start.character + text.length };
  return { line: start.line + lines.length - 1, character: lines[lines.length - 1].length };
}

/** A position at or after the replaced range's end, moved to where it is after the change. */
function positionAfterChange(position: TextPosition, replacedEnd: TextPosition, insertedEnd: TextPosition): TextPosition {
  if (position.line === replacedEnd.line) {
    return { line: insertedEnd.line, character: insertedEnd.character + position.character - replacedEnd.character };
  }
  return { line: position.line + insertedEnd.line - replacedEnd.line, character: position.character };
}

/**
 * A range of earlier inserted text, carried through a later change of the same event. Text inserted
 * at the range's start goes before it; text inserted at its end stays outside it.
 */
function carryRange(range: TextRange, change: ContentChange, insertedEnd: TextPosition): TextRange {
  const { start: changeStart, end: changeEnd } = change.range;
  let start = range.start;
  if (comparePositions(start, changeEnd) >= 0) start = positionAfterChange(start, changeEnd, insertedEnd);
  else if (comparePositions(start, changeStart) > 0) start = insertedEnd;
  let end = range.end;
  if (comparePositions(end, changeEnd) > 0) end = positionAfterChange(end, changeEnd, insertedEnd);
  else if (comparePositions(end, changeStart) > 0) end = changeStart;
  return { start, end };
}

function isEmpty(range: TextRange): boolean {
  return comparePositions(range.start, range.end) >= 0;
}

/** Sorted, with overlapping or touching ranges joined. */
export function mergeRanges(ranges: readonly TextRange[]): TextRange[] {
  const sorted = [...ranges].sort((a, b) => comparePositions(a.start, b.start));
  const merged: TextRange[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && comparePositions(range.start, last.end) <= 0) {
      if (comparePositions(range.end, last.end) > 0) last.end = range.end;
    } else {
      merged.push({ start: range.start, end: range.end });
    }
  }
  return merged;
}

/** The ranges of the document after the event that hold the text the event inserted. */
export function insertedRanges(changes: readonly ContentChange[]): TextRange[] {
  let ranges: TextRange[] = [];
  for (const change of changes) {
    const insertedEnd = endOfInsertedText(change.range.start, change.text);
    ranges = ranges.map((range) => carryRange(range, change, insertedEnd)).filter((range) => !isEmpty(range));
    if (change.text !== '') ranges.push({ start: change.range.start, end: insertedEnd });
  }
  return mergeRanges(ranges);
}

/** The text each change replaced (`''` for a pure insertion), in the order of the changes. */
export function replacedTexts(textBefore: string, changes: readonly ContentChange[]): string[] {
  const bottomUp = changes.every((change, i) => i === 0 || change.rangeOffset + change.rangeLength <= changes[i - 1].rangeOffset);
  if (bottomUp) return changes.map((change) => textBefore.slice(change.rangeOffset, change.rangeOffset + change.rangeLength));
  // Any other order: replay the changes one by one on the text.
  let text = textBefore;
  return changes.map((change) => {
    const replaced = text.slice(change.rangeOffset, change.rangeOffset + change.rangeLength);
    text = text.slice(0, change.rangeOffset) + change.text + text.slice(change.rangeOffset + change.rangeLength);
    return replaced;
  });
}

export function normalizeLineEndings(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** How many lines `text` fills: `'a\nb'` and `'a\nb\n'` both fill 2; `''` fills none. */
export function lineCount(text: string): number {
  if (text === '') return 0;
  const lines = normalizeLineEndings(text).split('\n');
  return lines[lines.length - 1] === '' ? lines.length - 1 || 1 : lines.length;
}
