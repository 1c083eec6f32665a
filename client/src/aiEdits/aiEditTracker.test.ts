// The tracker against a stand-in for the `vscode` module: which events reach `onAiEdit`, with what.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AiEditParams } from '../../../shared/src/protocol';

const fake = vi.hoisted(() => {
  type Listener = (value: any) => void;
  const emitter = () => {
    const listeners: Listener[] = [];
    return { listeners, event: (listener: Listener) => (listeners.push(listener), { dispose: () => listeners.splice(listeners.indexOf(listener), 1) }), fire: (value: unknown) => listeners.forEach((l) => l(value)) };
  };
  return {
    emitter,
    events: { open: emitter(), close: emitter(), save: emitter(), change: emitter(), diskChange: emitter(), diskCreate: emitter() },
    textDocuments: [] as unknown[],
    disk: new Map<string, string>(),
    clipboard: { text: '', delay: Promise.resolve(), reads: 0 },
    activeTextEditor: undefined as unknown,
    /** `window.visibleTextEditors`; undefined leaves it out of the stand-in (unknown). */
    visibleTextEditors: undefined as unknown[] | undefined,
  };
});

vi.mock('vscode', () => ({
  TextDocumentChangeReason: { Undo: 1, Redo: 2 },
  Disposable: { from: (...items: { dispose(): void }[]) => ({ dispose: () => items.forEach((i) => i.dispose()) }) },
  env: { clipboard: { readText: async () => (fake.clipboard.reads++, await fake.clipboard.delay, fake.clipboard.text) } },
  window: { get activeTextEditor() { return fake.activeTextEditor; }, get visibleTextEditors() { return fake.visibleTextEditors; }, showInformationMessage: vi.fn(), showWarningMessage: vi.fn() },
  commands: { registerCommand: () => ({ dispose() {} }) },
  workspace: {
    get textDocuments() { return fake.textDocuments; },
    getConfiguration: () => ({ get: () => undefined }),
    onDidOpenTextDocument: fake.events.open.event,
    onDidCloseTextDocument: fake.events.close.event,
    onDidSaveTextDocument: fake.events.save.event,
    onDidChangeTextDocument: fake.events.change.event,
    createFileSystemWatcher: () => ({ onDidChange: fake.events.diskChange.event, onDidCreate: fake.events.diskCreate.event, dispose() {} }),
    fs: {
      readFile: async (uri: { path: string }) => {
        const text = fake.disk.get(uri.path);
        if (text === undefined) throw new Error('ENOENT');
        return new TextEncoder().encode(text);
      },
    },
  },
}));

const { AiEditTracker } = await import('./aiEditTracker');
const { markSelectionAsAiEdit } = await import('./aiEditCommands');

class FakeDocument {
  readonly uri;
  version = 1;
  isDirty = false;
  constructor(public text: string, readonly languageId = 'typescript', path = '/ws/src/math.ts') {
    this.uri = { scheme: 'file', path, toString: () => `file://${path}` };
  }
  getText() {
    return this.text;
  }
  /** Applies one insertion at `offset` the way the editor would, then fires the change event. */
  insert(offset: number, text: string, options: { dirty?: boolean; reason?: number } = {}) {
    const before = this.text;
    const lines = before.slice(0, offset).split('\n');
    const position = { line: lines.length - 1, character: lines[lines.length - 1].length };
    this.text = before.slice(0, offset) + text + before.slice(offset);
    this.version += 1;
    this.isDirty = options.dirty ?? true;
    fake.events.change.fire({ document: this, reason: options.reason, contentChanges: [{ range: { start: position, end: position }, rangeOffset: offset, rangeLength: 0, text }] });
  }
}

const source = 'export function total(items: number[]): number {\n  return items.reduce((a, b) => a + b, 0);\n}\n';
const mean = 'export function mean(items: number[]): number {\n  if (items.length === 0) return 0;\n  return total(items) / items.length;\n}\n';
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

let reports: AiEditParams[];
let document: FakeDocument;

beforeEach(() => {
  for (const e of Object.values(fake.events)) e.listeners.splice(0);
  fake.disk.clear();
  fake.clipboard.text = '';
  fake.clipboard.delay = Promise.resolve();
  fake.clipboard.reads = 0;
  fake.visibleTextEditors = undefined;
  document = new FakeDocument(source);
  fake.disk.set(document.uri.path, source);
  fake.textDocuments = [document];
  reports = [];
  new AiEditTracker({ onAiEdit: (params) => void reports.push(params) });
});

