// Watches the open TypeScript documents and reports the changes the heuristics call AI edits. Thin
// on purpose: the decisions are in classifyChange.ts and classifyDiskRewrite.ts, which are pure.
import * as vscode from 'vscode';
import type { AiEditParams } from '../../../shared/src/protocol';
import { settingsFrom } from '../../../shared/src/settings';
import { normalizeLineEndings } from './changeRanges';
import { classifyChange } from './classifyChange';
import type { AiEditThresholds, ChangeEventDescription, LineSpan } from './classifyChange';
import { classifyDiskRewrite } from './classifyDiskRewrite';
import type { ClassificationRecord } from '../probes';

const LANGUAGES = new Set(['typescript', 'typescriptreact']);

/** The documents the language server verifies (its document selector: `file` TypeScript). */
export function isTrackedDocument(document: vscode.TextDocument): boolean {
  return document.uri.scheme === 'file' && LANGUAGES.has(document.languageId);
}

/** `vouch.aiEditMinLines` / `vouch.aiEditMinChars` for the document's workspace folder. */
export function aiEditThresholds(uri: vscode.Uri): AiEditThresholds {
  const config = vscode.workspace.getConfiguration('vouch', uri);
  const settings = settingsFrom({ aiEditMinLines: config.get('aiEditMinLines'), aiEditMinChars: config.get('aiEditMinChars') });
  return { minLines: settings.aiEditMinLines, minChars: settings.aiEditMinChars };
}

export interface AiEditTrackerOptions {
  /** Wired to `client.sendNotification(AiEditNotification, params)`. */
  onAiEdit(params: AiEditParams): void | Promise<void>;
  log?: vscode.LogOutputChannel;
  /** Every classification, AI or not (for tests and tooling: `ExtensionParts.probes.aiEdits`). */
  onClassified?(record: ClassificationRecord): void;
}

interface KnownDocument {
  /** The text as of the last change event: the next change's `textBefore`. */
  text: string;
  dirty: boolean;
  /** A new text found on disk that the editor has not loaded yet. */
  diskText?: string;
}

type ReportBase = Pick<AiEditParams, 'uri' | 'version' | 'textBefore'> & { textBefore: string };

function sameText(a: string, b: string): boolean {
  return a === b || normalizeLineEndings(a) === normalizeLineEndings(b);
}

/** The lines of every selection in the editors showing the document (none when it is not shown;
 *  unknown where the window does not say which editors are visible). */
function selectionsShowing(document: vscode.TextDocument): LineSpan[] | undefined {
  const editors: readonly vscode.TextEditor[] | undefined = vscode.window.visibleTextEditors;
  if (!Array.isArray(editors)) return undefined;
  return editors
    .filter((editor) => editor.document === document)
    .flatMap((editor) => editor.selections.map((selection: vscode.Selection) => ({ startLine: selection.start.line, endLine: selection.end.line })));
}

function describe(event: vscode.TextDocumentChangeEvent): ChangeEventDescription {
  const contentChanges = event.contentChanges.map(({ range, rangeOffset, rangeLength, text }) => ({
    range: { start: { line: range.start.line, character: range.start.character }, end: { line: range.end.line, character: range.end.character } },
    rangeOffset,
    rangeLength,
    text,
  }));
  if (event.reason === vscode.TextDocumentChangeReason.Undo) return { contentChanges, reason: 'undo' };
  if (event.reason === vscode.TextDocumentChangeReason.Redo) return { contentChanges, reason: 'redo' };
  return { contentChanges };
}

