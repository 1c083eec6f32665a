// The project's vouch.config.json in the editor, against VS Code's real settings: the file sets
// the budget of the folder, and a setting the user set in the editor wins over it, even at its
// default value (the client names the settings set explicitly, client/src/explicitSettings.ts).
import * as assert from 'node:assert/strict';
import { after, before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import type { ExtensionParts } from '../../../client/src/extension';
import { explicitSettings } from '../../../client/src/explicitSettings';
import type { DeclarationStatus } from '../../../client/src/state/verdictStore';
import { endOf, openScratch, workspaceUri } from './scratch';
import { vouchParts } from './vouch';
import { waitFor } from './waitFor';

const FILE = 'src/hostBudget.ts';
const EDIT = ['export function halve(amount: number): number {', '  return amount / 2;', '}', ''].join('\n');
/** The file's budget: far below the editor's default of 200 inputs. */
const FILE_RUNS = 7;
/** A verdict takes the runner's cold start on a busy machine. */
const VERDICT_TIMEOUT_MS = 90_000;

describe("the project's vouch.config.json and the editor's settings", () => {
  const config = workspaceUri('vouch.config.json');
  let parts: ExtensionParts;

  before(async () => {
    parts = await vouchParts();
    await vscode.workspace.fs.writeFile(config, new TextEncoder().encode(JSON.stringify({ runs: FILE_RUNS, relatedTests: false })));
  });

  after(async () => {
    await vscode.workspace.getConfiguration('vouch', config).update('runs', undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.workspace.fs.delete(config);
  });

  it('verifies with the budget of the file, until the same budget as the default is set in the editor', async function () {
    this.timeout(2 * VERDICT_TIMEOUT_MS + 30_000);
    const editor = await openScratch(FILE, '// Budgets, for the extension-host tests.\n');
    const uri = editor.document.uri.toString();
    const halve = (): DeclarationStatus | undefined => parts.store.file(uri)?.declarations.find((d) => d.qualifiedName === 'halve');
    const seen = () => halve() && { state: halve()!.state, inputs: halve()!.verdict?.inputs };
    assert.deepEqual(explicitSettings(editor.document.uri), [], 'no Vouch setting is set in the editor yet');

    const at = endOf(editor.document);
    assert.ok(await editor.edit((builder) => builder.insert(at, EDIT)));
    const first = await waitFor('the verdict of halve', () => halve()?.verdict && halve()?.state === 'verified' && halve(), { timeoutMs: VERDICT_TIMEOUT_MS, describe: seen });
    assert.ok(first.verdict!.inputs > 0 && first.verdict!.inputs <= FILE_RUNS, `at most the file's ${FILE_RUNS} inputs, got ${first.verdict!.inputs}`);

    // 200 is the default: only the client's list of explicit settings tells the server it was set.
    await vscode.workspace.getConfiguration('vouch', editor.document.uri).update('runs', 200, vscode.ConfigurationTarget.Workspace);
    assert.deepEqual(explicitSettings(editor.document.uri), ['runs']);
    const again = await waitFor('halve verified again with the editor\'s budget', () => (halve()?.verdict?.inputs ?? 0) > FILE_RUNS && halve(), { timeoutMs: VERDICT_TIMEOUT_MS, describe: seen });
    assert.equal(again.state, 'verified');
  });
});
