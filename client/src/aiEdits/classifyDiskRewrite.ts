// A file rewritten on disk while its document had no unsaved changes: what agents working in a
// terminal do. The lines that differ from the last text the editor knew are the AI edit.
import { diffLines } from 'diff';
import type { TextRange } from './changeRanges';

export interface DiskRewrite {
  source: 'diskRewrite';
  /** The added or changed lines, in the new text. */
  ranges: TextRange[];
}

function withoutWhitespace(text: string): string {
  return text.replace(/\s+/g, '');
}

function countLines(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of text.split('\n')) counts.set(withoutWhitespace(line), (counts.get(withoutWhitespace(line)) ?? 0) + 1);
  return counts;
}

/**
 * The changed ranges of `textAfter`, or nothing when only whitespace changed. Lines that were only
 * re-indented or re-spaced are not part of the edit; lines only removed leave no range (there is no
 * text of theirs in the new version to mark).
 */
export function classifyDiskRewrite(textBefore: string, textAfter: string): DiskRewrite | undefined {
  if (withoutWhitespace(textBefore) === withoutWhitespace(textAfter)) return undefined;
  const lines = textAfter.split(/\r?\n/);
  const lineEnd = (line: number) => (line < lines.length ? { line, character: 0 } : { line: lines.length - 1, character: lines[lines.length - 1].length });

  const ranges: TextRange[] = [];
  const markLine = (line: number) => {
    const last = ranges[ranges.length - 1];
    if (last && last.end.line === line && last.end.character === 0) last.end = lineEnd(line + 1);
    else ranges.push({ start: { line, character: 0 }, end: lineEnd(line + 1) });
  };
  let line = 0;
  let removed = new Map<string, number>();
  for (const part of diffLines(textBefore, textAfter, { ignoreWhitespace: true, stripTrailingCr: true })) {
    if (part.removed) {
      removed = countLines(part.value);
      continue;
    }
    if (part.added) {
      // A line the same block removed up to whitespace was only re-spaced: not part of the edit.
      part.value.split('\n').slice(0, part.count).forEach((text, i) => {
        const key = withoutWhitespace(text);
        const left = removed.get(key) ?? 0;
        if (left > 0) removed.set(key, left - 1);
        else markLine(line + i);
      });
    }
    removed = new Map();
    line += part.count;
  }
  return ranges.length > 0 ? { source: 'diskRewrite', ranges } : undefined;
}
