// Vouch's checks in the Test Explorer. Items come from the store (testItems.ts); each verdict that
// arrives is reported once as a test run (focus preserved); "Run with Vouch" reruns the chosen files
// or declarations and reports their new verdicts as they come back, or an error after a timeout.
// The items and the last result of each are readable for tests and tooling (`TestControllerProbe`).
import * as vscode from 'vscode';
import type { ExtensionParts } from '../extension';
import type { TestControllerProbe, TestItemSnapshot, TestResultRecord } from '../probes';
import type { DeclarationStatus, VerdictStore } from '../state/verdictStore';
import { coalesce } from './coalesce';
import { buildResultsTree } from './resultsTreeModel';
import { toVscodeRange, relativePath } from './resultsView';
import { RerunWatch } from './rerunWatch';
import type { Finished } from './rerunWatch';
import { TestItemIndex } from './testItems';
import type { DeclarationEntry } from './testItems';
import { checkOutcome, declarationOutcome, verdictSignature } from './testOutcomes';
import type { Outcome, OutcomeMessage } from './testOutcomes';
import { RUN_PROFILE_LABEL, TARGET_COMMANDS, TEST_CONTROLLER_ID, TEST_CONTROLLER_LABEL } from './viewIds';

export interface TestControllerOptions {
  /** How long "Run with Vouch" waits for verdicts. */
  timeoutMs?: number;
  /** How long without any sign of work after the rerun before the current states are taken as the answer. */
  quietMs?: number;
}

function toTestMessage(message: OutcomeMessage): vscode.TestMessage {
  const result = message.expected !== undefined && message.actual !== undefined
    ? vscode.TestMessage.diff(message.text, message.expected, message.actual)
    : new vscode.TestMessage(message.text);
  if (message.location) result.location = new vscode.Location(vscode.Uri.parse(message.location.uri), toVscodeRange(message.location.range));
  return result;
}

export class VouchTestController implements vscode.Disposable, TestControllerProbe {
  private readonly controller = vscode.tests.createTestController(TEST_CONTROLLER_ID, TEST_CONTROLLER_LABEL);
  private readonly index = new TestItemIndex(this.controller);
  /** The signature of the verdict last reported, by declaration item id. */
  private readonly reported = new Map<string, string>();
  /** Declarations a "Run with Vouch" run is waiting for: it reports them, not the background. */
  private readonly watched = new Set<string>();
  private readonly timeoutMs: number;
  private readonly quietMs: number;
  /** The last result reported for each item, by item id (for `snapshot`). */
  private readonly results = new Map<string, TestResultRecord>();
  private resultCount = 0;

  private lookup = (uri: string, qualifiedName: string): DeclarationStatus | undefined =>
    this.store.file(uri)?.declarations.find((d) => d.qualifiedName === qualifiedName);

  constructor(private readonly store: VerdictStore, options: TestControllerOptions = {}) {
    this.timeoutMs = options.timeoutMs ?? 120_000;
    this.quietMs = options.quietMs ?? 5_000;
    this.controller.createRunProfile(RUN_PROFILE_LABEL, vscode.TestRunProfileKind.Run, (request, token) => this.runWithVouch(request, token), true);
    this.controller.refreshHandler = () => this.update();
    this.update();
  }

  private syncItems(): void {
    this.index.sync(buildResultsTree(this.store.files(), { relativePath, trusted: vscode.workspace.isTrusted }));
  }

  /** Syncs the items with the store and reports verdicts that arrived since the last report. */
  update(): void {
    this.syncItems();
    const arrived: [DeclarationEntry, DeclarationStatus][] = [];
    const present = new Set<string>();
    for (const entry of this.index.allDeclarations()) {
      present.add(entry.item.id);
      const status = this.lookup(entry.uri, entry.qualifiedName);
      if (!status || status.state === 'pending' || this.watched.has(entry.item.id)) continue;
      const signature = verdictSignature(status);
      if (this.reported.get(entry.item.id) !== signature) arrived.push([entry, status]);
    }
    for (const id of this.reported.keys()) if (!present.has(id)) this.reported.delete(id);
    if (arrived.length === 0) return;
    const request = new vscode.TestRunRequest(arrived.map(([entry]) => entry.item), undefined, undefined, false, true);
    const run = this.controller.createTestRun(request, 'Vouch', false);
    for (const [entry, status] of arrived) this.report(run, entry, status);
    run.end();
  }

  private report(run: vscode.TestRun, entry: DeclarationEntry, status: DeclarationStatus): void {
    this.reported.set(entry.item.id, verdictSignature(status));
    const checks = status.verdict?.checks ?? [];
    checks.forEach((check, i) => {
      const item = entry.checks[i];
      if (item) this.apply(run, item, checkOutcome(entry.uri, status, check));
    });
    const own = declarationOutcome(status);
    if (own) this.apply(run, entry.item, own);
  }

  private apply(run: vscode.TestRun, item: vscode.TestItem, outcome: Outcome): void {
    run.appendOutput(`${outcome.output.replace(/\r?\n/g, '\r\n')}\r\n`, undefined, item);
    if (outcome.status === 'passed') run.passed(item, outcome.durationMs);
    else if (outcome.status === 'failed') run.failed(item, outcome.messages.map(toTestMessage), outcome.durationMs);
    else run.skipped(item);
    this.record(run, item, outcome.status, outcome.messages.map((m) => m.text));
  }

  private skip(run: vscode.TestRun, item: vscode.TestItem): void {
    run.skipped(item);
    this.record(run, item, 'skipped', []);
  }

