// The status-bar item and the AI-edit decorations against a stand-in `vscode`.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('vscode', async () => (await import('./vscodeFakeApi')).vscodeModule);
import { VerdictStore } from '../state/verdictStore';
import { registerDecorations } from './decorations';
import { registerStatusBar } from './statusBar';
import { FILE, declaration, file, range, status } from './verdictFixtures';
import { fake } from './vscodeFakeApi';
import { Uri } from './vscodeFake';

describe('the status bar item', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    fake.reset();
  });
  afterEach(() => vi.useRealTimers());

  it('shows the counts, spins while verifying, and opens the panel', () => {
    const store = new VerdictStore();
    const disposables = registerStatusBar({ store });
    const item = fake.statusBarItems[0]!;
    expect([item.id, item.visible, item.command, item.text]).toEqual(['vouch.status', true, 'vouch.showPanel', '$(shield) Vouch']);
    store.setStatus(status({ running: 1 }));
    vi.advanceTimersByTime(100);
    expect(item.text).toBe('$(loading~spin) Vouch: verifying…');
    store.setStatus(status());
    store.update(file([declaration('total', 0, 3, { state: 'failed' }), declaration('fetch', 4, 6, { state: 'unverifiable' })]));
    vi.advanceTimersByTime(100);
    expect(item.text).toBe('$(shield) Vouch: 1 failing · 1 unverified');
    expect(item.accessibilityInformation?.label).toBe('Vouch: 1 failing · 1 unverified');
    for (const d of disposables) d.dispose();
  });
});

describe('the AI-edit decorations', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    fake.reset();
  });
  afterEach(() => vi.useRealTimers());

  it('draws heads and bars by state in the visible editors of the document, with light and dark icons', () => {
    const store = new VerdictStore();
    const editor = fake.editor(FILE);
    const other = fake.editor('file:///work/shop/src/other.ts');
    fake.visibleTextEditors = [editor, other];
    const disposables = registerDecorations({ store }, Uri.parse('file:///ext') as unknown as import('vscode').Uri);
    const typeOf = (group: string, part: string) =>
      fake.decorationTypes.find((t) => String((t.options.dark as { gutterIconPath: Uri }).gutterIconPath).endsWith(`/${group}-${part}-dark.svg`))!;
    expect(fake.decorationTypes).toHaveLength(8);
    const failedHead = typeOf('failed', 'head');
    expect(String((failedHead.options.light as { gutterIconPath: Uri }).gutterIconPath)).toBe('file:///ext/media/gutter/failed-head-light.svg');
    expect((failedHead.options.overviewRulerColor as { id: string }).id).toBe('vouch.aiEdit.failed');

    store.update(file([declaration('total', 0, 5, { state: 'failed' }), declaration('format', 7, 9)], { aiRanges: [range(1, 0, 4, 0), range(8, 0, 8, 5)] }));
    vi.advanceTimersByTime(100);
    const lines = (type: { key: number }) => (editor.decorations.get(type.key) ?? []).map((r) => [r.start.line, r.end.line]);
    expect(lines(failedHead)).toEqual([[1, 1]]);
    expect(lines(typeOf('failed', 'bar'))).toEqual([[2, 3]]);
    expect(lines(typeOf('verified', 'head'))).toEqual([[8, 8]]);
    expect(lines(typeOf('pending', 'head'))).toEqual([]);
    expect(other.decorations.get(failedHead.key)).toEqual([]);

    // An editor that becomes visible gets the decorations too.
    const again = fake.editor(FILE);
    fake.visibleTextEditors = [again];
    fake.visibleEditorsChanged.fire([again]);
    vi.advanceTimersByTime(100);
    expect((again.decorations.get(failedHead.key) ?? []).length).toBe(1);
    for (const d of disposables) d.dispose();
  });

  it('keeps what it drew in each document for tests and tooling (probes.decorations)', () => {
    const store = new VerdictStore();
    fake.visibleTextEditors = [fake.editor(FILE)];
    const probes: import('../probes').ExtensionProbes = {};
    const disposables = registerDecorations({ store, probes }, Uri.parse('file:///ext') as unknown as import('vscode').Uri);
    store.update(file([declaration('total', 0, 5, { state: 'pending' })], { aiRanges: [range(1, 0, 4, 0)] }));
    vi.advanceTimersByTime(100);
    store.update(file([declaration('total', 0, 5, { state: 'failed' })], { version: 2, aiRanges: [range(1, 0, 4, 0)] }));
    vi.advanceTimersByTime(100);
    const history = probes.decorations!.history(FILE);
    expect(history.map((drawn) => drawn.redraw)).toEqual([1, 2, 3]);
    expect(history[0]!.groups.pending).toEqual({ heads: [], bars: [] });
    expect(history[1]!.groups.pending).toEqual({ heads: [[1, 1]], bars: [[2, 3]] });
    expect(history[2]!.groups).toEqual({ pending: { heads: [], bars: [] }, verified: { heads: [], bars: [] }, failed: { heads: [[1, 1]], bars: [[2, 3]] }, marked: { heads: [], bars: [] } });
    expect(probes.decorations!.history('file:///work/shop/src/hidden.ts')).toEqual([]);
    for (const d of disposables) d.dispose();
  });
});
