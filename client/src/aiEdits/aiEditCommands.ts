// "Mark selection as AI edit" and "Clear AI marks": the user's word where the heuristics miss.
import * as vscode from 'vscode';
import type { AiEditParams, ClearAiMarksParams } from '../../../shared/src/protocol';
import { AiEditTracker, isTrackedDocument } from './aiEditTracker';
import type { AiEditTrackerOptions } from './aiEditTracker';

export const MARK_SELECTION_AS_AI_EDIT_COMMAND = 'vouch.markSelectionAsAiEdit';
export const CLEAR_AI_MARKS_COMMAND = 'vouch.clearAiMarks';

/**
 * The active editor's selections become `manual` AI ranges; an empty selection marks its whole
 * line. Returns the params sent, or nothing when there is no TypeScript editor.
 */
export async function markSelectionAsAiEdit(onAiEdit: (params: AiEditParams) => void | Promise<void>): Promise<AiEditParams | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !isTrackedDocument(editor.document)) {
    void vscode.window.showInformationMessage('Vouch: open a TypeScript file and select the code an AI tool wrote.');
    return undefined;
  }
  const ranges = editor.selections.map((selection) => {
    const range = selection.isEmpty ? editor.document.lineAt(selection.active.line).rangeIncludingLineBreak : selection;
    return { start: { line: range.start.line, character: range.start.character }, end: { line: range.end.line, character: range.end.character } };
  });
  const params: AiEditParams = { uri: editor.document.uri.toString(), version: editor.document.version, ranges, source: 'manual' };
  await onAiEdit(params);
  return params;
}

/**
 * Forgets AI marks: those of the document given (a `Uri` or URI string, as a CodeLens or an editor
 * context menu passes it), or every document's when invoked with no argument (the palette).
 */
export async function clearAiMarks(clear: (params: ClearAiMarksParams) => Promise<void>, target?: vscode.Uri | string): Promise<ClearAiMarksParams> {
  const uri = target === undefined ? undefined : typeof target === 'string' ? target : target.toString();
  const params: ClearAiMarksParams = uri === undefined ? {} : { uri };
  await clear(params);
  return params;
}

export interface AiEditTrackingOptions extends AiEditTrackerOptions {
  /** Wired to `client.sendRequest(ClearAiMarksRequest, params)`. */
  clearAiMarks(params: ClearAiMarksParams): Promise<void>;
}

/** The tracker and both commands, in one disposable: the whole client side of AI-edit tracking. */
export function startAiEditTracking(options: AiEditTrackingOptions): vscode.Disposable {
  const tracker = new AiEditTracker(options);
  const report = (error: unknown) => void vscode.window.showWarningMessage(`Vouch: ${error instanceof Error ? error.message : String(error)}`);
  return vscode.Disposable.from(
    tracker,
    vscode.commands.registerCommand(MARK_SELECTION_AS_AI_EDIT_COMMAND, () => markSelectionAsAiEdit(options.onAiEdit).catch(report)),
    vscode.commands.registerCommand(CLEAR_AI_MARKS_COMMAND, (target?: vscode.Uri | string) => clearAiMarks(options.clearAiMarks, target).catch(report)),
  );
}
