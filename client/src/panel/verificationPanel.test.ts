// The panel's wiring against a small fake of the `vscode` API: what it renders when the store or
// the active editor changes, and which messages from the page reach the commands.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FileVerdicts, StatusParams } from '../../../shared/src/protocol';
import { FILE_URI, changedDiscount, fileVerdicts, verifiedSize } from './panelFixtures';

const fake = vi.hoisted(() => {
  class Emitter<T> {
    private listeners: ((value: T) => void)[] = [];
    readonly event = (listener: (value: T) => void) => {
      this.listeners.push(listener);
      return { dispose: () => (this.listeners = this.listeners.filter((l) => l !== listener)) };
    };
    fire(value: T): void {
      for (const l of [...this.listeners]) l(value);
    }
  }
  class Uri {
    readonly scheme: string;
    readonly fsPath: string;
    constructor(private readonly text: string) {
      this.scheme = text.slice(0, text.indexOf(':'));
      this.fsPath = text.replace(/^file:\/\//, '');
    }
    toString(): string {
      return this.text;
    }
    static parse(text: string): Uri {
      return new Uri(text);
    }
    static joinPath(base: Uri, ...parts: string[]): Uri {
      return new Uri([base.toString(), ...parts].join('/'));
    }
  }
  const parse = Uri.parse;
  class TabInputText {
    constructor(readonly uri: { toString(): string }) {}
  }
  const editor = (uri: string, languageId: string) => ({ document: { uri: parse(uri), languageId } });
  return {
    Emitter,
    editor,
    activeEditor: new Emitter<unknown>(),
    tabs: new Emitter<unknown>(),
    trust: new Emitter<void>(),
    state: { active: editor('file:///work/app/src/cart.ts', 'typescript') as unknown, openTabs: ['file:///work/app/src/cart.ts'], trusted: true },
    executed: [] as unknown[][],
    commands: new Map<string, (...args: unknown[]) => unknown>(),
    providers: new Map<string, unknown>(),
    vscode: {
      Uri,
      TabInputText,
      TabInputTextDiff: class {},
      window: {
        get activeTextEditor() {
          return fake.state.active;
        },
        onDidChangeActiveTextEditor: (l: (e: unknown) => void) => fake.activeEditor.event(l),
        tabGroups: {
          get all() {
            return [{ tabs: fake.state.openTabs.map((uri) => ({ input: new TabInputText(parse(uri)) })) }];
          },
          onDidChangeTabs: (l: (e: unknown) => void) => fake.tabs.event(l),
        },
        registerWebviewViewProvider: (id: string, provider: unknown) => (fake.providers.set(id, provider), { dispose() {} }),
      },
      workspace: {
        get isTrusted() {
          return fake.state.trusted;
        },
        asRelativePath: (uri: { toString(): string }) => uri.toString().replace('file:///work/app/', ''),
        onDidGrantWorkspaceTrust: (l: () => void) => fake.trust.event(l),
      },
      commands: {
        registerCommand: (id: string, run: (...args: unknown[]) => unknown) => (fake.commands.set(id, run), { dispose() {} }),
        executeCommand: async (...args: unknown[]) => void fake.executed.push(args),
      },
    },
  };
});
vi.mock('vscode', () => fake.vscode);

const { registerVerificationPanel } = await import('./verificationPanel');

function fakeStore(files: FileVerdicts[]) {
  const changed = new fake.Emitter<string | undefined>();
  const status = new fake.Emitter<StatusParams>();
  const byUri = new Map(files.map((f) => [f.uri, f]));
  return {
    onDidChange: changed.event,
    onDidChangeStatus: status.event,
    file: (uri: string) => byUri.get(uri),
    status: () => ({ running: 0, queued: 0, trusted: true, enabled: true }),
    update(verdicts: FileVerdicts) {
      byUri.set(verdicts.uri, verdicts);
      changed.fire(verdicts.uri);
    },
  };
}

function fakeView() {
  const message = new fake.Emitter<unknown>();
  return {
    visible: true,
    description: undefined as string | undefined,
    shown: 0,
    post: (data: unknown) => message.fire(data),
    show() {
      this.shown++;
    },
    onDidChangeVisibility: () => ({ dispose() {} }),
    onDidDispose: () => ({ dispose() {} }),
    webview: {
      html: '',
      options: undefined as unknown,
      cspSource: 'vscode-webview-resource:',
      asWebviewUri: (uri: { toString(): string }) => uri,
      onDidReceiveMessage: message.event,
    },
  };
}

let disposeAll: (() => void) | undefined;

function setUp({ files = [fileVerdicts([changedDiscount])], resolve = true } = {}) {
  const store = fakeStore(files);
  const output = { warn: vi.fn(), debug: vi.fn(), error: vi.fn() };
  const parts = { store, output } as unknown as Parameters<typeof registerVerificationPanel>[0];
  const disposables = registerVerificationPanel(parts, { extensionUri: fake.vscode.Uri.parse('file:///ext') as never });
  disposeAll = () => disposables.forEach((d) => d.dispose());
  const view = fakeView();
  if (resolve) (fake.providers.get('vouch.panel') as { resolveWebviewView(v: unknown): void }).resolveWebviewView(view);
  return { store, output, view };
}

describe('the verification panel', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    fake.executed.length = 0;
    fake.state.active = fake.editor(FILE_URI, 'typescript');
    fake.state.openTabs = [FILE_URI];
  });
  afterEach(() => {
    disposeAll?.();
    vi.useRealTimers();
  });

  it('shows the active TypeScript file under its own media folder, scripts on, and follows the store for that file only', () => {
    const { store, view } = setUp();
    expect(view.webview.options).toMatchObject({ enableScripts: true, localResourceRoots: [{ fsPath: '/ext/media' }] });
    expect(view.webview.html).toContain('data-qualified-name="Cart.discount"');
    expect(view.description).toBe('cart.ts');
    const first = view.webview.html;
    store.update({ ...fileVerdicts([]), uri: 'file:///work/app/src/other.ts' });
    vi.advanceTimersByTime(100);
    expect(view.webview.html).toBe(first);
    store.update(fileVerdicts([changedDiscount, verifiedSize]));
    vi.advanceTimersByTime(100);
    expect(view.webview.html).toContain('data-qualified-name="Cart.size"');
    const nonce = (html: string) => /'nonce-([A-Za-z0-9+/=]+)/.exec(html.replaceAll('&#39;', "'"))?.[1];
    expect(nonce(view.webview.html)).toMatch(/^[A-Za-z0-9+/=]{16,}$/);
    expect(nonce(view.webview.html)).not.toBe(nonce(first));
  });

  it('keeps the file while the output panel is focused, and says when no TypeScript file is active', () => {
    const { view } = setUp();
    fake.activeEditor.fire(fake.editor('output:extension-output-vouch', 'log'));
    vi.advanceTimersByTime(100);
    expect(view.webview.html).toContain('data-kind="file"');
    fake.activeEditor.fire(fake.editor('file:///work/app/README.md', 'markdown'));
    vi.advanceTimersByTime(100);
    expect(view.webview.html).toContain('No TypeScript file is active');
    fake.activeEditor.fire(fake.editor(FILE_URI, 'typescript'));
    vi.advanceTimersByTime(100);
    fake.state.openTabs = [];
    fake.tabs.fire({});
    vi.advanceTimersByTime(100);
    expect(view.webview.html).toContain('data-empty="no-file"');
  });

  it('runs an offered action with (uri, qualifiedName), and ignores anything else', async () => {
    const { view, output } = setUp();
    view.post({ command: 'vouch.acceptChange', uri: FILE_URI, qualifiedName: 'Cart.discount' });
    view.post({ command: 'workbench.action.terminal.new', uri: FILE_URI });
    view.post({ command: 'vouch.acceptChange', uri: FILE_URI, qualifiedName: 'Cart.size' });
    await Promise.resolve();
    expect(fake.executed).toEqual([['vouch.acceptChange', FILE_URI, 'Cart.discount']]);
    const ignored = output.warn.mock.calls.filter(([text]) => String(text).includes('ignored a message'));
    expect(ignored.map(([text]) => text)).toEqual([
      'Verification panel: ignored a message from the page: unknown command "workbench.action.terminal.new"',
      'Verification panel: ignored a message from the page: vouch.acceptChange is not offered for Cart.size now',
    ]);
  });

  it('reveals itself with vouch.showPanel, through the view\'s focus command before it was ever shown', async () => {
    setUp({ resolve: false });
    await fake.commands.get('vouch.showPanel')!();
    expect(fake.executed).toEqual([['vouch.panel.focus']]);
    disposeAll?.();
    const { view } = setUp();
    await fake.commands.get('vouch.showPanel')!();
    expect(view.shown).toBe(1);
  });
});
