// Which AI-edited lines get which decoration: each line of an AI-edit range takes the state of the
// innermost checked declaration that holds it (pending, verified, or failed for failed / changed /
// unverifiable); lines outside every checked declaration are only `marked` (an import, or an
// untrusted workspace where nothing runs). No `vscode` here; decorations.ts draws the result.
import type { Range } from 'vscode-languageserver-protocol';
import type { DeclarationStatus, FileVerdicts, VerdictState } from '../../../shared/src/protocol';

export const AI_EDIT_GROUPS = ['pending', 'verified', 'failed', 'marked'] as const;
export type AiEditGroup = (typeof AI_EDIT_GROUPS)[number];

export const GROUP_OF_STATE: Record<VerdictState, AiEditGroup> = {
  pending: 'pending',
  verified: 'verified',
  accepted: 'verified',
  failed: 'failed',
  changed: 'failed',
  unverifiable: 'failed',
};

/** Lines `startLine..endLine` (0-based, inclusive) of one declaration, or of none. */
export interface LineSpan {
  startLine: number;
  endLine: number;
  /** The declaration the lines belong to, when any. */
  qualifiedName?: string;
}

export type GroupedAiRanges = Record<AiEditGroup, LineSpan[]>;

/** A gutter icon under the extension's folder: the head carries the state's sign, the bar continues it. */
export function gutterIconFile(group: AiEditGroup, part: 'head' | 'bar', theme: 'light' | 'dark'): string {
  return `media/gutter/${group}-${part}-${theme}.svg`;
}

/** The lines a range covers: a range that ends at column 0 of a later line does not cover that line. */
export function linesOf(range: Range): [number, number] {
  const end = range.end.line > range.start.line && range.end.character === 0 ? range.end.line - 1 : range.end.line;
  return [range.start.line, Math.max(range.start.line, end)];
}

/** Overlapping or touching line spans merged, in order. */
export function mergeLines(spans: readonly [number, number][]): [number, number][] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged.at(-1);
    if (last && start <= last[1] + 1) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** The innermost declaration holding a line, among declarations sorted smallest first. */
function holder(line: number, bySize: readonly DeclarationStatus[]): DeclarationStatus | undefined {
  return bySize.find((d) => d.range.start.line <= line && line <= d.range.end.line);
}

/** Groups a file's AI-edited lines by the state of the declaration they fall in; one span per declaration. */
export function groupAiRanges(file: Pick<FileVerdicts, 'declarations' | 'aiRanges'>): GroupedAiRanges {
  const groups: GroupedAiRanges = { pending: [], verified: [], failed: [], marked: [] };
  const bySize = [...file.declarations].sort((a, b) => a.range.end.line - a.range.start.line - (b.range.end.line - b.range.start.line));
  for (const [start, end] of mergeLines(file.aiRanges.map(linesOf))) {
    let current: { group: AiEditGroup; declaration?: DeclarationStatus; span: LineSpan } | undefined;
    for (let line = start; line <= end; line++) {
      const declaration = holder(line, bySize);
      const group = declaration ? GROUP_OF_STATE[declaration.state] : 'marked';
      if (current && current.declaration === declaration && current.group === group) {
        current.span.endLine = line;
        continue;
      }
      const span: LineSpan = declaration ? { startLine: line, endLine: line, qualifiedName: declaration.qualifiedName } : { startLine: line, endLine: line };
      groups[group].push(span);
      current = { group, declaration, span };
    }
  }
  return groups;
}

/** The first line of each span (where the state icon goes) and the rest (a plain bar). */
export function headsAndBodies(spans: readonly LineSpan[]): { heads: LineSpan[]; bodies: LineSpan[] } {
  const heads = spans.map((s) => ({ ...s, endLine: s.startLine }));
  const bodies = spans.filter((s) => s.endLine > s.startLine).map((s) => ({ ...s, startLine: s.startLine + 1 }));
  return { heads, bodies };
}
