// The store against a brute-force model: every character of a string is AI-marked or not; random
// edits are applied to the string and to the store; the store's ranges must cover exactly the marked
// characters. The model spells out the store's rules one character at a time:
// - surviving characters keep their mark;
// - new text is marked only when it lands strictly inside one marked run (the characters on both
//   sides of the replaced span, and the span itself, all marked), and does not hold a full line of
//   its own (at a line start, one line break; elsewhere, two).
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range, TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { AiRangeStore } from './aiRangeStore';

const uri = 'file:///ws/model.ts';

interface Model {
  text: string;
  marked: boolean[];
}

/** An edit as fractions of the current text, so it fits whatever the text has become. */
interface Edit {
  at: number;
  length: number;
  text: string;
}

function applyToModel(model: Model, from: number, to: number, text: string): Model {
  const inside = from > 0 && to < model.text.length && model.marked.slice(from - 1, to + 1).every(Boolean);
  const lineBreaks = text.split('\n').length - 1;
  const holdsFullLine = lineBreaks >= (model.text[from - 1] === '\n' ? 1 : 2);
  const marks = new Array<boolean>(text.length).fill(inside && !holdsFullLine);
  return {
    text: model.text.slice(0, from) + text + model.text.slice(to),
    marked: [...model.marked.slice(0, from), ...marks, ...model.marked.slice(to)],
  };
}

function markedByStore(store: AiRangeStore, text: string): boolean[] {
  const document = TextDocument.create(uri, 'typescript', 1, text);
  const marked = new Array<boolean>(text.length).fill(false);
  for (const range of store.rangesOf(uri)) {
    for (const position of [range.start, range.end]) {
      // Every position the store holds exists in the text.
      expect(document.positionAt(document.offsetAt(position))).toEqual(position);
    }
    for (let i = document.offsetAt(range.start); i < document.offsetAt(range.end); i++) marked[i] = true;
  }
  return marked;
}

const textArbitrary = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n'), maxLength: 60 });
const editArbitrary = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  // Mostly insertions and short replacements, so marks live long enough to be edited inside.
  length: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 0.05, noNaN: true }), fc.double({ min: 0, max: 0.3, noNaN: true })),
  text: fc.string({ unit: fc.constantFrom('x', 'y', '\n'), maxLength: 6 }),
});
/** 50 edits, sent in batches of 1 to 3 changes (one `didChange` each). */
const batchesArbitrary = fc.array(editArbitrary, { minLength: 50, maxLength: 50 }).chain((edits) =>
  fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 50, maxLength: 50 }).map((sizes) => {
    const batches: Edit[][] = [];
    for (let i = 0, b = 0; i < edits.length; b++) {
      batches.push(edits.slice(i, i + sizes[b]));
      i += sizes[b];
    }
    return batches;
  }),
);
const marksArbitrary = fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 0.8, noNaN: true })), { maxLength: 4 });

describe('AiRangeStore against a character model', () => {
  it('marks exactly the model characters through 50 random edits', () => {
    fc.assert(
      fc.property(textArbitrary, marksArbitrary, batchesArbitrary, (initial, initialMarks, batches) => {
        const store = new AiRangeStore();
        let document = TextDocument.create(uri, 'typescript', 1, initial);
        let model: Model = { text: initial, marked: new Array<boolean>(initial.length).fill(false) };
        const ranges: Range[] = initialMarks.map(([at, length]) => {
          const from = Math.floor(at * initial.length);
          const to = Math.min(initial.length, from + Math.ceil(length * initial.length));
          for (let i = from; i < to; i++) model.marked[i] = true;
          return { start: document.positionAt(from), end: document.positionAt(to) };
        });
        store.mark(uri, ranges, 'insertion');
        expect(markedByStore(store, model.text)).toEqual(model.marked);

        for (const batch of batches) {
          const changes: TextDocumentContentChangeEvent[] = [];
          for (const edit of batch) {
            // Each change of a batch is in the coordinates left by the previous one.
            const from = Math.floor(edit.at * model.text.length);
            const to = Math.min(model.text.length, from + Math.floor(edit.length * model.text.length));
            const current = TextDocument.create(uri, 'typescript', 1, model.text);
            changes.push({ range: { start: current.positionAt(from), end: current.positionAt(to) }, text: edit.text });
            model = applyToModel(model, from, to, edit.text);
          }
          document = TextDocument.update(document, changes, document.version + 1);
          expect(document.getText()).toBe(model.text);
          store.applyChanges(uri, changes);
          expect(markedByStore(store, model.text)).toEqual(model.marked);
        }
      }),
      { numRuns: 500 },
    );
  });
});
