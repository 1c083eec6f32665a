// Test-only helper extension for the end-to-end tests: does to the active editor what an AI tool
// does, one edit applied through the API, which reaches extensions as ONE change event that is
// not the clipboard's text. (Typing in the browser is one change per keystroke, with auto-indent
// and auto-closing; a paste is classified as a paste.) The test runs "Vouch E2E: Apply AI Edit"
// from the command palette and types the edit, as JSON, into the input box it shows:
//   { "text": "...", "at": "end" | { "line": 0, "character": 0 },
//     "replace"?: { "start": {line, character}, "end": {line, character} }, "id"?: 1 }   (0-based)
// It first waits for Vouch to be active (its activate() resolves once the language server runs
// and its AI-edit tracker listens), then applies the edit, reveals it, and reports back in the
// status bar ("Vouch E2E: applied edit <id>, lines a-b", kept until the next edit) for the test
// to wait for;
// a failure shows as an error notification starting with "Vouch E2E:".
// When the environment names a file in VOUCH_E2E_EDIT_LOG, each applied edit also appends a line
// of JSON to it, `{"id", "requestedAt", "appliedAt"}` (Date.now() before the edit and once the
// editor has applied it), for the benchmark of edit-to-squiggle time (bench/editorLatency.mjs).
const { appendFileSync } = require('node:fs');
const vscode = require('vscode');

function position(document, at) {
  if (at === undefined || at === 'end') return document.lineAt(document.lineCount - 1).range.end;
  return new vscode.Position(at.line, at.character);
}

async function applyEdit(request) {
  const editor = vscode.window.activeTextEditor;
  if (!editor) throw new Error('no active editor');
  await vscode.extensions.getExtension('vouch-dev.vouch')?.activate();
  const document = editor.document;
  const range = request.replace
    ? new vscode.Range(position(document, request.replace.start), position(document, request.replace.end))
    : new vscode.Range(position(document, request.at), position(document, request.at));
  const startOffset = document.offsetAt(range.start);
  const requestedAt = Date.now();
  const applied = await editor.edit((builder) => builder.replace(range, request.text), { undoStopBefore: true, undoStopAfter: true });
  if (!applied) throw new Error('the editor refused the edit');
  if (process.env.VOUCH_E2E_EDIT_LOG) appendFileSync(process.env.VOUCH_E2E_EDIT_LOG, `${JSON.stringify({ id: request.id, requestedAt, appliedAt: Date.now() })}\n`);
  const end = document.positionAt(startOffset + request.text.length);
  editor.selection = new vscode.Selection(end, end);
  editor.revealRange(new vscode.Range(range.start, end), vscode.TextEditorRevealType.InCenter);
  return { start: range.start, end };
}

let statusMessage;

exports.activate = (context) => {
  context.subscriptions.push(
    { dispose: () => statusMessage?.dispose() },
    vscode.commands.registerCommand('vouchE2e.applyEdit', async (json) => {
      json ??= await vscode.window.showInputBox({ title: 'Vouch E2E: the edit, as JSON', ignoreFocusOut: true });
      if (!json) return undefined;
      try {
        const request = JSON.parse(json);
        const { start, end } = await applyEdit(request);
        statusMessage?.dispose();
        statusMessage = vscode.window.setStatusBarMessage(`Vouch E2E: applied edit ${request.id ?? ''}, lines ${start.line + 1}-${end.line + 1}`);
        return { start, end };
      } catch (error) {
        void vscode.window.showErrorMessage(`Vouch E2E: ${error instanceof Error ? error.message : String(error)}`);
        return undefined;
      }
    }),
  );
};
exports.deactivate = () => {};
