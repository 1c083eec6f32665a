// One AI edit, verified for real, as the views show it: the gutter decorations of its lines (by
// state, as the verdicts arrive), the Test Explorer's items and results (and "Run with Vouch"),
// and the report document. The edit inserts two new functions into a new file: `initials`
// crashes on the empty string, `reverseWords` is fine. One verification serves every test here
// (the runner is the slow part of the suite); "Run with Vouch" makes a second one.
import * as assert from 'node:assert/strict';
import { before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import type { ExtensionParts } from '../../../client/src/extension';
import type { AppliedDecorations, ExtensionProbes, TestItemSnapshot } from '../../../client/src/probes';
import type { DeclarationStatus } from '../../../client/src/state/verdictStore';
import { endOf, markedLines, openScratch } from './scratch';
import { vouchParts, vouchProbes } from './vouch';
import { waitFor } from './waitFor';

const FILE = 'src/hostNames.ts';
const HEADER = '// Names, for the extension-host tests.\n';
/** Lines 1 to 7 once inserted after the header. */
const EDIT = [
  'export function initials(name: string): string {', // 1
  "  return name.split(' ').map((word) => word[0].toUpperCase()).join('');", // 2
  '}', // 3
  '', // 4
  'export function reverseWords(text: string): string {', // 5
  "  return text.split(' ').reverse().join(' ');", // 6
  '}', // 7
  '',
].join('\n');

/** A verdict takes the runner's cold start on a busy machine. */
const VERDICT_TIMEOUT_MS = 90_000;

describe('an AI edit verified in VS Code', () => {
  let parts: ExtensionParts;
  let probes: Required<ExtensionProbes>;
  let editor: vscode.TextEditor;
  let uri: string;

  const declaration = (name: string): DeclarationStatus | undefined => parts.store.file(uri)?.declarations.find((d) => d.qualifiedName === name);
  const states = () => parts.store.file(uri)?.declarations.map((d) => `${d.qualifiedName}: ${d.state}`);

  before(async function () {
    this.timeout(VERDICT_TIMEOUT_MS + 30_000);
    parts = await vouchParts();
    probes = await vouchProbes();
    editor = await openScratch(FILE, HEADER);
    uri = editor.document.uri.toString();
    const at = endOf(editor.document);
    assert.ok(await editor.edit((builder) => builder.insert(at, EDIT)));
    await waitFor('the verdicts of initials and reverseWords', () => {
      const [a, b] = [declaration('initials'), declaration('reverseWords')];
      return a && b && a.state !== 'pending' && b.state !== 'pending';
    }, { timeoutMs: VERDICT_TIMEOUT_MS, describe: states });
    assert.equal(declaration('initials')?.state, 'failed', 'initials crashes on the empty string');
    assert.equal(declaration('reverseWords')?.state, 'verified');
    assert.deepEqual(markedLines(parts.store, editor.document.uri), [[1, 7]]);
  });

  describe('the gutter decorations of its lines', () => {
    const shape = (drawn: AppliedDecorations) => JSON.stringify(drawn.groups);
    /** What is drawn once the verdicts are in: each function by its state, the blank line between only marked. */
    const FINAL: AppliedDecorations['groups'] = {
      pending: { heads: [], bars: [] },
      verified: { heads: [[5, 5]], bars: [[6, 7]] },
      failed: { heads: [[1, 1]], bars: [[2, 3]] },
      marked: { heads: [[4, 4]], bars: [] },
    };
    const PENDING: AppliedDecorations['groups'] = {
      pending: { heads: [[1, 1], [5, 5]], bars: [[2, 3], [6, 7]] },
      verified: { heads: [], bars: [] },
      failed: { heads: [], bars: [] },
      marked: { heads: [[4, 4]], bars: [] },
    };

    it('were drawn in the visible editor as pending on the edited lines, then by verdict: failed and verified', async () => {
      assert.ok(vscode.window.visibleTextEditors.some((e) => e.document.uri.toString() === uri), 'the edited document is visible');
      const history = await waitFor('the decorations of the verdicts', () => {
        const drawn = probes.decorations.history(uri);
        return drawn.length > 0 && shape(drawn[drawn.length - 1]!) === JSON.stringify(FINAL) && drawn;
      }, { describe: () => probes.decorations.history(uri).at(-1) });
      const pendingAt = history.findIndex((drawn) => shape(drawn) === JSON.stringify(PENDING));
      assert.ok(pendingAt >= 0, `a redraw showed every edited line pending: ${JSON.stringify(history.map((d) => d.groups))}`);
      assert.ok(pendingAt < history.length - 1, 'the pending lines came before the verdicts');
    });
  });

  describe('in the Test Explorer', () => {
    const fileItem = () => probes.testController.snapshot().find((item) => item.uri === uri);
    const child = (item: TestItemSnapshot | undefined, label: string) => item?.children.find((c) => c.label === label);
    const checksOf = (name: string) => child(fileItem(), name)?.children ?? [];

    it('lists the file, its declarations and their checks, with the failing check and its message', async () => {
      await waitFor('results for every check of both declarations', () =>
        ['initials', 'reverseWords'].every((name) => {
          const checks = checksOf(name);
          return checks.length > 0 && checks.length === declaration(name)?.verdict?.checks.length && checks.every((c) => c.result);
        }), { describe: () => fileItem() });
      const file = fileItem()!;
      assert.equal(file.label, FILE);
      assert.deepEqual(file.children.map((d) => d.label).sort(), ['initials', 'reverseWords']);

      const failed = checksOf('initials').filter((c) => c.result?.status === 'failed');
      assert.deepEqual(failed.map((c) => c.label), ['crash']);
      const [message] = failed[0]!.result!.messages;
      assert.match(message ?? '', /TypeError/);
      assert.match(message ?? '', /^Input: initials\(""\)$/m);
      assert.equal(failed[0]!.result!.run, 'Vouch');
      assert.deepEqual([...new Set(checksOf('reverseWords').map((c) => c.result?.status))], ['passed']);
    });

    it('"Run with Vouch" verifies the file again and reports the new results', async function () {
      this.timeout(VERDICT_TIMEOUT_MS + 30_000);
      const before = Math.max(...checksOf('initials').map((c) => c.result?.sequence ?? 0));
      const seen: string[] = [];
      const listening = parts.store.onDidChange(() => {
        const state = declaration('initials')?.state;
        if (state && seen.at(-1) !== state) seen.push(state);
      });
      try {
        await vscode.window.showTextDocument(editor.document);
        await vscode.commands.executeCommand('testing.runCurrentFile');
        const rerun = (name: string) => checksOf(name).length > 0 && checksOf(name).every((c) => c.result?.run === 'Run with Vouch' && c.result.sequence > before);
        await waitFor('the results of "Run with Vouch"', () => rerun('initials') && rerun('reverseWords'), {
          timeoutMs: VERDICT_TIMEOUT_MS,
          describe: () => fileItem(),
        });
      } finally {
        listening.dispose();
      }
      assert.ok(seen.includes('pending'), `initials was verified again: its states were ${JSON.stringify(seen)}`);
      const failed = checksOf('initials').filter((c) => c.result?.status === 'failed');
      assert.deepEqual(failed.map((c) => c.label), ['crash']);
      assert.match(failed[0]!.result!.messages[0] ?? '', /TypeError/);
    });
  });

  describe('in the report document', () => {
    it('opens read-only, as a vouch-report document, with the failure', async () => {
      await vscode.commands.executeCommand('vouch.showReport', uri);
      const report = await waitFor('the report document', () => vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'vouch-report'));
      assert.equal(report.languageId, 'vouch-report');
      assert.equal(report.uri.path, `${vscode.Uri.parse(uri).path}.vouch-report`);
      assert.match(report.getText(), new RegExp(`^Vouch report: ${FILE.replace('.', '\\.')}`));
      assert.match(report.getText(), /initials/);
      assert.match(report.getText(), /TypeError/);
      // Read-only where a person would try: typing into its editor changes nothing.
      const text = report.getText();
      const sourceVersion = editor.document.version;
      assert.equal(vscode.window.activeTextEditor?.document, report, 'the report is the active editor');
      await vscode.commands.executeCommand('type', { text: 'edited ' });
      assert.equal(report.getText(), text);
      assert.equal(report.isDirty, false);
      assert.equal(editor.document.version, sourceVersion, 'the typing went nowhere else');
    });
  });
});