describe('AiEditTracker', () => {
  it('reports a large insertion with the version and the text before it', async () => {
    document.insert(source.length, mean);
    await settle();
    expect(reports).toEqual([
      { uri: 'file:///ws/src/math.ts', version: 2, textBefore: source, source: 'insertion', ranges: [{ start: { line: 3, character: 0 }, end: { line: 7, character: 0 } }] },
    ]);
  });

  it('does not report a paste, and keeps the text before it while the clipboard is read', async () => {
    let release!: () => void;
    fake.clipboard.delay = new Promise<void>((resolve) => (release = resolve));
    fake.clipboard.text = mean;
    document.insert(source.length, mean);
    document.insert(0, '// header\n// more\n// and more\n');
    release();
    await settle();
    expect(reports).toEqual([expect.objectContaining({ version: 3, source: 'insertion', textBefore: source + mean })]);
  });

  it('ignores typing, undo and documents that are not TypeScript, without reading the clipboard', async () => {
    document.insert(10, 'x');
    document.insert(10, 'const y = 1;\n');
    document.insert(source.length, mean, { reason: 1 });
    const notes = new FakeDocument('# notes\n', 'markdown', '/ws/notes.md');
    fake.events.open.fire(notes);
    notes.insert(0, mean);
    await settle();
    expect(reports).toEqual([]);
    expect(fake.clipboard.reads).toBe(0);
  });

  it('tells onClassified every classification, AI or not (probes.aiEdits)', async () => {
    const records: unknown[] = [];
    new AiEditTracker({ onAiEdit: () => {}, onClassified: (record) => void records.push(record) });
    fake.clipboard.text = mean;
    document.insert(10, 'x');
    document.insert(source.length + 1, mean);
    document.insert(0, '\n', { reason: 1 });
    await settle();
    expect(records).toEqual([
      { uri: 'file:///ws/src/math.ts', version: 2, kind: 'typing', source: undefined, ranges: [{ start: { line: 0, character: 10 }, end: { line: 0, character: 11 } }] },
      { uri: 'file:///ws/src/math.ts', version: 4, kind: 'undo', source: undefined, ranges: [{ start: { line: 0, character: 0 }, end: { line: 1, character: 0 } }] },
      { uri: 'file:///ws/src/math.ts', version: 3, kind: 'paste', source: undefined, ranges: [{ start: { line: 3, character: 0 }, end: { line: 7, character: 0 } }] },
    ]);
  });

  it('reports a clean document reloaded after an agent rewrote its file, when the watcher sees it first', async () => {
    const rewritten = source.replace('  return items', '  if (items.length === 0) return 0;\n  return items');
    fake.disk.set(document.uri.path, rewritten);
    fake.events.diskChange.fire(document.uri);
    await settle();
    document.insert(source.indexOf('  return'), '  if (items.length === 0) return 0;\n', { dirty: false });
    await settle();
    expect(reports).toEqual([expect.objectContaining({ source: 'diskRewrite', version: 2, ranges: [{ start: { line: 1, character: 0 }, end: { line: 2, character: 0 } }] })]);
  });

  it('reports the reload when it comes before the watcher, and only once', async () => {
    const rewritten = source + mean;
    fake.disk.set(document.uri.path, rewritten);
    document.insert(source.length, mean, { dirty: false });
    await settle();
    fake.events.diskChange.fire(document.uri);
    await settle();
    expect(reports).toEqual([expect.objectContaining({ source: 'diskRewrite', version: 2 })]);
  });

  it('classifies the first keystroke of a clean document normally even when its event says "not dirty"', async () => {
    document.insert(10, 'x', { dirty: false });
    await settle();
    document.insert(source.length, mean, { dirty: true });
    await settle();
    expect(reports.map((r) => r.source)).toEqual(['insertion']);
  });
});

describe('AiEditTracker and the cursors', () => {
  const cursorOn = (line: number) => ({ start: { line, character: 4 }, end: { line, character: 4 } });

  it('reports a small change on a line no cursor is on (an agent’s minimal edit), not one at the cursor', async () => {
    // The cursor at the end of the file (line 3), two lines below the function's body.
    fake.visibleTextEditors = [{ document, selections: [cursorOn(3)] }];
    document.insert(source.length, 'x');
    const at = source.indexOf('a + b');
    document.insert(at, '2 * ');
    await settle();
    const character = at - source.indexOf('\n') - 1;
    expect(reports).toEqual([
      expect.objectContaining({ version: 3, source: 'awayFromCursor', ranges: [{ start: { line: 1, character }, end: { line: 1, character: character + 4 } }] }),
    ]);
  });

  it('reports a small change to a document no editor shows', async () => {
    fake.visibleTextEditors = [];
    document.insert(source.indexOf('0);'), '1 + ');
    await settle();
    expect(reports.map((r) => r.source)).toEqual(['awayFromCursor']);
  });
});

describe('markSelectionAsAiEdit', () => {
  it('marks the selections, and the whole line of an empty one', async () => {
    const line = (n: number) => ({ start: { line: n, character: 0 }, end: { line: n + 1, character: 0 } });
    fake.activeTextEditor = {
      document: Object.assign(document, { lineAt: (n: number) => ({ rangeIncludingLineBreak: line(n) }) }),
      selections: [
        { isEmpty: false, start: { line: 0, character: 7 }, end: { line: 0, character: 15 } },
        { isEmpty: true, active: { line: 1, character: 3 }, start: { line: 1, character: 3 }, end: { line: 1, character: 3 } },
      ],
    };
    const sent: AiEditParams[] = [];
    await markSelectionAsAiEdit((params) => void sent.push(params));
    expect(sent).toEqual([{ uri: 'file:///ws/src/math.ts', version: 1, source: 'manual', ranges: [{ start: { line: 0, character: 7 }, end: { line: 0, character: 15 } }, line(1)] }]);
  });
});