  private record(run: vscode.TestRun, item: vscode.TestItem, status: TestResultRecord['status'], messages: string[]): void {
    this.results.set(item.id, { status, messages, run: run.name ?? '', sequence: ++this.resultCount });
  }

  snapshot(): TestItemSnapshot[] {
    const snap = (item: vscode.TestItem): TestItemSnapshot => {
      const children: TestItemSnapshot[] = [];
      item.children.forEach((child) => void children.push(snap(child)));
      const result = this.results.get(item.id);
      return { id: item.id, label: item.label, uri: item.uri?.toString(), busy: item.busy, ...(result ? { result } : {}), children };
    };
    const items: TestItemSnapshot[] = [];
    this.controller.items.forEach((item) => void items.push(snap(item)));
    return items;
  }

  private finish(run: vscode.TestRun, finished: readonly Finished[]): void {
    if (finished.length > 0) this.syncItems(); // a verdict that just arrived brings its check items
    for (const { target, status } of finished) {
      this.watched.delete(target.id);
      const entry = this.index.declaration(target.id);
      if (!entry) continue;
      if (status) this.report(run, entry, status);
      else this.skip(run, entry.item);
    }
  }

  /** "Run with Vouch": rerun the chosen declarations' files, then report each declaration's new verdict. */
  async runWithVouch(request: vscode.TestRunRequest, token: vscode.CancellationToken): Promise<void> {
    this.update();
    const excluded = new Set((request.exclude ?? []).flatMap((item) => this.index.declarationsUnder(item).map((d) => d.item.id)));
    const chosen = request.include ? request.include.flatMap((item) => this.index.declarationsUnder(item)) : this.index.allDeclarations();
    const targets = [...new Map(chosen.filter((d) => !excluded.has(d.item.id)).map((d) => [d.item.id, d])).values()];
    const run = this.controller.createTestRun(request, RUN_PROFILE_LABEL, false);
    const watch = new RerunWatch(targets.map((d) => ({ id: d.item.id, uri: d.uri, qualifiedName: d.qualifiedName })));
    for (const target of targets) {
      this.watched.add(target.item.id);
      run.enqueued(target.item);
    }
    await this.waitForVerdicts(watch, run, targets, token);
    for (const target of watch.remaining()) {
      this.watched.delete(target.id);
      const entry = this.index.declaration(target.id);
      if (!entry) continue;
      if (token.isCancellationRequested) {
        this.skip(run, entry.item);
      } else {
        const message = `Vouch gave no verdict for ${target.qualifiedName} within ${Math.round(this.timeoutMs / 1000)} s.`;
        run.errored(entry.item, new vscode.TestMessage(message));
        this.record(run, entry.item, 'errored', [message]);
      }
    }
    run.end();
  }

  /** Resolves when every target has its verdict, on cancellation, or after the timeout. */
  private waitForVerdicts(watch: RerunWatch, run: vscode.TestRun, targets: readonly DeclarationEntry[], token: vscode.CancellationToken): Promise<void> {
    return new Promise((resolve) => {
      let stopped = false;
      const timers: ReturnType<typeof setTimeout>[] = [];
      const subscriptions: vscode.Disposable[] = [];
      const stop = () => {
        if (stopped) return;
        stopped = true;
        for (const timer of timers) clearTimeout(timer);
        for (const subscription of subscriptions) subscription.dispose();
        resolve();
      };
      const settle = (finished: Finished[]) => {
        if (stopped) return;
        this.finish(run, finished);
        if (watch.done) stop();
      };
      const look = () => settle(watch.observe(this.lookup, this.store.status()));
      subscriptions.push(this.store.onDidChange(look), this.store.onDidChangeStatus(look), token.onCancellationRequested(stop));
      timers.push(setTimeout(stop, this.timeoutMs));
      void this.rerun(targets, run).then(() => {
        if (stopped) return;
        watch.arm();
        look();
        timers.push(setTimeout(() => settle(watch.settle(this.lookup)), this.quietMs));
      });
    });
  }

  /** One rerun request per file (the server verifies files), or per declaration when only one is chosen. */
  private async rerun(targets: readonly DeclarationEntry[], run: vscode.TestRun): Promise<void> {
    const byUri = new Map<string, DeclarationEntry[]>();
    for (const target of targets) byUri.set(target.uri, [...(byUri.get(target.uri) ?? []), target]);
    for (const [uri, entries] of byUri) {
      for (const entry of entries) run.started(entry.item);
      try {
        await vscode.commands.executeCommand(TARGET_COMMANDS.rerun, uri, entries.length === 1 ? entries[0]!.qualifiedName : undefined);
      } catch (error) {
        run.appendOutput(`Vouch: rerun of ${relativePath(uri)} failed: ${error instanceof Error ? error.message : String(error)}\r\n`);
      }
    }
  }

  dispose(): void {
    this.controller.dispose();
  }
}

/** The Test Explorer controller, kept in step with the store; `parts.probes.testController` when given. */
export function registerTestController(parts: Pick<ExtensionParts, 'store'> & Partial<Pick<ExtensionParts, 'probes'>>, options?: TestControllerOptions): vscode.Disposable[] {
  const controller = new VouchTestController(parts.store, options);
  if (parts.probes) parts.probes.testController = controller;
  const later = coalesce(() => controller.update(), 100);
  return [controller, later, parts.store.onDidChange(() => later.schedule()), vscode.workspace.onDidGrantWorkspaceTrust(() => later.schedule())];
}
