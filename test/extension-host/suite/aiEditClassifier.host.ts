// The AI-edit classifier on the change events VS Code really sends (client/src/aiEdits): what the
// unit tests of classifyChange assume about those events, checked against the real thing. Each
// test edits its own file of the demo workspace, reads how the tracker classified the change
// (probes.aiEdits), and what the server marked (the store's aiRanges).
import * as assert from 'node:assert/strict';
import { before, beforeEach, describe, it } from 'mocha';
import * as vscode from 'vscode';
import type { ExtensionParts } from '../../../client/src/extension';
import type { AiEditsProbe, ClassificationRecord } from '../../../client/src/probes';
import { assertOnlySentinelMarked, endOf, markedLines, openScratch } from './scratch';
import { vouchParts, vouchProbes } from './vouch';
import { waitFor } from './waitFor';

const HEADER = '// Scratch file of the extension-host tests.\n';

/**
 * Five lines, as an assistant would insert them. Data, not a function: it is marked but holds no
 * declaration, so nothing is verified (the verdict tests are in decorations and testExplorer).
 */
const TABLE = ['export const TIER_RATES = {', '  regular: 0,', '  silver: 0.05,', '  gold: 0.1,', '};', ''].join('\n');

describe('the AI-edit classifier on real change events', () => {
  let parts: ExtensionParts;
  let probe: AiEditsProbe;

  before(async () => {
    parts = await vouchParts();
    probe = (await vouchProbes()).aiEdits;
  });

  // What an earlier test copied would make an insertion of the same text a paste.
  beforeEach(() => vscode.env.clipboard.writeText(''));

  /** The classification of the change that made `version` of the document. */
  function classified(document: vscode.TextDocument, version = document.version): Promise<ClassificationRecord> {
    const uri = document.uri.toString();
    return waitFor(`the classification of ${vscode.workspace.asRelativePath(document.uri)} v${version}`, () => probe.classifications(uri).find((r) => r.version === version), {
      describe: () => probe.classifications(uri),
    });
  }

  function waitForMarks(document: vscode.TextDocument, expected: [number, number][]): Promise<unknown> {
    return waitFor(`AI marks on lines ${JSON.stringify(expected)}`, () => JSON.stringify(markedLines(parts.store, document.uri)) === JSON.stringify(expected), {
      describe: () => markedLines(parts.store, document.uri),
    });
  }

  it('marks a multi-line insertion made with TextEditor.edit as an AI edit, on its lines', async () => {
    const editor = await openScratch('src/hostEditorInsertion.ts', HEADER);
    const at = endOf(editor.document);
    assert.ok(await editor.edit((builder) => builder.insert(at, TABLE)));
    const record = await classified(editor.document);
    assert.equal(record.kind, 'ai');
    assert.equal(record.source, 'insertion');
    assert.deepEqual(record.ranges, [{ start: { line: 1, character: 0 }, end: { line: 6, character: 0 } }]);
    await waitForMarks(editor.document, [[1, 5]]);
  });

  // (A WorkspaceEdit reaches extensions as its minimal edits: one that rewrites a function but
  // differs from it in one character is a one-character change. No event says who made it; a
  // change on no line of any cursor is taken for an AI edit, see the next test and
  // test/e2e/README.md, "How an AI edit is made".)
  it('marks a WorkspaceEdit another extension applies: one insertion, then three ranges at once', async () => {
    const editor = await openScratch('src/hostWorkspaceEdit.ts', `${HEADER}export const a = 1;\n\nexport const b = 2;\n\nexport const c = 3;\n`);
    const document = editor.document;
    const insertion = new vscode.WorkspaceEdit();
    insertion.insert(document.uri, endOf(document), TABLE);
    assert.ok(await vscode.workspace.applyEdit(insertion));
    const inserted = await classified(document);
    assert.equal(inserted.kind, 'ai');
    assert.equal(inserted.source, 'insertion');
    await waitForMarks(document, [[6, 10]]);

    // `1` → `compute(1)` on three lines. VS Code sends each replacement as its minimal edits:
    // `compute(` before the digit and `)` after it, six changes in one event.
    const spread = new vscode.WorkspaceEdit();
    for (const [line, value] of [[1, 1], [3, 2], [5, 3]]) spread.replace(document.uri, new vscode.Range(line!, 17, line!, 18), `compute(${value})`);
    assert.ok(await vscode.workspace.applyEdit(spread));
    const multi = await classified(document);
    assert.equal(multi.kind, 'ai');
    assert.equal(multi.source, 'multiRange');
    const expected = [1, 3, 5].flatMap((line) => [[line, 17, line, 25], [line, 26, line, 27]]);
    assert.deepEqual(multi.ranges.map((r) => [r.start.line, r.start.character, r.end.line, r.end.character]), expected);
    await waitForMarks(document, [[1, 1], [3, 3], [5, 5], [6, 10]]);
  });

  it('marks a one-character WorkspaceEdit away from the cursor, and not the same change made at the cursor', async () => {
    const editor = await openScratch('src/hostAwayFromCursor.ts', `${HEADER}export const limit = 10;\n\nexport const rate = 1;\n`);
    const document = editor.document;
    editor.selection = new vscode.Selection(3, 0, 3, 0);
    const away = new vscode.WorkspaceEdit();
    away.replace(document.uri, new vscode.Range(1, 22, 1, 23), '1');
    assert.ok(await vscode.workspace.applyEdit(away));
    assert.equal(document.lineAt(1).text, 'export const limit = 11;');
    const record = await classified(document);
    assert.equal(record.kind, 'ai');
    assert.equal(record.source, 'awayFromCursor');
    await waitForMarks(document, [[1, 1]]);

    const atCursor = new vscode.WorkspaceEdit();
    atCursor.replace(document.uri, new vscode.Range(3, 20, 3, 21), '2');
    assert.ok(await vscode.workspace.applyEdit(atCursor));
    assert.equal((await classified(document)).kind, 'typing');
  });

  it('does not mark typing, even of several lines, character by character', async () => {
    const editor = await openScratch('src/hostTyping.ts', HEADER);
    const document = editor.document;
    // Three lines, as many as an AI insertion needs (vouch.aiEditMinLines); short, since each keystroke is a round trip to the workbench.
    const typed = 'a = 1\nb = 2\nc = 3\n';
    editor.selection = new vscode.Selection(endOf(document), endOf(document));
    const first = document.version + 1;
    for (const character of typed) await vscode.commands.executeCommand('type', { text: character });
    assert.equal(document.getText(), HEADER + typed, 'the text typed, and nothing else (no completion accepted)');
    await classified(document);
    const kinds = probe.classifications(document.uri.toString()).filter((r) => r.version >= first).map((r) => r.kind);
    assert.equal(kinds.length, typed.length, 'one change event per character');
    assert.deepEqual([...new Set(kinds)], ['typing']);
    await assertOnlySentinelMarked(parts.store, editor);
  });

  it("takes a paste of the clipboard's text for a paste, not an AI edit", async () => {
    const editor = await openScratch('src/hostPaste.ts', HEADER);
    const document = editor.document;
    editor.selection = new vscode.Selection(endOf(document), endOf(document));
    await vscode.env.clipboard.writeText(TABLE);
    const version = document.version;
    await vscode.commands.executeCommand('editor.action.clipboardPasteAction');
    await waitFor('the paste to reach the document', () => document.version > version);
    assert.equal(document.getText(), HEADER + TABLE);
    const record = await classified(document);
    assert.equal(record.kind, 'paste');
    await assertOnlySentinelMarked(parts.store, editor);
  });

  it('drops the mark of an AI insertion when it is undone', async () => {
    const editor = await openScratch('src/hostUndo.ts', HEADER);
    const document = editor.document;
    const at = endOf(document);
    assert.ok(await editor.edit((builder) => builder.insert(at, TABLE)));
    assert.equal((await classified(document)).kind, 'ai');
    await waitForMarks(document, [[1, 5]]);
    await vscode.commands.executeCommand('undo');
    assert.equal(document.getText(), HEADER, 'the insertion is undone');
    assert.equal((await classified(document)).kind, 'undo');
    await waitForMarks(document, []);
  });

  it("does not take Format Document (TypeScript's built-in formatter) for an AI edit", async function () {
    this.timeout(90_000);
    const unformatted = `${HEADER}export function area(width:number,height:number):number{\nif(width<0||height<0){\nreturn 0\n}\nreturn width*height\n}\n`;
    const editor = await openScratch('src/hostFormat.ts', unformatted);
    const document = editor.document;
    await vscode.extensions.getExtension('vscode.typescript-language-features')?.activate();
    // The formatter answers once tsserver has loaded the project: until then the command does nothing.
    await waitFor('Format Document to change the document', async () => {
      await vscode.commands.executeCommand('editor.action.formatDocument');
      return document.getText() !== unformatted;
    }, { timeoutMs: 60_000, intervalMs: 500 });
    assert.match(document.getText(), /^export function area\(width: number, height: number\): number \{\n {4}if \(width < 0 \|\| height < 0\) \{\n {8}return 0\n/m);
    // One event of many whitespace insertions, sent while the document still says "not dirty"
    // (the tracker reads the file before it classifies: awaited here).
    await classified(document);
    const records = probe.classifications(document.uri.toString());
    assert.deepEqual(records.map((r) => r.kind), records.map(() => 'formatting'));
    assert.ok(records[0]!.ranges.length > 1);
    await assertOnlySentinelMarked(parts.store, editor);
  });

  it('marks a file an agent rewrote on disk while it had no unsaved changes', async () => {
    const editor = await openScratch('src/hostDiskRewrite.ts', HEADER);
    const document = editor.document;
    assert.equal(document.isDirty, false);
    await vscode.workspace.fs.writeFile(document.uri, new TextEncoder().encode(HEADER + TABLE));
    await waitFor('the editor to reload the file', () => document.getText() === HEADER + TABLE, { describe: () => document.getText() });
    const record = await classified(document);
    assert.equal(record.kind, 'ai');
    assert.equal(record.source, 'diskRewrite');
    await waitForMarks(document, [[1, 5]]);
  });
});
