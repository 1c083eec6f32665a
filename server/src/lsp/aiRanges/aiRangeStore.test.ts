import { describe, expect, it } from 'vitest';
import type { Range, TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { AiRangeStore } from './aiRangeStore';

const uri = 'file:///ws/src/cart.ts';
const r = (startLine: number, startCharacter: number, endLine: number, endCharacter: number): Range => ({
  start: { line: startLine, character: startCharacter },
  end: { line: endLine, character: endCharacter },
});
const change = (range: Range, text: string): TextDocumentContentChangeEvent => ({ range, text });

/** A store with the given ranges marked, after the given changes. */
function after(marked: Range[], ...changes: TextDocumentContentChangeEvent[]): Range[] {
  const store = new AiRangeStore(() => 1);
  store.mark(uri, marked, 'insertion');
  store.applyChanges(uri, changes);
  return store.rangesOf(uri);
}

describe('AiRangeStore.applyChanges', () => {
  it('shifts a range when text is inserted or deleted above it, or at its start', () => {
    expect(after([r(2, 0, 5, 0)], change(r(0, 0, 0, 0), 'import a;\nimport b;\n'))).toEqual([r(4, 0, 7, 0)]);
    expect(after([r(2, 0, 5, 0)], change(r(0, 0, 1, 0), ''))).toEqual([r(1, 0, 4, 0)]);
    expect(after([r(2, 0, 5, 0)], change(r(2, 0, 2, 0), '// note\n'))).toEqual([r(3, 0, 6, 0)]);
    expect(after([r(1, 4, 1, 8)], change(r(1, 0, 1, 0), 'xx'))).toEqual([r(1, 6, 1, 10)]);
    expect(after([r(1, 4, 3, 2)], change(r(1, 0, 1, 2), 'a\nbcd'))).toEqual([r(2, 5, 4, 2)]);
  });

  it('leaves a range alone for edits below it or at its end', () => {
    expect(after([r(2, 0, 5, 0)], change(r(5, 0, 5, 0), 'tail();\n'))).toEqual([r(2, 0, 5, 0)]);
    expect(after([r(2, 0, 5, 0)], change(r(7, 0, 9, 0), ''))).toEqual([r(2, 0, 5, 0)]);
  });

  it('grows or shrinks a range with edits inside it', () => {
    expect(after([r(1, 0, 1, 10)], change(r(1, 5, 1, 5), 'abc'))).toEqual([r(1, 0, 1, 13)]);
    expect(after([r(2, 0, 5, 0)], change(r(3, 2, 3, 2), 'x\ny'))).toEqual([r(2, 0, 6, 0)]);
    expect(after([r(2, 0, 5, 0)], change(r(3, 0, 4, 0), ''))).toEqual([r(2, 0, 4, 0)]);
    // A middle part replaced with text: still one range, grown.
    expect(after([r(1, 0, 1, 20)], change(r(1, 5, 1, 8), 'abcdef'))).toEqual([r(1, 0, 1, 23)]);
    expect(after([r(2, 0, 6, 0)], change(r(3, 4, 4, 6), 'one\ntwo'))).toEqual([r(2, 0, 6, 0)]);
  });

  it('trims a range when an edit takes its start or its end', () => {
    expect(after([r(2, 0, 5, 0)], change(r(1, 0, 3, 0), ''))).toEqual([r(1, 0, 3, 0)]);
    expect(after([r(2, 0, 5, 0)], change(r(1, 0, 3, 0), 'new\n'))).toEqual([r(2, 0, 4, 0)]);
    expect(after([r(2, 0, 5, 0)], change(r(4, 0, 7, 0), ''))).toEqual([r(2, 0, 4, 0)]);
    expect(after([r(2, 0, 5, 0)], change(r(4, 3, 6, 0), 'mine'))).toEqual([r(2, 0, 4, 3)]);
  });

  it('drops a range whose text is entirely deleted or replaced', () => {
    expect(after([r(2, 0, 5, 0)], change(r(1, 0, 6, 0), ''))).toEqual([]);
    expect(after([r(2, 0, 5, 0)], change(r(2, 0, 5, 0), ''))).toEqual([]);
    expect(after([r(2, 0, 5, 0)], change(r(2, 0, 5, 0), 'my own code\n'))).toEqual([]);
  });

  it('splits a range around new text holding a full line of its own, and only then', () => {
    // Whole lines inserted at a line start inside the range.
    expect(after([r(2, 0, 6, 0)], change(r(4, 0, 4, 0), 'mine();\n'))).toEqual([r(2, 0, 4, 0), r(5, 0, 7, 0)]);
    // Mid-line, the new text needs two line breaks to hold a full line.
    expect(after([r(2, 0, 6, 0)], change(r(3, 5, 3, 5), '\n  a();\n  b();'))).toEqual([r(2, 0, 3, 5), r(5, 6, 8, 0)]);
    expect(after([r(2, 0, 6, 0)], change(r(3, 5, 3, 5), 'x\n'))).toEqual([r(2, 0, 7, 0)]);
    // A middle replaced by whole lines of the user's.
    expect(after([r(2, 0, 8, 0)], change(r(4, 0, 6, 0), 'mine();\n'))).toEqual([r(2, 0, 4, 0), r(5, 0, 7, 0)]);
    // Deleting whole lines in the middle leaves the two parts touching: one range.
    expect(after([r(2, 0, 8, 0)], change(r(4, 0, 6, 0), ''))).toEqual([r(2, 0, 6, 0)]);
  });

  it('keeps several ranges apart, trims both when an edit spans them, and joins them when the gap goes', () => {
    const two = [r(1, 0, 3, 0), r(6, 0, 8, 0)];
    expect(after(two, change(r(4, 0, 4, 0), 'a\nb\n'))).toEqual([r(1, 0, 3, 0), r(8, 0, 10, 0)]);
    expect(after(two, change(r(2, 0, 7, 0), 'x'))).toEqual([r(1, 0, 2, 0), r(2, 1, 3, 0)]);
    expect(after(two, change(r(3, 0, 6, 0), ''))).toEqual([r(1, 0, 5, 0)]);
    // Once joined, text typed at the old seam is inside one range.
    expect(after(two, change(r(3, 0, 6, 0), ''), change(r(3, 0, 3, 0), 'z'))).toEqual([r(1, 0, 5, 0)]);
  });

  it('applies a batch of changes in order, each in the coordinates left by the previous one', () => {
    expect(after([r(2, 0, 4, 0)], change(r(0, 0, 0, 0), 'a\n'), change(r(3, 0, 3, 0), 'b'), change(r(0, 0, 1, 0), ''))).toEqual([r(2, 1, 4, 0)]);
  });

  it('counts CRLF and CR line breaks in new text like LF', () => {
    expect(after([r(2, 0, 5, 0)], change(r(0, 0, 0, 0), 'a\r\nb\r\n'))).toEqual([r(4, 0, 7, 0)]);
    expect(after([r(2, 0, 5, 0)], change(r(0, 0, 0, 0), 'a\rb\r'))).toEqual([r(4, 0, 7, 0)]);
  });

  it('drops every mark of a document on a whole-document change', () => {
    const store = new AiRangeStore();
    store.mark(uri, [r(1, 0, 2, 0)], 'insertion');
    store.mark('file:///ws/src/other.ts', [r(1, 0, 2, 0)], 'insertion');
    store.applyChanges(uri, [{ text: 'rewritten\n' }]);
    expect(store.rangesOf(uri)).toEqual([]);
    expect(store.uris()).toEqual(['file:///ws/src/other.ts']);
  });
});

describe('AiRangeStore marks', () => {
  it('joins overlapping and touching marks, keeping the later source and time; ignores empty ranges', () => {
    const store = new AiRangeStore();
    store.mark(uri, [r(1, 0, 3, 0), r(9, 0, 9, 0)], 'insertion', 100);
    store.mark(uri, [r(3, 0, 4, 0), r(6, 0, 7, 0)], 'manual', 200);
    expect(store.marksOf(uri)).toEqual([
      { range: r(1, 0, 4, 0), source: 'manual', markedAt: 200 },
      { range: r(6, 0, 7, 0), source: 'manual', markedAt: 200 },
    ]);
  });

  it('clears one document or all, and tells listeners', () => {
    const store = new AiRangeStore();
    const heard: (string | undefined)[] = [];
    store.onDidChange((changed) => heard.push(changed));
    store.mark(uri, [r(1, 0, 2, 0)], 'insertion');
    store.mark('file:///b.ts', [r(1, 0, 2, 0)], 'insertion');
    store.clear(uri);
    expect(store.uris()).toEqual(['file:///b.ts']);
    store.clear();
    expect(store.uris()).toEqual([]);
    expect(heard).toEqual([uri, 'file:///b.ts', uri, undefined]);
  });

  it('maps AI ranges onto the declarations they touch', () => {
    const store = new AiRangeStore();
    store.mark(uri, [r(5, 2, 6, 0)], 'insertion');
    const declarations = [
      { qualifiedName: 'Cart', range: r(0, 0, 20, 1) },
      { qualifiedName: 'Cart.total', range: r(4, 2, 8, 3) },
      { qualifiedName: 'Cart.add', range: r(10, 2, 14, 3) },
      { qualifiedName: 'Cart.before', range: r(1, 0, 5, 2) },
      { qualifiedName: 'Cart.after', range: r(6, 0, 9, 0) },
    ];
    expect(store.touchedDeclarations(uri, declarations)).toEqual(['Cart', 'Cart.total']);
    expect(store.touchedDeclarations('file:///unmarked.ts', declarations)).toEqual([]);
  });

  it('keeps the marks of a closed document only if it reopens with the same text', () => {
    const store = new AiRangeStore();
    store.mark(uri, [r(1, 0, 2, 0)], 'insertion');
    store.documentClosed(uri, 'a\nb\n');
    store.documentOpened(uri, 'a\nb\n');
    expect(store.rangesOf(uri)).toEqual([r(1, 0, 2, 0)]);
    store.documentClosed(uri, 'a\nb\n');
    store.documentOpened(uri, 'a\nchanged on disk\n');
    expect(store.rangesOf(uri)).toEqual([]);
  });
});

describe('AiRangeStore.onDidChange', () => {
  it('is quiet for edits that leave the marks where they are', () => {
    const store = new AiRangeStore();
    store.mark(uri, [r(2, 0, 4, 0)], 'insertion');
    const heard: (string | undefined)[] = [];
    store.onDidChange((changed) => heard.push(changed));
    store.applyChanges(uri, [change(r(9, 0, 9, 0), 'below\n')]);
    store.applyChanges('file:///unmarked.ts', [change(r(0, 0, 0, 0), 'x')]);
    expect(heard).toEqual([]);
    store.applyChanges(uri, [change(r(0, 0, 0, 0), 'above\n')]);
    expect(heard).toEqual([uri]);
  });
});
