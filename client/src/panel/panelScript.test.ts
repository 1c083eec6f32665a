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
    expect(selector).toBe('button[data-command]');
    if (this.button) return this.button;
    return 'data-command' in this.attributes ? this : null;
  }
  focus(): void {
    this.focused = true;
  }
}

function loadScript(options: { pageUri?: string; state?: unknown; elements?: Record<string, FakeElement> } = {}) {
  const posted: unknown[] = [];
  let saved: unknown = options.state;
  const listeners: Record<string, Listener[]> = {};
  const main = new FakeElement({ 'data-uri': options.pageUri ?? 'file:///a.ts' });
  const document = {
    getElementById: (id: string) => (id === 'vouch-panel' ? main : (options.elements?.[id] ?? null)),
    addEventListener: (type: string, listener: Listener) => (listeners[type] ??= []).push(listener),
  };
  const window = { addEventListener: () => undefined, scrollTo: () => undefined, scrollY: 0 };
  const acquireVsCodeApi = () => ({ postMessage: (m: unknown) => posted.push(m), getState: () => saved, setState: (s: unknown) => (saved = s) });
  runInNewContext(SCRIPT, { document, window, acquireVsCodeApi, setTimeout, clearTimeout });
  const click = (target: unknown) => listeners['click'].forEach((l) => l({ target }));
  const focusIn = (target: unknown) => listeners['focusin'].forEach((l) => l({ target }));
  return { posted, click, focusIn, state: () => saved };
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

  it('gives the focus back to the same button after a re-render of the same file, only if the user was in the panel', () => {
    const button = new FakeElement({});
    const first = loadScript({ elements: { 'decl-total-rerun': button } });
    button.id = 'decl-total-rerun';
    first.focusIn(button);
    loadScript({ state: first.state(), elements: { 'decl-total-rerun': button } });
    expect(button.focused).toBe(true);

    const elsewhere = new FakeElement({});
    loadScript({ state: { uri: 'file:///a.ts', focusId: 'decl-total-rerun', hadFocus: false }, elements: { 'decl-total-rerun': elsewhere } });
    expect(elsewhere.focused).toBe(false);
    const otherFile = new FakeElement({});
    loadScript({ pageUri: 'file:///b.ts', state: { uri: 'file:///a.ts', focusId: 'decl-total-rerun', hadFocus: true }, elements: { 'decl-total-rerun': otherFile } });
    expect(otherFile.focused).toBe(false);
  });
});
