// When and what to verify. Edits are debounced per document; one verification runs at a time (one
// runner), the active document first; an edit to the document being verified makes that run stale:
// it is abandoned (its verdicts ignored) and the document is verified again after the debounce.
// Verdicts stream to the editor as declarations finish. Each run uses its folder's vouch.config.json:
// a file it excludes is not verified (the reason is logged and shown over AI edits), and its
// sandbox allowances go with the run.
import type { Range } from 'vscode-languageserver';
import { exclusionReason } from '../core/config/projectConfig';
import type { ProjectConfig } from '../core/config/projectConfig';
import type { Engine } from '../core/engine';
import { isVouchError } from '../core/errors';
import type { Logger } from '../core/logger';
import type { Verdict } from '../core/model';
import type { VouchSettings } from '../../../shared/src/settings';
import type { DocumentState } from './documentState';

export interface AiMarks {
  rangesOf(uri: string): Range[];
  touchedDeclarations(uri: string, declarations: readonly { qualifiedName: string; range: Range }[]): string[];
}

export interface Progress {
  report(message: string): void;
  done(): void;
}

export interface SchedulerDeps {
  engine: Engine;
  states: ReadonlyMap<string, DocumentState>;
  settingsFor(uri: string): Promise<VouchSettings>;
  /** The configuration of the document's folder, as it is on disk now. */
  projectOf(uri: string): ProjectConfig | undefined;
  aiMarks: AiMarks;
  isTrusted(): boolean;
  /** Diagnostics, verdicts and lenses of a document changed. */
  publish(uri: string): void;
  status(running: number, queued: number): void;
  /** Work-done progress for a long run, or undefined when the client does not support it. */
  startProgress(title: string): Promise<Progress | undefined>;
  logger: Logger;
}

/** A run still going after this long shows LSP work-done progress. */
const PROGRESS_AFTER_MS = 400;

export function declarationRanges(state: DocumentState): { qualifiedName: string; range: Range }[] {
  return state.outline.map((e) => ({
    qualifiedName: e.qualifiedName,
    range: { start: { line: e.span.startLine - 1, character: e.span.startColumn - 1 }, end: { line: e.span.endLine - 1, character: e.span.endColumn - 1 } },
  }));
}

export class VerificationScheduler {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly ready = new Set<string>();
  private readonly forced = new Set<string>();
  private running: { uri: string; controller: AbortController } | undefined;
  private active: string | undefined;
  /** Why each excluded document is not verified, as last logged. */
  private readonly excluded = new Map<string, string>();

  constructor(private readonly deps: SchedulerDeps) {}

