// "Generate tests" from the editor: the only time Vouch writes into the workspace, because the
// user asked. It runs user code (to record examples), so an untrusted workspace is refused. When
// the test file is open in the editor, its text is replaced through a workspace edit (the user's
// unsaved changes are merged, not overwritten); otherwise the engine writes the file.
import { ResponseError } from 'vscode-languageserver';
import type { CancellationToken, Connection } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import type { DeclarationParams, GenerateTestsResult } from '../../../shared/src/protocol';
import type { Engine } from '../core/engine';
import { isVouchError, VouchError } from '../core/errors';
import type { OpenDocuments } from './openDocuments';
import type { WorkspaceFolders } from './workspaceFolders';
import { fileOf } from './workspaceFolders';

export interface GenerateTestsDeps {
  connection: Connection;
  engine: Engine;
  folders: WorkspaceFolders;
  documents: OpenDocuments;
  isTrusted(): boolean;
}

/** Error codes of the `vouch/generateTests` request (LSP leaves -32899…-32800 to servers' own use). */
export const GENERATE_TESTS_ERRORS = { untrusted: -32801, failed: -32802 } as const;

export async function generateTestsFromEditor(deps: GenerateTestsDeps, params: DeclarationParams, token: CancellationToken): Promise<GenerateTestsResult> {
  if (!deps.isTrusted()) {
    throw new ResponseError(GENERATE_TESTS_ERRORS.untrusted, 'Vouch generates tests by running your code, which it does not do in an untrusted workspace. Trust the workspace first.');
  }
  const file = fileOf(params.uri);
  const root = file && deps.folders.rootOf(file);
  if (!file || !root) throw new ResponseError(GENERATE_TESTS_ERRORS.failed, `${params.uri} is not a file of an open workspace folder`);
  const overlays = new Map<string, string>();
  for (const document of deps.documents.all()) {
    const path = fileOf(document.uri);
    if (path) overlays.set(path, document.getText());
  }
  const controller = new AbortController();
  const subscription = token.onCancellationRequested(() => controller.abort());
  try {
    // Compute first without writing: an open test file is edited in the editor instead.
    const result = await deps.engine.generateTests({ root, file, declaration: params.declaration, overlays, signal: controller.signal, write: false });
    const open = deps.documents.get(result.uri) ?? deps.documents.all().find((d) => fileOf(d.uri) === result.file);
    if (open) {
      const end = open.positionAt(open.getText().length);
      const applied = await deps.connection.workspace.applyEdit({
        label: 'Vouch: generate tests',
        edit: { changes: { [open.uri]: [{ range: { start: { line: 0, character: 0 }, end }, newText: result.text }] } },
      });
      if (!applied.applied) throw new VouchError('INVALID_OPTION', `the editor did not apply the generated tests: ${applied.failureReason ?? 'no reason given'}`);
    } else {
      await deps.engine.generateTests({ root, file, declaration: params.declaration, overlays, signal: controller.signal, write: true });
    }
    deps.engine.fileChanged(root, result.file);
    return { uri: URI.file(result.file).toString(), framework: result.framework, created: result.created, added: result.added, kept: result.kept, notes: result.notes };
  } catch (error) {
    if (error instanceof ResponseError) throw error;
    if (isVouchError(error)) throw new ResponseError(GENERATE_TESTS_ERRORS.failed, error.hint ? `${error.message} (${error.hint})` : error.message);
    throw error;
  } finally {
    subscription.dispose();
  }
}
