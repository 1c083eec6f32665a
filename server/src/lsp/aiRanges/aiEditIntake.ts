// Takes `vouch/aiEdit` notifications into the store at the right document version. The client
// classifies an edit after reading the clipboard or the disk, so its report can arrive after later
// changes of the document (ranges of an older version: carried through the changes since), or, in
// principle, before the change it describes (ranges of a newer version: held until it arrives).
import type { Range, TextDocumentContentChangeEvent } from 'vscode-languageserver';
import type { AiEditParams } from '../../../../shared/src/protocol';
import type { AiRangeStore } from './aiRangeStore';
import { rangesThroughChanges } from './rangeThroughEdits';
import type { RangeChange } from './rangeThroughEdits';

/** What the intake needs of a document: `vscode-languageserver-textdocument`'s TextDocument fits. */
export interface VersionedText {
  readonly uri: string;
  readonly version: number;
  getText(): string;
}

export type AiEditOutcome = 'marked' | 'waiting' | 'stale';

interface OpenDocument {
  document: VersionedText;
  /** The version last seen (TextDocument.update changes the document in place, so it is kept apart). */
  version: number;
  /** The changes of the latest versions, oldest first: from one version to the next. */
  history: { from: number; changes: readonly TextDocumentContentChangeEvent[] }[];
  /** Reports for versions not received yet. */
  waiting: AiEditParams[];
}

export interface AiEditIntakeOptions {
  /** How many versions of changes to keep per document for late reports (default 50). */
  historyLength?: number;
  log?: (message: string) => void;
}

export class AiEditIntake {
  private readonly open = new Map<string, OpenDocument>();
  private readonly historyLength: number;

  constructor(
    private readonly store: AiRangeStore,
    private readonly options: AiEditIntakeOptions = {},
  ) {
    this.historyLength = options.historyLength ?? 50;
  }

  /** From `didOpen`: checks marks kept while the document was closed against its text. */
  opened(document: VersionedText): void {
    this.store.documentOpened(document.uri, document.getText());
    this.open.set(document.uri, { document, version: document.version, history: [], waiting: [] });
  }

  /** From `didChange`, after the document was updated: moves the marks, then takes reports that waited for this version. */
  changed(change: { document: VersionedText; changes: readonly TextDocumentContentChangeEvent[] }): void {
    const { document, changes } = change;
    this.store.applyChanges(document.uri, changes);
    const state = this.open.get(document.uri);
    if (!state) return;
    state.history.push({ from: state.version, changes });
    state.document = document;
    state.version = document.version;
    if (state.history.length > this.historyLength) state.history.splice(0, state.history.length - this.historyLength);
    const ready = state.waiting.filter((params) => params.version <= document.version);
    state.waiting = state.waiting.filter((params) => params.version > document.version);
    for (const params of ready) this.accept(params);
  }

  /** From `didClose`: the marks now refer to the text the document had. */
  closed(uri: string): void {
    const state = this.open.get(uri);
    if (state) this.store.documentClosed(uri, state.document.getText());
    this.open.delete(uri);
  }

  /** A `vouch/aiEdit` notification. */
  accept(params: AiEditParams): AiEditOutcome {
    const state = this.open.get(params.uri);
    if (!state || params.version === state.version) {
      this.store.mark(params.uri, params.ranges, params.source);
      return 'marked';
    }
    if (params.version > state.version) {
      state.waiting.push(params);
      return 'waiting';
    }
    const ranges = this.carryForward(state, params.version, params.ranges);
    if (ranges === undefined) {
      this.options.log?.(`AI edit of ${params.uri} v${params.version} dropped: the document is at v${state.version}, too far ahead`);
      return 'stale';
    }
    this.store.mark(params.uri, ranges, params.source);
    return 'marked';
  }

  /** Ranges of an older version carried through the changes since, or nothing when they are not all known. */
  private carryForward(state: OpenDocument, version: number, ranges: readonly Range[]): Range[] | undefined {
    const first = state.history.findIndex((entry) => entry.from === version);
    if (first === -1) return undefined;
    const since = state.history.slice(first);
    const changes: RangeChange[] = [];
    for (const entry of since) {
      for (const change of entry.changes) {
        if (!('range' in change) || change.range === undefined) return [];
        changes.push({ range: change.range, text: change.text });
      }
    }
    return rangesThroughChanges(ranges, changes);
  }
}
