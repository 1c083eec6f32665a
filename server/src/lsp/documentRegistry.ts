// The server's open TypeScript documents and what it keeps about them: state (outline, verdicts),
// settings (the editor's over the folder's vouch.config.json, over the defaults), the text before
// an AI edit, accepted behaviour changes, and AI marks saved in each workspace's cache folder
// across restarts. Documents too large or binary are skipped with a log line.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_SETTINGS } from '../../../shared/src/settings';
import type { SeveritySetting, VouchSettings } from '../../../shared/src/settings';
import { diagnosticSeverities, settingsWithProjectConfig } from '../core/config/editorSettings';
import { exclusionReason } from '../core/config/projectConfig';
import type { ProjectConfig } from '../core/config/projectConfig';
import type { Engine } from '../core/engine';
import { VouchError } from '../core/errors';
import type { Logger } from '../core/logger';
import type { CheckKind } from '../core/model';
import { workspaceCache } from '../core/workspace/cacheFolder';
import { MAX_SOURCE_BYTES, isVerifiableSource } from '../core/workspace/sourceFiles';
import type { AiRangeStore } from './aiRanges/aiRangeStore';
import { AcceptedChanges, DocumentState } from './documentState';
import type { DocumentChange } from './openDocuments';
import type { ProjectConfigs } from './projectConfigs';
import type { SettingsReader } from './settingsReader';
import type { WorkspaceFolders } from './workspaceFolders';
import { fileOf } from './workspaceFolders';

export interface RegistryDeps {
  engine: Engine;
  folders: WorkspaceFolders;
  settings: SettingsReader;
  configs: ProjectConfigs;
  aiMarks: AiRangeStore;
  logger: Logger;
}

/** AI edits are whole insertions, not keystrokes: they are verified almost at once. */
const AI_EDIT_DELAY_MS = 30;

export class DocumentRegistry {
  readonly states = new Map<string, DocumentState>();
  private readonly settingsByUri = new Map<string, VouchSettings>();
  private readonly accepted = new AcceptedChanges();
  private needsVerification: (uri: string, delayMs: number) => void = () => {};

  constructor(private readonly deps: RegistryDeps) {}

  onNeedsVerification(listener: (uri: string, delayMs: number) => void): void {
    this.needsVerification = listener;
  }

  /** Settings last read for the document (defaults until read). */
  settingsOf(uri: string): VouchSettings {
    return this.settingsByUri.get(uri) ?? DEFAULT_SETTINGS;
  }

  /** The settings to verify the document with: the editor's explicit settings over its folder's
   *  vouch.config.json, over the defaults (editorSettings.ts). */
  async settingsFor(uri: string): Promise<VouchSettings> {
    const state = this.states.get(uri);
    const read = await this.deps.settings.get(uri, state?.root ?? uri);
    const project = state && this.deps.configs.get(state.root);
    const settings = project ? settingsWithProjectConfig(read.values, project.config, read.explicit) : read.values;
    this.settingsByUri.set(uri, settings);
    return settings;
  }

  refreshSettings(uri: string, delayMs?: number): void {
    void this.settingsFor(uri).then((read) => this.needsVerification(uri, delayMs ?? read.debounceMs));
  }

  /** The configuration of the document's folder, read again first if its files changed. */
  projectOf(uri: string): ProjectConfig | undefined {
    const state = this.states.get(uri);
    return state && this.deps.configs.refresh(state.root);
  }

  /** Why the folder's configuration keeps the document from being verified, if it does. */
  exclusionOf(uri: string): string | undefined {
    const state = this.states.get(uri);
    return state && exclusionReason(this.deps.configs.get(state.root), state.file);
  }

  /** Diagnostic severities the folder's configuration sets per check kind. */
  severitiesOf(uri: string): Partial<Record<CheckKind, SeveritySetting>> {
    const state = this.states.get(uri);
    return state ? diagnosticSeverities(this.deps.configs.get(state.root).config) : {};
  }

  /** The folder's configuration changed: its documents' verdicts were reached with other options
   *  (budget, files, sandbox), so they are dropped and the documents verified again at once. */
  projectConfigChanged(root: string): string[] {
    const affected = [...this.states.values()].filter((state) => state.root === root && !state.skipped);
    for (const state of affected) {
      state.verdicts.clear();
      state.pending.clear();
      this.refreshSettings(state.uri, 0);
    }
    return affected.map((state) => state.uri);
  }

