// Files of the open demo workspace that one test writes for itself (each test its own name, so no
// test sees another's marks), and what Vouch's store says about them.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Range } from 'vscode-languageserver-protocol';
import type { VerdictStore } from '../../../client/src/state/verdictStore';
import { waitFor } from './waitFor';

export function workspaceUri(relativePath: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder is open (the launcher opens a copy of the demo shop)');
  return vscode.Uri.joinPath(folder.uri, relativePath);
}

/** Writes `text` to a new file of the workspace and shows it in the active editor, clean and focused. */
export async function openScratch(relativePath: string, text: string): Promise<vscode.TextEditor> {
  const uri = workspaceUri(relativePath);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  const document = await vscode.workspace.openTextDocument(uri);
  assert.equal(document.languageId, 'typescript');
  return vscode.window.showTextDocument(document, { preview: false });
}

/** The end of the document (after its last line break). */
export function endOf(document: vscode.TextDocument): vscode.Position {
  return document.lineAt(document.lineCount - 1).range.end;
}

/** Lines `[first, last]` (0-based) of a range; one that ends at column 0 of a later line does not cover it. */
export function linesOf(range: Range | vscode.Range): [number, number] {
  const end = range.end.line > range.start.line && range.end.character === 0 ? range.end.line - 1 : range.end.line;
  return [range.start.line, end];
}

/** The AI-marked lines of a document, as the client's store has them from the server (in order, each span once). */
export function markedLines(store: VerdictStore, uri: vscode.Uri): [number, number][] {
  const spans = (store.file(uri.toString())?.aiRanges ?? []).map(linesOf);
  const unique = [...new Map(spans.map((span) => [span.join(), span])).values()];
  return unique.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

/**
 * Proves that nothing before it marked the document: a known AI edit at the end (not in a
 * declaration, so nothing runs), then the marks once it is in: they must be its lines alone. The
 * server handles the client's notifications in order, so an earlier mark would be there too.
 */
export async function assertOnlySentinelMarked(store: VerdictStore, editor: vscode.TextEditor): Promise<void> {
  const document = editor.document;
  const start = endOf(document);
  const text = `${start.character === 0 ? '' : '\n'}export const SENTINEL = [\n  'a known AI edit',\n];\n`;
  const edit = new vscode.WorkspaceEdit();
  edit.insert(document.uri, start, text);
  assert.ok(await vscode.workspace.applyEdit(edit), 'the sentinel edit was applied');
  const first = start.character === 0 ? start.line : start.line + 1;
  const sentinel: [number, number] = [first, first + 2];
  const marks = await waitFor('the sentinel AI edit to be marked', () => {
    const lines = markedLines(store, document.uri);
    return lines.some(([a, b]) => a <= sentinel[0] && sentinel[1] <= b) && lines;
  }, { describe: () => markedLines(store, document.uri) });
  assert.deepEqual(marks, [sentinel], 'only the sentinel is marked');
}
