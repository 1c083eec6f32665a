// Where a marked range goes when the document is edited, from the edit alone (no document text):
// LSP incremental changes are replayed in order, each in the coordinates left by the previous one.
//
// The rules, for a marked range [a, b) and a change replacing [s, e) with new text:
// - the change ends at or before a (an insertion at a included): the range shifts;
// - the change starts at or after b (an insertion at b included): the range stays;
// - the change is inside (a < s, e < b): one range, grown or shrunk to hold the new text, unless the
//   new text holds a full line of its own (the two surviving parts would be separated by at least one
//   complete line of new, unmarked text): then the range splits around it. A pure deletion leaves the
//   two parts touching, so it never splits (the marked characters are the same either way);
// - the change covers the start or the end: the range is trimmed, the new text stays unmarked;
// - the change covers the whole range: the range disappears.
// A whole-document change (no range) is not handled here: it drops every mark.
import type { Position, Range } from 'vscode-languageserver';

export interface RangeChange {
  range: Range;
  text: string;
}

const LINE_BREAK = /\r\n|\r|\n/;

export function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

export function isEmptyRange(range: Range): boolean {
  return comparePositions(range.start, range.end) >= 0;
}

/** Whether two ranges share at least one character. */
export function rangesIntersect(a: Range, b: Range): boolean {
  return comparePositions(a.start, b.end) < 0 && comparePositions(b.start, a.end) < 0;
}

/** Where `text` ends once inserted at `start`. */
export function endOfInsertedText(start: Position, text: string): Position {
  const lines = text.split(LINE_BREAK);
  if (lines.length === 1) return { line: start.line, character: start.character + text.length };
  return { line: start.line + lines.length - 1, character: lines[lines.length - 1].length };
}

/** Whether `text` inserted at `start` holds at least one complete line of its own. */
export function holdsFullLine(start: Position, text: string): boolean {
  const lineBreaks = text.split(LINE_BREAK).length - 1;
  return lineBreaks >= (start.character === 0 ? 1 : 2);
}

/** A position at or after the change's end, where it is after the change. */
function positionAfterChange(position: Position, changeEnd: Position, insertedEnd: Position): Position {
  if (position.line === changeEnd.line) {
    return { line: insertedEnd.line, character: insertedEnd.character + position.character - changeEnd.character };
  }
  return { line: position.line + insertedEnd.line - changeEnd.line, character: position.character };
}

/** The range after one change: none, one, or two ranges (see the rules above). */
export function rangeThroughChange(range: Range, change: RangeChange): Range[] {
  const { start: changeStart, end: changeEnd } = change.range;
  const insertedEnd = endOfInsertedText(changeStart, change.text);
  const after = (position: Position) => positionAfterChange(position, changeEnd, insertedEnd);

  if (comparePositions(changeEnd, range.start) <= 0) return [{ start: after(range.start), end: after(range.end) }];
  if (comparePositions(changeStart, range.end) >= 0) return [range];

  const head: Range | undefined = comparePositions(changeStart, range.start) > 0 ? { start: range.start, end: changeStart } : undefined;
  const tail: Range | undefined = comparePositions(changeEnd, range.end) < 0 ? { start: insertedEnd, end: after(range.end) } : undefined;
  if (head && tail) return holdsFullLine(changeStart, change.text) ? [head, tail] : [{ start: head.start, end: tail.end }];
  return [head, tail].filter((part): part is Range => part !== undefined && !isEmptyRange(part));
}

/** Sorted, with overlapping or touching items joined by `join`. */
export function mergeTouching<T extends { range: Range }>(items: readonly T[], join: (left: T, right: T, range: Range) => T): T[] {
  const sorted = items.filter((item) => !isEmptyRange(item.range)).sort((a, b) => comparePositions(a.range.start, b.range.start));
  const merged: T[] = [];
  for (const item of sorted) {
    const last = merged[merged.length - 1];
    if (last && comparePositions(item.range.start, last.range.end) <= 0) {
      const end = comparePositions(item.range.end, last.range.end) > 0 ? item.range.end : last.range.end;
      merged[merged.length - 1] = join(last, item, { start: last.range.start, end });
    } else {
      merged.push(item);
    }
  }
  return merged;
}

/** Plain ranges carried through a sequence of incremental changes, merged. */
export function rangesThroughChanges(ranges: readonly Range[], changes: readonly RangeChange[]): Range[] {
  let items = ranges.map((range) => ({ range }));
  for (const change of changes) {
    items = mergeTouching(
      items.flatMap((item) => rangeThroughChange(item.range, change).map((range) => ({ range }))),
      (_left, _right, range) => ({ range }),
    );
  }
  return items.map((item) => item.range);
}
