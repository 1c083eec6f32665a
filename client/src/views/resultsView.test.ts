// The results tree glue against a stand-in `vscode`: TreeItems from the nodes, item commands that
// unwrap a node into `(uri, qualifiedName)`, the badge, and the welcome views' context keys.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('vscode', async () => (await import('./vscodeFakeApi')).vscodeModule);
import { VerdictStore } from '../state/verdictStore';
import { registerResultsView, setContextKeys } from './resultsView';
import type { ResultsNode } from './resultsTreeModel';
import { RESULTS_VIEW_ID, VIEW_COMMANDS } from './viewIds';
import { FILE, declaration, file } from './verdictFixtures';
import { fake } from './vscodeFakeApi';
import type { ThemeIcon } from './vscodeFake';

describe('the results view', () => {
  let store: VerdictStore;
  let disposables: { dispose(): void }[];

  beforeEach(() => {
    vi.useFakeTimers();
    fake.reset();
    store = new VerdictStore();
    disposables = [...registerResultsView({ store }), setContextKeys(store)];
  });
  afterEach(() => {
    for (const d of disposables) d.dispose();
    vi.useRealTimers();
  });

  const view = () => fake.treeViews.get(RESULTS_VIEW_ID)!;
  const roots = () => view().provider.getChildren() as ResultsNode[];

  it('is empty until a declaration has a state, then shows the summary and the files', () => {
    expect(roots()).toEqual([]);
    expect(fake.contexts.get('vouch.hasResults')).toBe(false);
    expect(fake.contexts.get('vouch.untrusted')).toBe(false);
    store.update(file([declaration('total', 2, 6, { state: 'failed' }), declaration('format', 8, 9)]));
    vi.advanceTimersByTime(100);
    expect(roots().map((n) => n.label)).toEqual(['1 verified · 1 failing · 0 changed · 0 unverified · 0 pending', 'src/cart.ts']);
    expect(fake.contexts.get('vouch.hasResults')).toBe(true);
    expect(view().badge).toEqual({ value: 1, tooltip: 'Vouch: 1 failing' });
  });

  it('turns a declaration into a TreeItem that reveals it, with its icon, menus and ARIA label', () => {
    store.update(file([declaration('total', 2, 6, { state: 'changed' })]));
    vi.advanceTimersByTime(100);
    const [total] = view().provider.getChildren(roots()[1]) as ResultsNode[];
    const item = view().provider.getTreeItem(total);
    expect(item.label).toBe('total');
    expect(item.description).toBe('behaviour changed');
    expect(item.contextValue).toBe('declaration changed exported');
    expect(item.accessibilityInformation).toEqual({ label: 'total: behaviour changed, AI edit' });
    expect((item.iconPath as ThemeIcon).id).toBe('warning');
    const command = item.command as { command: string; arguments: [{ toString(): string }, { selection: { start: { line: number } } }] };
    expect(command.command).toBe('vscode.open');
    expect(command.arguments[0].toString()).toBe(FILE);
    expect(command.arguments[1].selection.start.line).toBe(2);
  });

  it("runs Vouch's commands with the node's document and declaration", async () => {
    store.update(file([declaration('total', 2, 6, { state: 'changed' })]));
    vi.advanceTimersByTime(100);
    const [summary, cart] = roots();
    const [total] = view().provider.getChildren(cart) as ResultsNode[];
    await fake.registered.get(VIEW_COMMANDS.acceptChange)!(total);
    await fake.registered.get(VIEW_COMMANDS.showReport)!(cart);
    await fake.registered.get(VIEW_COMMANDS.rerun)!(summary);
    await fake.registered.get(VIEW_COMMANDS.rerun)!(); // the title bar: every file
    await fake.registered.get(VIEW_COMMANDS.generateTests)!('not a node');
    expect(fake.executed).toEqual([
      { command: 'vouch.acceptChange', args: [FILE, 'total'] },
      { command: 'vouch.showReport', args: [FILE, undefined] },
      { command: 'vouch.rerun', args: [FILE, undefined] },
      { command: 'vouch.rerun', args: [FILE, undefined] },
    ]);
  });

  it('shows nothing and sets vouch.untrusted in an untrusted workspace, until trust is granted', () => {
    fake.trusted = false;
    const untrusted = setContextKeys(store);
    store.update(file([declaration('total', 2, 6)]));
    vi.advanceTimersByTime(100);
    expect(roots()).toEqual([]);
    expect(fake.contexts.get('vouch.untrusted')).toBe(true);
    fake.trusted = true;
    fake.grantTrust.fire();
    vi.advanceTimersByTime(100);
    expect(fake.contexts.get('vouch.untrusted')).toBe(false);
    expect(roots()).toHaveLength(2);
    untrusted.dispose();
  });
});
