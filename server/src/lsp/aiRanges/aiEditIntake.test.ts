import { describe, expect, it } from 'vitest';
import type { Range, TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { AiEditParams } from '../../../../shared/src/protocol';
import { AiEditIntake } from './aiEditIntake';
import { AiRangeStore } from './aiRangeStore';

const uri = 'file:///ws/src/cart.ts';
const r = (startLine: number, startCharacter: number, endLine: number, endCharacter: number): Range => ({
  start: { line: startLine, character: startCharacter },
  end: { line: endLine, character: endCharacter },
});
const edit = (version: number, ranges: Range[]): AiEditParams => ({ uri, version, ranges, source: 'insertion' });

function setUp(historyLength?: number) {
  const store = new AiRangeStore();
  const intake = new AiEditIntake(store, { historyLength });
  const document = TextDocument.create(uri, 'typescript', 1, 'a\nb\nc\nd\ne\n');
  intake.opened(document);
  const change = (...changes: TextDocumentContentChangeEvent[]) => {
    TextDocument.update(document, changes, document.version + 1);
    intake.changed({ document, changes });
  };
  return { store, intake, document, change };
}

describe('AiEditIntake', () => {
  it('marks a report of the current version as it is', () => {
    const { store, intake } = setUp();
    expect(intake.accept(edit(1, [r(1, 0, 3, 0)]))).toBe('marked');
    expect(store.rangesOf(uri)).toEqual([r(1, 0, 3, 0)]);
  });

  it('carries a late report through the changes made since its version', () => {
    const { store, intake, change } = setUp();
    change({ range: r(0, 0, 0, 0), text: 'import x;\n' });
    change({ range: r(0, 0, 0, 0), text: '// top\n' });
    expect(intake.accept(edit(1, [r(1, 0, 3, 0)]))).toBe('marked');
    expect(store.rangesOf(uri)).toEqual([r(3, 0, 5, 0)]);
  });

  it('holds an early report until its version arrives', () => {
    const { store, intake, change } = setUp();
    expect(intake.accept(edit(2, [r(0, 0, 2, 0)]))).toBe('waiting');
    expect(store.rangesOf(uri)).toEqual([]);
    change({ range: r(0, 0, 0, 0), text: 'new\nlines\n' });
    expect(store.rangesOf(uri)).toEqual([r(0, 0, 2, 0)]);
  });

  it('drops a report older than the changes it remembers', () => {
    const { store, intake, change } = setUp(2);
    for (let i = 0; i < 3; i++) change({ range: r(0, 0, 0, 0), text: `${i}\n` });
    expect(intake.accept(edit(1, [r(1, 0, 2, 0)]))).toBe('stale');
    expect(store.rangesOf(uri)).toEqual([]);
  });

  it('moves marks on every change and checks them again when a closed document reopens', () => {
    const { store, intake, document, change } = setUp();
    intake.accept(edit(1, [r(1, 0, 3, 0)]));
    change({ range: r(0, 0, 1, 0), text: '' });
    expect(store.rangesOf(uri)).toEqual([r(0, 0, 2, 0)]);
    intake.closed(uri);
    intake.opened(TextDocument.create(uri, 'typescript', 1, document.getText()));
    expect(store.rangesOf(uri)).toEqual([r(0, 0, 2, 0)]);
    intake.closed(uri);
    intake.opened(TextDocument.create(uri, 'typescript', 1, 'rewritten while closed\n'));
    expect(store.rangesOf(uri)).toEqual([]);
  });
});