export class AiEditTracker implements vscode.Disposable {
  private readonly known = new Map<string, KnownDocument>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly options: AiEditTrackerOptions) {
    for (const document of vscode.workspace.textDocuments) this.remember(document);
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.{ts,tsx}', false, false, true);
    this.disposables.push(
      watcher,
      watcher.onDidChange((uri) => void this.onDiskChange(uri)),
      watcher.onDidCreate((uri) => void this.onDiskChange(uri)),
      vscode.workspace.onDidOpenTextDocument((document) => this.remember(document)),
      vscode.workspace.onDidCloseTextDocument((document) => this.known.delete(document.uri.toString())),
      vscode.workspace.onDidSaveTextDocument((document) => {
        const known = this.known.get(document.uri.toString());
        if (known) Object.assign(known, { text: document.getText(), dirty: false, diskText: undefined });
      }),
      vscode.workspace.onDidChangeTextDocument((event) => this.onDidChange(event)),
    );
  }

  dispose(): void {
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
    this.known.clear();
  }

  private remember(document: vscode.TextDocument): void {
    if (isTrackedDocument(document)) this.known.set(document.uri.toString(), { text: document.getText(), dirty: document.isDirty });
  }

  private onDidChange(event: vscode.TextDocumentChangeEvent): void {
    const document = event.document;
    const known = this.known.get(document.uri.toString());
    if (!known) return;
    if (event.contentChanges.length === 0) {
      known.dirty = document.isDirty;
      return;
    }
    // Everything the classification needs is taken now: the clipboard and the disk answer later.
    const { text: textBefore, dirty: wasDirty, diskText } = known;
    const textAfter = document.getText();
    Object.assign(known, { text: textAfter, dirty: document.isDirty, diskText: undefined });
    const base: ReportBase = { uri: document.uri.toString(), version: document.version, textBefore };
    const description = describe(event);
    const selections = selectionsShowing(document);
    const thresholds = aiEditThresholds(document.uri);

    if (description.reason === undefined && diskText !== undefined && sameText(diskText, textAfter)) {
      this.reportDiskRewrite(base, textAfter);
    } else if (description.reason === undefined && !wasDirty && !document.isDirty) {
      // A clean document changed and stayed clean: VS Code reloading it after its file changed on
      // disk, or the first keystroke after opening (whose event can still say "not dirty"). The
      // file decides.
      void readDisk(document.uri).then((onDisk) =>
        onDisk !== undefined && sameText(onDisk, textAfter) ? this.reportDiskRewrite(base, textAfter) : this.classify(description, base, thresholds, selections),
      );
    } else {
      void this.classify(description, base, thresholds, selections);
    }
  }

  /** A file changed on disk: when its document is open and clean, the editor is about to reload it. */
  private async onDiskChange(uri: vscode.Uri): Promise<void> {
    const known = this.known.get(uri.toString());
    if (!known || known.dirty) return;
    const onDisk = await readDisk(uri);
    // Same as the last known text: nothing new, or the reload already came and was classified.
    if (onDisk !== undefined && !sameText(onDisk, known.text)) known.diskText = onDisk;
  }

  private async classify(description: ChangeEventDescription, base: ReportBase, thresholds: AiEditThresholds, selections: LineSpan[] | undefined): Promise<void> {
    let result = classifyChange(description, { textBefore: base.textBefore, selections }, thresholds);
    // Only an edit that looks like an AI edit can turn out to be a paste: only then read the clipboard.
    if (result.kind === 'ai') {
      const clipboardText = await readClipboard();
      if (clipboardText !== undefined) result = classifyChange(description, { textBefore: base.textBefore, clipboardText, selections }, thresholds);
    }
    this.options.log?.trace(`AI edits: ${base.uri} v${base.version} is ${result.kind}${result.source ? ` (${result.source})` : ''}`);
    this.options.onClassified?.({ uri: base.uri, version: base.version, kind: result.kind, source: result.source, ranges: result.ranges });
    if (result.kind === 'ai' && result.source && result.ranges.length > 0) this.report({ ...base, ranges: result.ranges, source: result.source });
  }

  private reportDiskRewrite(base: ReportBase, textAfter: string): void {
    const rewrite = classifyDiskRewrite(base.textBefore, textAfter);
    this.options.log?.trace(`AI edits: ${base.uri} v${base.version} reloaded from disk, ${rewrite ? `${rewrite.ranges.length} changed ranges` : 'whitespace only'}`);
    this.options.onClassified?.({ uri: base.uri, version: base.version, kind: rewrite ? 'ai' : 'formatting', source: rewrite?.source, ranges: rewrite?.ranges ?? [] });
    if (rewrite) this.report({ ...base, ranges: rewrite.ranges, source: rewrite.source });
  }

  private report(params: AiEditParams): void {
    try {
      void Promise.resolve(this.options.onAiEdit(params)).catch((error: unknown) => this.options.log?.warn(`AI edits: could not report ${params.uri}: ${String(error)}`));
    } catch (error) {
      this.options.log?.warn(`AI edits: could not report ${params.uri}: ${String(error)}`);
    }
  }
}

async function readClipboard(): Promise<string | undefined> {
  try {
    return await vscode.env.clipboard.readText();
  } catch {
    return undefined;
  }
}

/** The file's text, or nothing when it cannot be read or is not UTF-8 (then the editor's decoding may differ). */
async function readDisk(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}
