// media/panel/panel.js runs in the webview; here it runs in a bare VM context with just what it
// touches, to pin what it sends: `{ command, uri, qualifiedName? }` from a button's data attributes,
// and nothing for anything else.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';

const SCRIPT = readFileSync(path.resolve(__dirname, '../../../media/panel/panel.js'), 'utf8');

type Listener = (event: { target: unknown }) => void;

class FakeElement {
  id = '';
  tagName = 'BUTTON';
  focused = false;
  constructor(
    private readonly attributes: Record<string, string>,
    private readonly button?: FakeElement,
  ) {}
  getAttribute(name: string): string | null {
    return this.attributes[name] ?? null;
  }
  /** A child (the icon) inside a button: closest() finds the button. */
  closest(selector: string): FakeElement | null {
    if (selector === '.declaration') return null;
    expect(selector).toBe('button[data-command]');
    if (this.button) return this.button;
    return 'data-command' in this.attributes ? this : null;
  }
  focus(): void {
    this.focused = true;
  }
}

function loadScript(options: { pageUri?: string; state?: unknown; elements?: Record<string, FakeElement>; hasFocus?: boolean } = {}) {
  const posted: unknown[] = [];
  let saved: unknown = options.state;
  const listeners: Record<string, Listener[]> = {};
  const main = new FakeElement({ 'data-uri': options.pageUri ?? 'file:///a.ts' });
  const windowListeners: Record<string, (() => void)[]> = {};
  const document = {
    activeElement: null,
    hasFocus: () => options.hasFocus ?? false,
    getElementById: (id: string) => (id === 'vouch-panel' ? main : (options.elements?.[id] ?? null)),
    addEventListener: (type: string, listener: Listener) => (listeners[type] ??= []).push(listener),
  };
  const window = { addEventListener: (type: string, listener: () => void) => (windowListeners[type] ??= []).push(listener), scrollTo: () => undefined, scrollY: 0 };
  const acquireVsCodeApi = () => ({ postMessage: (m: unknown) => posted.push(m), getState: () => saved, setState: (s: unknown) => (saved = s) });
  runInNewContext(SCRIPT, { document, window, acquireVsCodeApi, setTimeout, clearTimeout });
  const click = (target: unknown) => listeners['click'].forEach((l) => l({ target }));
  const focusIn = (target: unknown) => listeners['focusin'].forEach((l) => l({ target }));
  /** VS Code focuses the new frame (only when the old one had the focus). */
  const windowFocus = () => windowListeners['focus']?.forEach((l) => l());
  return { posted, click, focusIn, windowFocus, state: () => saved };
}

describe('the panel script', () => {
  it('sends the command, document and declaration of the button clicked, also when the icon inside it is the target', () => {
    const { posted, click } = loadScript();
    const accept = new FakeElement({ 'data-command': 'vouch.acceptChange', 'data-uri': 'file:///a.ts', 'data-qualified-name': 'Cart.total' });
    click(accept);
    click(new FakeElement({}, accept));
    click(new FakeElement({ 'data-command': 'vouch.rerun', 'data-uri': 'file:///a.ts' }));
    expect(posted).toEqual([
      { command: 'vouch.acceptChange', uri: 'file:///a.ts', qualifiedName: 'Cart.total' },
      { command: 'vouch.acceptChange', uri: 'file:///a.ts', qualifiedName: 'Cart.total' },
      { command: 'vouch.rerun', uri: 'file:///a.ts' },
    ]);
  });

  it('sends nothing for other clicks, unknown commands or a button without a document', () => {
    const { posted, click } = loadScript();
    click(null);
    click({});
    click(new FakeElement({ 'data-uri': 'file:///a.ts' }));
    click(new FakeElement({ 'data-command': 'workbench.action.terminal.new', 'data-uri': 'file:///a.ts' }));
    click(new FakeElement({ 'data-command': 'vouch.rerun' }));
    expect(posted).toEqual([]);
  });

  it('gives the focus back to the same button after a re-render of the same file, once VS Code focuses the new page', () => {
    const button = new FakeElement({});
    button.id = 'decl-total-rerun';
    const first = loadScript({ elements: { 'decl-total-rerun': button } });
    first.focusIn(button);
    const second = loadScript({ state: first.state(), elements: { 'decl-total-rerun': button } });
    expect(button.focused).toBe(false); // the new page is still hidden
    second.windowFocus();
    expect(button.focused).toBe(true);
    const focusedPage = new FakeElement({});
    loadScript({ state: first.state(), elements: { 'decl-total-rerun': focusedPage }, hasFocus: true });
    expect(focusedPage.focused).toBe(true);
  });

  it('focuses the first button of the same declaration when the focused one is gone (Accept, once accepted)', () => {
    const accept = new FakeElement({});
    accept.id = 'decl-total-acceptChange';
    const declaration = new FakeElement({});
    declaration.id = 'decl-total';
    accept.closest = (selector: string) => (selector === '.declaration' ? declaration : null);
    const first = loadScript({ elements: { 'decl-total-acceptChange': accept } });
    first.focusIn(accept);
    const rerun = new FakeElement({});
    const rerendered = new FakeElement({});
    Object.assign(rerendered, { querySelector: (selector: string) => (selector === 'button' ? rerun : null) });
    loadScript({ state: first.state(), elements: { 'decl-total': rerendered }, hasFocus: true });
    expect(rerun.focused).toBe(true);
  });

  it('leaves the focus alone when the user was not in the panel, or the panel shows another file', () => {
    const elsewhere = new FakeElement({});
    loadScript({ state: { uri: 'file:///a.ts', focusId: 'decl-total-rerun', hadFocus: false }, elements: { 'decl-total-rerun': elsewhere } }).windowFocus();
    expect(elsewhere.focused).toBe(false);
    const otherFile = new FakeElement({});
    loadScript({ pageUri: 'file:///b.ts', state: { uri: 'file:///a.ts', focusId: 'decl-total-rerun', hadFocus: true }, elements: { 'decl-total-rerun': otherFile } }).windowFocus();
    expect(otherFile.focused).toBe(false);
  });
});
