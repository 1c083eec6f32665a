// State reducers of a small task-list app: pure functions from (state, action) to a new state.

export interface Todo {
  id: number;
  title: string;
  done: boolean;
}

export interface TodoState {
  todos: Todo[];
  nextId: number;
  filter: 'all' | 'open' | 'done';
}

export type TodoAction =
  | { type: 'add'; title: string }
  | { type: 'toggle'; id: number }
  | { type: 'remove'; id: number }
  | { type: 'rename'; id: number; title: string }
  | { type: 'clearDone' }
  | { type: 'setFilter'; filter: 'all' | 'open' | 'done' };

export function todoReducer(state: TodoState, action: TodoAction): TodoState {
  switch (action.type) {
    case 'add': {
      const title = action.title.trim();
      if (title === '') return state;
      return { ...state, todos: [...state.todos, { id: state.nextId, title, done: false }], nextId: state.nextId + 1 };
    }
    case 'toggle':
      return { ...state, todos: state.todos.map((t) => (t.id === action.id ? { ...t, done: !t.done } : t)) };
    case 'remove':
      return { ...state, todos: state.todos.filter((t) => t.id !== action.id) };
    case 'rename':
      return { ...state, todos: state.todos.map((t) => (t.id === action.id ? { ...t, title: action.title } : t)) };
    case 'clearDone':
      return { ...state, todos: state.todos.filter((t) => !t.done) };
    case 'setFilter':
      return { ...state, filter: action.filter };
  }
}

/** The todos the current filter shows. */
export function visibleTodos(state: TodoState): Todo[] {
  if (state.filter === 'open') return state.todos.filter((t) => !t.done);
  if (state.filter === 'done') return state.todos.filter((t) => t.done);
  return state.todos;
}

/** `2 of 5 done`. */
export function progressLabel(todos: readonly Todo[]): string {
  const done = todos.filter((t) => t.done).length;
  return `${done} of ${todos.length} done`;
}

export interface CounterState {
  value: number;
  min: number;
  max: number;
}

export type CounterAction = { type: 'increment'; by?: number } | { type: 'decrement'; by?: number } | { type: 'reset' };

/** A counter that stays within its bounds. */
export function counterReducer(state: CounterState, action: CounterAction): CounterState {
  switch (action.type) {
    case 'increment':
      return { ...state, value: Math.min(state.max, state.value + (action.by ?? 1)) };
    case 'decrement':
      return { ...state, value: Math.max(state.min, state.value - (action.by ?? 1)) };
    case 'reset':
      return { ...state, value: state.min };
  }
}

export interface History<T> {
  past: T[];
  present: T;
  future: T[];
}

export type HistoryAction<T> = { type: 'set'; value: T } | { type: 'undo' } | { type: 'redo' };

/** Undo and redo over any value; `set` clears the redo stack and keeps at most 50 past values. */
export function historyReducer<T>(history: History<T>, action: HistoryAction<T>): History<T> {
  switch (action.type) {
    case 'set':
      return { past: [...history.past, history.present].slice(-50), present: action.value, future: [] };
    case 'undo': {
      if (history.past.length === 0) return history;
      const previous = history.past[history.past.length - 1];
      return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future] };
    }
    case 'redo': {
      if (history.future.length === 0) return history;
      const [next, ...rest] = history.future;
      return { past: [...history.past, history.present], present: next, future: rest };
    }
  }
}

export interface CartLine {
  sku: string;
  qty: number;
  unitCents: number;
}

export type CartAction = { type: 'add'; sku: string; unitCents: number } | { type: 'setQty'; sku: string; qty: number } | { type: 'empty' };

/** A shopping cart: adding an existing sku raises its quantity; a quantity of 0 or less removes the line. */
export function cartReducer(lines: readonly CartLine[], action: CartAction): CartLine[] {
  switch (action.type) {
    case 'add': {
      const existing = lines.find((line) => line.sku === action.sku);
      if (existing) return lines.map((line) => (line.sku === action.sku ? { ...line, qty: line.qty + 1 } : line));
      return [...lines, { sku: action.sku, qty: 1, unitCents: action.unitCents }];
    }
    case 'setQty':
      if (action.qty <= 0) return lines.filter((line) => line.sku !== action.sku);
      return lines.map((line) => (line.sku === action.sku ? { ...line, qty: action.qty } : line));
    case 'empty':
      return [];
  }
}

/** Total of a cart in cents. */
export function cartTotal(lines: readonly CartLine[]): number {
  return lines.reduce((sum, line) => sum + line.qty * line.unitCents, 0);
}