  /** Verify `uri` after `delayMs` without further edits; an edit to it makes a run in progress stale. */
  schedule(uri: string, delayMs: number): void {
    clearTimeout(this.timers.get(uri));
    this.ready.delete(uri);
    if (this.running?.uri === uri) this.running.controller.abort();
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        this.ready.add(uri);
        void this.pump();
      }, delayMs),
    );
    this.reportStatus();
  }

  /** Verify again now, ignoring cached verdicts. */
  rerun(uri: string): void {
    this.forced.add(uri);
    this.schedule(uri, 0);
  }

  setActive(uri: string | undefined): void {
    this.active = uri;
  }

  forget(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.ready.delete(uri);
    if (this.running?.uri === uri) this.running.controller.abort();
    this.excluded.delete(uri);
  }

  private reportStatus(): void {
    this.deps.status(this.running ? 1 : 0, this.ready.size + this.timers.size);
  }

  private async pump(): Promise<void> {
    if (this.running || this.ready.size === 0) return;
    const uri = this.active && this.ready.has(this.active) ? this.active : this.ready.values().next().value!;
    this.ready.delete(uri);
    const controller = new AbortController();
    this.running = { uri, controller };
    this.reportStatus();
    try {
      await this.run(uri, controller.signal);
    } finally {
      this.running = undefined;
      this.reportStatus();
      void this.pump();
    }
  }

  private async run(uri: string, signal: AbortSignal): Promise<void> {
    const { deps } = this;
    const state = deps.states.get(uri);
    if (!state || state.skipped) return;
    const settings = await deps.settingsFor(uri);
    if (!settings.enable || !deps.isTrusted()) {
      state.pending.clear();
      deps.publish(uri);
      return;
    }
    const project = deps.projectOf(uri);
    if (signal.aborted) return;
    const exclusion = project && exclusionReason(project, state.file);
    if (exclusion) {
      if (this.excluded.get(uri) !== exclusion) deps.logger.info(`Vouch is not verifying ${state.file}: ${exclusion}`);
      this.excluded.set(uri, exclusion);
      state.pending.clear();
      state.verdicts.clear();
      deps.publish(uri);
      return;
    }
    this.excluded.delete(uri);
    const only = settings.mode === 'aiEdits' ? deps.aiMarks.touchedDeclarations(uri, declarationRanges(state)) : undefined;
    if (only && only.length === 0) {
      state.pending.clear();
      deps.publish(uri);
      return;
    }
    const hashes = new Map(state.outline.map((e) => [e.qualifiedName, e.codeHash]));
    const fresh = new Set(state.fresh().map((e) => e.verdict.declaration.qualifiedName));
    state.pending = new Set(only ?? state.outline.map((e) => e.qualifiedName).filter((name) => !fresh.has(name)));
    deps.publish(uri);

    const overlays = new Map<string, string>();
    for (const other of deps.states.values()) if (other.root === state.root && !other.skipped) overlays.set(other.file, other.text);
    const baselineOverrides = settings.baseline === 'preEdit' && state.preEditText !== undefined ? new Map([[state.file, state.preEditText]]) : undefined;
    const force = this.forced.delete(uri);
    const names = only?.join(', ') ?? 'changed declarations';
    let progress: Progress | undefined;
    const progressTimer = setTimeout(() => {
      void deps.startProgress(`Vouch: verifying ${names}`).then((p) => {
        if (signal.aborted || !this.running) p?.done();
        else progress = p;
      });
    }, PROGRESS_AFTER_MS);
    const started = Date.now();
    const onVerdict = (verdict: Verdict) => {
      if (signal.aborted) return;
      const target = verdict.declaration.file === state.file ? state : [...deps.states.values()].find((s) => s.file === verdict.declaration.file);
      const hash = target === state ? hashes.get(verdict.declaration.qualifiedName) : target?.entry(verdict.declaration.qualifiedName)?.codeHash;
      if (!target || !hash) return;
      target.record(verdict, hash);
      progress?.report(`${verdict.declaration.qualifiedName}: ${verdict.state}`);
      deps.publish(target.uri);
    };
    try {
      const report = await deps.engine.verify({
        root: state.root,
        paths: [state.file],
        overlays,
        baselineOverrides,
        filter: project?.filter,
        sandbox: project?.allowances,
        options: {
          only,
          runs: settings.runs,
          timeoutMs: settings.timeoutMs,
          affectedLimit: settings.affectedLimit,
          relatedTests: settings.relatedTests,
          relatedAfterChecks: true,
          useCache: !force,
        },
        onVerdict,
        signal,
      });
      if (signal.aborted) return;
      for (const skipped of report.skipped) deps.logger.info(`${skipped.file}: ${skipped.message}`);
      deps.logger.verbose?.(`${state.file}: ${report.verdicts.length} verdict(s) in ${Date.now() - started} ms`);
      state.pending.clear();
      deps.publish(uri);
    } catch (error) {
      if (signal.aborted || (isVouchError(error) && error.code === 'CANCELLED')) return;
      deps.logger.error(`verifying ${state.file} failed: ${error instanceof Error ? error.message : String(error)}`);
      state.pending.clear();
      deps.publish(uri);
    } finally {
      clearTimeout(progressTimer);
      progress?.done();
    }
  }
}
