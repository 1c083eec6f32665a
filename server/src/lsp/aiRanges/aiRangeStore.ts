// The AI-edited ranges of each document, kept in the right place through later edits (rules in
// rangeThroughEdits.ts), mapped onto declarations, and saved so they outlive the server.
import type { Range, TextDocumentContentChangeEvent } from 'vscode-languageserver';
import type { AiEditSource } from '../../../../shared/src/protocol';
import { readAiRangeFile, textHash, writeAiRangeFile } from './aiRangeFile';
import type { PersistedDocumentMarks } from './aiRangeFile';
import { comparePositions, isEmptyRange, mergeTouching, rangeThroughChange, rangesIntersect } from './rangeThroughEdits';

export interface AiMark {
  /** 0-based, in the document's current version. */
  range: Range;
  source: AiEditSource;
  /** When it was marked (ms since the epoch). */
  markedAt: number;
}

export interface DeclarationRange {
  qualifiedName: string;
  range: Range;
}

/** The current text of a document (open, or on disk), or nothing when it is not known. */
export type TextOf = (uri: string) => string | undefined | Promise<string | undefined>;

interface DocumentMarks {
  /** Disjoint, sorted; touching marks are joined. */
  marks: AiMark[];
  /** While the document is closed: the hash of the text the marks refer to, checked when it opens. */
  closedTextHash?: string;
}

/** Joined marks take the source and time of the later one. */
function joinMarks(left: AiMark, right: AiMark, range: Range): AiMark {
  const later = right.markedAt >= left.markedAt ? right : left;
  return { range, source: later.source, markedAt: later.markedAt };
}

function sameMarks(a: readonly AiMark[], b: readonly AiMark[]): boolean {
  return (
    a.length === b.length &&
    a.every((mark, i) => {
      const other = b[i];
      return mark.source === other.source && mark.markedAt === other.markedAt && comparePositions(mark.range.start, other.range.start) === 0 && comparePositions(mark.range.end, other.range.end) === 0;
    })
  );
}

export class AiRangeStore {
  private readonly documents = new Map<string, DocumentMarks>();
  private readonly listeners = new Set<(uri: string | undefined) => void>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Marks ranges of a document (in its current version) as AI-edited. Empty ranges mark nothing. */
  mark(uri: string, ranges: readonly Range[], source: AiEditSource, markedAt = this.now()): void {
    const added = ranges.filter((range) => !isEmptyRange(range)).map((range) => ({ range, source, markedAt }));
    if (added.length === 0) return;
    this.setMarks(uri, [...this.marksOf(uri), ...added], this.documents.get(uri)?.closedTextHash);
  }

  /** Forgets one document's marks, or every document's. */
  clear(uri?: string): void {
    if (uri === undefined) this.documents.clear();
    else if (!this.documents.delete(uri)) return;
    this.fire(uri);
  }

  marksOf(uri: string): AiMark[] {
    return this.documents.get(uri)?.marks.map((mark) => ({ ...mark })) ?? [];
  }

  rangesOf(uri: string): Range[] {
    return this.marksOf(uri).map((mark) => mark.range);
  }

  /** The documents that have marks. */
  uris(): string[] {
    return [...this.documents.keys()];
  }

  /** Carries the marks through LSP incremental changes, applied in order; a whole-document change drops them. */
  applyChanges(uri: string, changes: readonly TextDocumentContentChangeEvent[]): void {
    const entry = this.documents.get(uri);
    if (!entry) return;
    let marks = entry.marks;
    for (const change of changes) {
      if (!('range' in change) || change.range === undefined) {
        marks = [];
        break;
      }
      const through = marks.flatMap((mark) => rangeThroughChange(mark.range, change).map((range) => ({ ...mark, range })));
      marks = mergeTouching(through, joinMarks);
    }
    this.setMarks(uri, marks, entry.closedTextHash);
  }

  /** The qualified names of the declarations whose range shares a character with an AI range. */
  touchedDeclarations(uri: string, declarations: readonly DeclarationRange[]): string[] {
    const marks = this.documents.get(uri)?.marks ?? [];
    return declarations.filter((declaration) => marks.some((mark) => rangesIntersect(mark.range, declaration.range))).map((d) => d.qualifiedName);
  }

  /** A document closed: its marks now refer to this text, which it must still have when it opens again. */
  documentClosed(uri: string, text: string): void {
    const entry = this.documents.get(uri);
    if (entry) entry.closedTextHash = textHash(text);
  }

  /** A document opened: marks saved for another text (changed on disk since) are dropped. */
  documentOpened(uri: string, text: string): void {
    const entry = this.documents.get(uri);
    if (entry?.closedTextHash === undefined) return;
    if (entry.closedTextHash === textHash(text)) delete entry.closedTextHash;
    else this.clear(uri);
  }

  /** Called with the document's URI (or nothing for all) when its marks change (edits that leave them in place say nothing). */
  onDidChange(listener: (uri: string | undefined) => void): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  /**
   * Writes the marks to `folder` (the workspace's cache folder), each document's with the hash of its
   * text: the text `textOf` gives for an open document, the one it had when it closed otherwise.
   * `include` picks the documents of one workspace folder.
   */
  async save(folder: string, textOf: TextOf, include: (uri: string) => boolean = () => true): Promise<void> {
    const saved: Record<string, PersistedDocumentMarks> = {};
    for (const [uri, entry] of [...this.documents]) {
      if (!include(uri) || entry.marks.length === 0) continue;
      let hash = entry.closedTextHash;
      if (hash === undefined) {
        const text = await textOf(uri);
        if (text === undefined) continue;
        hash = textHash(text);
      }
      saved[uri] = { textHash: hash, marks: entry.marks };
    }
    await writeAiRangeFile(folder, saved);
  }

  /**
   * Restores the marks saved in `folder`, merged with any made since the server started. A document
   * whose current text differs from the saved one loses its marks; one whose text is not known yet
   * (`textOf` gives nothing) keeps them until it opens, when `documentOpened` checks. Returns how
   * many documents got marks back.
   */
  async load(folder: string, textOf: TextOf): Promise<number> {
    const saved = await readAiRangeFile(folder);
    if (!saved) return 0;
    let restored = 0;
    for (const [uri, { textHash: savedHash, marks }] of Object.entries(saved)) {
      const text = await textOf(uri);
      if (text !== undefined && textHash(text) !== savedHash) continue;
      const pending = text === undefined && !this.documents.has(uri) ? savedHash : undefined;
      this.setMarks(uri, [...marks, ...this.marksOf(uri)], pending);
      restored += 1;
    }
    return restored;
  }

  /** Stores a document's marks; listeners hear of it only when they differ from before. */
  private setMarks(uri: string, marks: AiMark[], closedTextHash?: string): void {
    const merged = mergeTouching(marks, joinMarks);
    const before = this.documents.get(uri)?.marks ?? [];
    if (merged.length === 0) this.documents.delete(uri);
    else this.documents.set(uri, closedTextHash === undefined ? { marks: merged } : { marks: merged, closedTextHash });
    if (!sameMarks(before, merged)) this.fire(uri);
  }

  private fire(uri: string | undefined): void {
    for (const listener of this.listeners) listener(uri);
  }
}
