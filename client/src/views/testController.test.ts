// The Test Explorer glue against a stand-in `vscode`: items follow the store, verdicts are
// reported once, and "Run with Vouch" reruns and waits for the new verdicts.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('vscode', async () => (await import('./vscodeFakeApi')).vscodeModule);
import { VerdictStore } from '../state/verdictStore';
import { registerTestController } from './testController';
import { FILE, check, declaration, file, finding, status } from './verdictFixtures';
import { fake } from './vscodeFakeApi';
import type { FakeTestController, FakeTestItem, FakeTestRun } from './vscodeFake';

const TOTAL = `decl:${FILE}#total`;
const FORMAT = `decl:${FILE}#format`;
const failedTotal = () => declaration('total', 2, 6, { state: 'failed' }, {
  checks: [check({ kind: 'crash', status: 'failed', finding: finding({ expected: '0', actual: 'TypeError' }) }), check({ kind: 'contract' })],
});

function ids(items: { all(): FakeTestItem[] }): string[] {
  return items.all().map((i) => i.id);
}

describe('the Test Explorer controller', () => {
  let store: VerdictStore;
  let controller: FakeTestController;
  let disposables: { dispose(): void }[];

  beforeEach(() => {
    vi.useFakeTimers();
    fake.reset();
    store = new VerdictStore();
    disposables = registerTestController({ store }, { timeoutMs: 10_000, quietMs: 1_000 });
    controller = fake.controllers[0]!;
  });
  afterEach(() => {
    for (const d of disposables) d.dispose();
    vi.useRealTimers();
  });

  it('builds file → declaration → check items from the store, and removes the ones that are gone', () => {
    store.update(file([failedTotal(), declaration('format', 8, 9, { state: 'pending' })]));
    vi.advanceTimersByTime(200);
    expect(ids(controller.items)).toEqual([`file:${FILE}`]);
    const cart = controller.items.get(`file:${FILE}`)!;
    expect(cart.label).toBe('src/cart.ts');
    expect(ids(cart.children)).toEqual([TOTAL, FORMAT]);
    expect(cart.children.get(FORMAT)!.busy).toBe(true);
    expect(ids(cart.children.get(TOTAL)!.children)).toEqual([`check:${FILE}#total#crash`, `check:${FILE}#total#contract`]);
    store.update(file([failedTotal()], { version: 2 }));
    vi.advanceTimersByTime(200);
    expect(ids(cart.children)).toEqual([TOTAL]);
  });

  it('reports each arriving verdict once, in a run that keeps the focus', () => {
    store.update(file([failedTotal()]));
    vi.advanceTimersByTime(200);
    expect(controller.runs).toHaveLength(1);
    const run = controller.runs[0]!;
    expect(run.request.preserveFocus).toBe(true);
    expect(run.ended).toBe(true);
    expect(run.outcomes()).toEqual([`failed check:${FILE}#total#crash`, `passed check:${FILE}#total#contract`]);
    const message = run.events.find((e) => e.op === 'failed')!.messages![0]!;
    expect([message.expectedOutput, message.actualOutput]).toEqual(['0', 'TypeError']);
    expect(message.location?.range.start.line).toBe(2);
    store.update(file([failedTotal()], { version: 2 }));
    vi.advanceTimersByTime(200);
    expect(controller.runs).toHaveLength(1);
  });

  it('runs with Vouch: reruns the chosen declaration and reports its new verdict when it leaves pending', async () => {
    store.update(file([failedTotal(), declaration('format', 8, 9)]));
    vi.advanceTimersByTime(200);
    const item = controller.items.get(`file:${FILE}`)!.children.get(TOTAL)!;
    const profile = controller.profiles[0]!;
    expect([profile.label, profile.isDefault]).toEqual(['Run with Vouch', true]);
    const running = profile.handler(new (await import('./vscodeFake')).TestRunRequest([item]), { isCancellationRequested: false, onCancellationRequested: () => ({ dispose() {} }) });
    await vi.advanceTimersByTimeAsync(0);
    expect(fake.executed).toEqual([{ command: 'vouch.rerun', args: [FILE, 'total'] }]);
    store.update(file([declaration('total', 2, 6, { state: 'pending' }), declaration('format', 8, 9)], { version: 2 }));
    store.update(file([declaration('total', 2, 6, {}, { durationMs: 50 }), declaration('format', 8, 9)], { version: 3 }));
    await running;
    const run = controller.runs.at(-1)! as FakeTestRun;
    expect(run.name).toBe('Run with Vouch');
    expect(run.ended).toBe(true);
    expect(run.outcomes()).toEqual([`enqueued ${TOTAL}`, `started ${TOTAL}`, `passed check:${FILE}#total#crash`, `passed check:${FILE}#total#behavior-change`]);
    // The background reporter leaves that verdict alone: it was reported by the run.
    const runs = controller.runs.length;
    vi.advanceTimersByTime(200);
    expect(controller.runs.length).toBe(runs);
  });

  it('runs with Vouch: a declaration that never goes pending is done when the server is idle again, and reported by the run only', async () => {
    store.update(file([failedTotal()]));
    vi.advanceTimersByTime(200);
    const { TestRunRequest } = await import('./vscodeFake');
    const running = controller.profiles[0]!.handler(new TestRunRequest([controller.items.get(`file:${FILE}`)!]), { isCancellationRequested: false, onCancellationRequested: () => ({ dispose() {} }) });
    await vi.advanceTimersByTimeAsync(0);
    expect(fake.executed).toEqual([{ command: 'vouch.rerun', args: [FILE, 'total'] }]);
    store.setStatus(status({ running: 1 }));
    // A new verdict arrives while the run waits: the background reporter must not report it too.
    store.update(file([declaration('total', 2, 6, {}, { durationMs: 77 })], { version: 2 }));
    await vi.advanceTimersByTimeAsync(200);
    expect(controller.runs.filter((r) => r.name === 'Vouch')).toHaveLength(1);
    store.setStatus(status());
    await running;
    const run = controller.runs.at(-1)!;
    expect(run.name).toBe('Run with Vouch');
    expect(run.outcomes()).toEqual([`enqueued ${TOTAL}`, `started ${TOTAL}`, `passed check:${FILE}#total#crash`, `passed check:${FILE}#total#behavior-change`]);
  });

  it('shows its items and the last result of each to tests and tooling (probes.testController)', async () => {
    disposables.forEach((d) => d.dispose());
    const probes: import('../probes').ExtensionProbes = {};
    disposables = registerTestController({ store, probes }, { timeoutMs: 10_000, quietMs: 1_000 });
    controller = fake.controllers.at(-1)!;
    store.update(file([failedTotal()]));
    vi.advanceTimersByTime(200);
    const [cart] = probes.testController!.snapshot();
    expect([cart!.id, cart!.label, cart!.uri, cart!.result]).toEqual([`file:${FILE}`, 'src/cart.ts', FILE, undefined]);
    const checks = cart!.children[0]!.children;
    expect(checks.map((c) => [c.label, c.result?.status, c.result?.run, c.result?.sequence])).toEqual([['crash', 'failed', 'Vouch', 1], ['contract', 'passed', 'Vouch', 2]]);
    expect(checks[0]!.result!.messages[0]).toMatch(/^total throws TypeError/);

    const running = controller.profiles[0]!.handler(new (await import('./vscodeFake')).TestRunRequest(), { isCancellationRequested: false, onCancellationRequested: () => ({ dispose() {} }) });
    await vi.advanceTimersByTimeAsync(0);
    store.update(file([declaration('total', 2, 6, { state: 'pending' })], { version: 2 }));
    await vi.advanceTimersByTimeAsync(10_000);
    await running;
    const total = probes.testController!.snapshot()[0]!.children[0]!;
    expect([total.result?.status, total.result?.run, total.result?.messages]).toEqual(['errored', 'Run with Vouch', ['Vouch gave no verdict for total within 10 s.']]);
  });

  it('reports an error for a declaration that gets no verdict in time', async () => {
    store.update(file([failedTotal()]));
    vi.advanceTimersByTime(200);
    const running = controller.profiles[0]!.handler(new (await import('./vscodeFake')).TestRunRequest(), { isCancellationRequested: false, onCancellationRequested: () => ({ dispose() {} }) });
    await vi.advanceTimersByTimeAsync(0);
    expect(fake.executed).toEqual([{ command: 'vouch.rerun', args: [FILE, 'total'] }]);
    store.update(file([declaration('total', 2, 6, { state: 'pending' })], { version: 2 }));
    await vi.advanceTimersByTimeAsync(10_000);
    await running;
    const run = controller.runs.at(-1)!;
    expect(run.outcomes().at(-1)).toBe(`errored ${TOTAL}`);
    expect(run.events.at(-1)!.messages![0]!.message).toBe('Vouch gave no verdict for total within 10 s.');
  });
});
