import { describe, expect, it } from 'vitest';
import { cartReducer, cartTotal, counterReducer, historyReducer, progressLabel, todoReducer, visibleTodos, type TodoState } from '../src/reducers';

const empty: TodoState = { todos: [], nextId: 1, filter: 'all' };

describe('todoReducer', () => {
  it('adds and toggles', () => {
    const added = todoReducer(empty, { type: 'add', title: ' Write tests ' });
    expect(added.todos).toEqual([{ id: 1, title: 'Write tests', done: false }]);
    const toggled = todoReducer(added, { type: 'toggle', id: 1 });
    expect(toggled.todos[0].done).toBe(true);
  });
  it('ignores blank titles', () => {
    expect(todoReducer(empty, { type: 'add', title: '  ' })).toBe(empty);
  });
  it('removes and clears done', () => {
    const state: TodoState = { todos: [{ id: 1, title: 'a', done: true }, { id: 2, title: 'b', done: false }], nextId: 3, filter: 'all' };
    expect(todoReducer(state, { type: 'remove', id: 2 }).todos).toHaveLength(1);
    expect(todoReducer(state, { type: 'clearDone' }).todos).toEqual([{ id: 2, title: 'b', done: false }]);
  });
});

describe('visibleTodos and progressLabel', () => {
  it('filters', () => {
    const state: TodoState = { todos: [{ id: 1, title: 'a', done: true }, { id: 2, title: 'b', done: false }], nextId: 3, filter: 'open' };
    expect(visibleTodos(state).map((t) => t.id)).toEqual([2]);
    expect(progressLabel(state.todos)).toBe('1 of 2 done');
  });
});

describe('counterReducer', () => {
  it('stays in bounds', () => {
    expect(counterReducer({ value: 9, min: 0, max: 10 }, { type: 'increment', by: 5 }).value).toBe(10);
    expect(counterReducer({ value: 1, min: 0, max: 10 }, { type: 'decrement' }).value).toBe(0);
  });
});

describe('historyReducer', () => {
  it('undoes and redoes', () => {
    let h = { past: [] as number[], present: 1, future: [] as number[] };
    h = historyReducer(h, { type: 'set', value: 2 });
    h = historyReducer(h, { type: 'undo' });
    expect(h.present).toBe(1);
    h = historyReducer(h, { type: 'redo' });
    expect(h.present).toBe(2);
  });
});

describe('cartReducer and cartTotal', () => {
  it('adds lines and totals them', () => {
    let lines = cartReducer([], { type: 'add', sku: 'pen', unitCents: 150 });
    lines = cartReducer(lines, { type: 'add', sku: 'pen', unitCents: 150 });
    expect(lines).toEqual([{ sku: 'pen', qty: 2, unitCents: 150 }]);
    expect(cartTotal(lines)).toBe(300);
    expect(cartReducer(lines, { type: 'setQty', sku: 'pen', qty: 0 })).toEqual([]);
  });
});
