// The namespaces of the `vscode` stand-in (commands, workspace, window, tests) and what they
// record. Use in a test file:
//   vi.mock('vscode', async () => (await import('./vscodeFakeApi')).vscodeModule);
// and reset with `fake.reset()` before each test. Only tests import this file.
import * as classes from './vscodeFake';

type Handler = (...args: unknown[]) => unknown;

export interface FakeEditor {
  document: { uri: classes.Uri; version: number };
  /** The last ranges set per decoration type, by the type's key. */
  decorations: Map<number, classes.Range[]>;
  setDecorations(type: { key: number }, ranges: classes.Range[]): void;
}

export interface FakeTreeView {
  provider: { getChildren(node?: unknown): unknown[]; getTreeItem(node: unknown): classes.TreeItem; onDidChangeTreeData: unknown };
  badge?: { value: number; tooltip: string };
  dispose(): void;
}

export interface FakeStatusBarItem {
  id: string;
  text: string;
  tooltip?: classes.MarkdownString;
  command?: string;
  name?: string;
  accessibilityInformation?: { label: string };
  visible: boolean;
  show(): void;
  dispose(): void;
}

function createState() {
  return {
    trusted: true,
    /** Commands run through `executeCommand`, with their arguments. */
    executed: [] as { command: string; args: unknown[] }[],
    /** Handlers of `executeCommand` by command id (answers undefined otherwise). */
    answers: new Map<string, Handler>(),
    registered: new Map<string, Handler>(),
    contexts: new Map<string, unknown>(),
    controllers: [] as classes.FakeTestController[],
    treeViews: new Map<string, FakeTreeView>(),
    statusBarItems: [] as FakeStatusBarItem[],
    decorationTypes: [] as { key: number; options: Record<string, unknown> }[],
    visibleTextEditors: [] as FakeEditor[],
    grantTrust: new classes.EventEmitter<void>(),
    visibleEditorsChanged: new classes.EventEmitter<FakeEditor[]>(),
  };
}

export const fake = {
  ...createState(),
  reset(): void {
    Object.assign(fake, createState());
  },
  editor(uri: string): FakeEditor {
    const decorations = new Map<number, classes.Range[]>();
    return { document: { uri: classes.Uri.parse(uri), version: 1 }, decorations, setDecorations: (type, ranges) => decorations.set(type.key, ranges) };
  },
};

const none = { dispose() {} };

export const vscodeModule = {
  ...classes,
  commands: {
    executeCommand: async (command: string, ...args: unknown[]) => {
      if (command === 'setContext') {
        fake.contexts.set(String(args[0]), args[1]);
        return undefined;
      }
      fake.executed.push({ command, args });
      return (fake.registered.get(command) ?? fake.answers.get(command))?.(...args);
    },
    registerCommand: (command: string, handler: Handler) => {
      fake.registered.set(command, handler);
      return { dispose: () => fake.registered.delete(command) };
    },
  },
  workspace: {
    get isTrusted() {
      return fake.trusted;
    },
    workspaceFolders: [{ uri: classes.Uri.parse('file:///work/shop'), name: 'shop', index: 0 }],
    asRelativePath: (uri: classes.Uri) => uri.toString().replace('file:///work/shop/', ''),
    onDidGrantWorkspaceTrust: (listener: () => void) => fake.grantTrust.event(listener),
    onDidChangeWorkspaceFolders: () => none,
  },
  window: {
    get visibleTextEditors() {
      return fake.visibleTextEditors;
    },
    onDidChangeVisibleTextEditors: (listener: (editors: FakeEditor[]) => void) => fake.visibleEditorsChanged.event(listener),
    createTreeView: (id: string, options: { treeDataProvider: FakeTreeView['provider'] }) => {
      const view: FakeTreeView = { provider: options.treeDataProvider, dispose: () => fake.treeViews.delete(id) };
      fake.treeViews.set(id, view);
      return view;
    },
    createStatusBarItem: (id: string) => {
      const item: FakeStatusBarItem = { id, text: '', visible: false, show: () => (item.visible = true), dispose: () => (item.visible = false) };
      fake.statusBarItems.push(item);
      return item;
    },
    createTextEditorDecorationType: (options: Record<string, unknown>) => {
      const type = { key: fake.decorationTypes.length, options, dispose() {} };
      fake.decorationTypes.push(type);
      return type;
    },
  },
  tests: {
    createTestController: (id: string, label: string) => {
      const controller = new classes.FakeTestController(id, label);
      fake.controllers.push(controller);
      return controller;
    },
  },
};