  private unfit(text: string): string | undefined {
    if (text.length > MAX_SOURCE_BYTES) return `too large to verify (${(text.length / 1_000_000).toFixed(1)} MB; the limit is ${MAX_SOURCE_BYTES / 1_000_000} MB)`;
    if (text.includes('\0')) return 'binary content';
    return undefined;
  }

  opened(document: TextDocument): void {
    const file = fileOf(document.uri);
    const root = file && this.deps.folders.rootOf(file);
    if (!file || !root || !isVerifiableSource(file, root)) return;
    const state = new DocumentState(document.uri, file, root, document.version, document.getText());
    this.states.set(document.uri, state);
    state.skipped = this.unfit(state.text);
    if (state.skipped) {
      this.deps.logger.info(`Vouch is skipping ${file}: ${state.skipped}`);
      return;
    }
    state.updateOutline(this.deps.engine.outline(root, file, state.text));
    void this.settingsFor(document.uri).then((read) => {
      // Open documents are verified at once in `allChanges` mode, or when they carry AI marks.
      if (read.mode === 'allChanges' || this.deps.aiMarks.rangesOf(document.uri).length > 0) this.needsVerification(document.uri, 0);
    });
  }

  changed({ document }: DocumentChange): void {
    const state = this.states.get(document.uri);
    if (!state) return;
    state.version = document.version;
    state.text = document.getText();
    const wasSkipped = state.skipped;
    state.skipped = this.unfit(state.text);
    if (state.skipped) {
      if (!wasSkipped) this.deps.logger.info(`Vouch is skipping ${state.file}: ${state.skipped}`);
      state.outline = [];
      state.verdicts.clear();
      state.pending.clear();
      return;
    }
    state.updateOutline(this.deps.engine.outline(state.root, state.file, state.text));
    this.needsVerification(document.uri, this.settingsOf(document.uri).debounceMs);
  }

  closed(uri: string): void {
    this.states.delete(uri);
    this.settingsByUri.delete(uri);
  }

  /** Keeps the text before the first AI edit since the marks were cleared: the `preEdit` baseline. */
  rememberPreEdit(uri: string, textBefore: string | undefined): void {
    const state = this.states.get(uri);
    if (state && textBefore !== undefined && this.deps.aiMarks.rangesOf(uri).length === 0) state.preEditText = textBefore;
  }

  aiEdited(uri: string): void {
    this.needsVerification(uri, AI_EDIT_DELAY_MS);
  }

  aiMarksChanged(uri: string | undefined): void {
    for (const state of uri ? [this.states.get(uri)] : this.states.values()) {
      if (state && this.deps.aiMarks.rangesOf(state.uri).length === 0) state.preEditText = undefined;
    }
  }

  accept(uri: string, name: string): void {
    const hash = this.states.get(uri)?.entry(name)?.codeHash;
    if (!hash) throw new VouchError('INVALID_OPTION', `no declaration ${name} in ${uri}`);
    this.accepted.accept(uri, name, hash);
  }

  isAccepted(uri: string, name: string): boolean {
    return this.accepted.isAccepted(uri, name, this.states.get(uri)?.entry(name)?.codeHash);
  }

  private textOf = (uri: string): string | undefined => this.states.get(uri)?.text;

  async loadAiMarks(): Promise<void> {
    for (const root of this.deps.folders.all()) {
      const restored = await this.deps.aiMarks.load(workspaceCache(root).dir, this.textOf).catch(() => 0);
      if (restored > 0) this.deps.logger.info(`Vouch restored AI marks of ${restored} document(s) in ${root}`);
    }
    // Documents opened before the marks were read are verified now that they carry marks.
    for (const state of this.states.values()) {
      if (!state.skipped && this.deps.aiMarks.rangesOf(state.uri).length > 0) this.needsVerification(state.uri, 0);
    }
  }

  async saveAiMarks(): Promise<void> {
    for (const root of this.deps.folders.all()) {
      const inRoot = (uri: string) => {
        const file = fileOf(uri);
        return Boolean(file && this.deps.folders.rootOf(file) === root);
      };
      await this.deps.aiMarks.save(workspaceCache(root).dir, this.textOf, inRoot).catch((error) => this.deps.logger.warn(`could not save AI marks: ${String(error)}`));
    }
  }
}
