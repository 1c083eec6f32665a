// A client for LSP-level tests: spawns the built dist/server.js, speaks the real protocol over IPC,
// answers the server's requests (settings, progress tokens, refreshes) and records everything the
// server sends, so tests wait for a state (a diagnostic, a notification) instead of sleeping.
import { fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import {
  CodeActionRequest,
  CodeLensRequest,
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializeRequest,
  InitializedNotification,
  IPCMessageReader,
  IPCMessageWriter,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  WorkDoneProgressCreateRequest,
  ShowMessageNotification,
  ShowMessageRequest,
  CodeLensRefreshRequest,
  RegistrationRequest,
  DidChangeWatchedFilesNotification,
} from 'vscode-languageserver-protocol/node';
import { ApplyWorkspaceEditRequest } from 'vscode-languageserver-protocol/node';
import type { ApplyWorkspaceEditParams, CodeAction, CodeLens, Diagnostic, FileEvent, ProtocolConnection, Range, Registration, TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol/node';
import { URI } from 'vscode-uri';
import { AiEditNotification, FileVerdictsNotification, StatusNotification } from '../../shared/src/protocol';
import type { FileVerdicts } from '../../shared/src/protocol';
import { SERVER_EXEC_ARGV } from '../../shared/src/serverLaunch';
import { DEFAULT_SETTINGS, EXPLICIT_SETTINGS_FIELD } from '../../shared/src/settings';
import type { VouchSettings } from '../../shared/src/settings';

export const SERVER = path.resolve(__dirname, '../../dist/server.js');

export interface Published {
  uri: string;
  version?: number;
  diagnostics: Diagnostic[];
  at: number;
}

export interface SessionOptions {
  folders: string[];
  settings?: Partial<VouchSettings>;
  /** The server to run (default: dist/server.js of this checkout). */
  serverPath?: string;
  /** Settings of one folder (by its path), over `settings`: multi-root workspaces. */
  folderSettings?: Record<string, Partial<VouchSettings>>;
  trusted?: boolean;
  env?: NodeJS.ProcessEnv;
  /** Settings to name as set explicitly in the editor (as Vouch's client does). */
  explicit?: (keyof VouchSettings)[];
  /** The client can watch files for the server (default true). */
  watchFiles?: boolean;
}

export class LspSession {
  readonly diagnostics: Published[] = [];
  readonly verdicts: FileVerdicts[] = [];
  readonly logs: string[] = [];
  readonly messages: string[] = [];
  readonly progressTokens: unknown[] = [];
  readonly statuses: { running: number; queued: number }[] = [];
  readonly appliedEdits: ApplyWorkspaceEditParams[] = [];
  /** Capabilities the server registered dynamically (file watchers). */
  readonly registrations: Registration[] = [];
  private readonly versions = new Map<string, number>();
  readonly texts = new Map<string, string>();
  private waiters: (() => void)[] = [];
  settings: VouchSettings;
  private readonly folderSettings: Record<string, Partial<VouchSettings>>;
  private readonly explicit: (keyof VouchSettings)[] | undefined;

  private constructor(
    readonly connection: ProtocolConnection,
    readonly child: ChildProcess,
    options: SessionOptions,
  ) {
    this.settings = { ...DEFAULT_SETTINGS, ...options.settings };
    this.folderSettings = options.folderSettings ?? {};
    this.explicit = options.explicit;
  }

  /** The settings a scope URI sees: the folder's own, over the session's. */
  settingsFor(scopeUri: string | undefined): VouchSettings {
    const file = scopeUri ? URI.parse(scopeUri).fsPath : '';
    const folder = Object.keys(this.folderSettings).find((f) => file === f || file.startsWith(`${f}/`));
    return { ...this.settings, ...(folder ? this.folderSettings[folder] : {}) };
  }

  /** What the client answers `workspace/configuration` with (plus the explicit names, if any). */
  private configurationFor(scopeUri: string | undefined): unknown {
    const values = this.settingsFor(scopeUri);
    return this.explicit ? { ...values, [EXPLICIT_SETTINGS_FIELD]: this.explicit } : values;
  }

  static async start(options: SessionOptions): Promise<LspSession> {
    const child = fork(options.serverPath ?? SERVER, ['--node-ipc'], { env: { ...process.env, ...options.env }, execArgv: SERVER_EXEC_ARGV, stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    const connection = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    const session = new LspSession(connection, child, options);
    child.stderr?.on('data', (chunk: Buffer) => session.logs.push(`stderr: ${chunk.toString().trimEnd()}`));
    const changed = () => {
      const waiters = session.waiters;
      session.waiters = [];
      for (const wake of waiters) wake();
    };
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      session.diagnostics.push({ ...params, at: Date.now() });
      changed();
    });
    connection.onNotification(FileVerdictsNotification, (params) => {
      session.verdicts.push(params);
      changed();
    });
    connection.onNotification(StatusNotification, (params) => {
      session.statuses.push({ running: params.running, queued: params.queued });
      changed();
    });
    connection.onNotification(LogMessageNotification.type, (params) => {
      session.logs.push(params.message);
      changed();
    });
    connection.onNotification(ShowMessageNotification.type, (params) => {
      session.messages.push(params.message);
      changed();
    });
    connection.onRequest(ConfigurationRequest.type, (params) => params.items.map((item) => session.configurationFor(item.scopeUri)) as never);
    connection.onRequest(WorkDoneProgressCreateRequest.method, (params: { token: unknown }) => {
      session.progressTokens.push(params.token);
      changed();
      return null;
    });
    connection.onRequest(ShowMessageRequest.method, (params: { message: string }) => {
      session.messages.push(params.message);
      changed();
      return null;
    });
    connection.onRequest(ApplyWorkspaceEditRequest.method, (params: ApplyWorkspaceEditParams) => {
      // Apply full-document replacements to the texts this client holds, as an editor would.
      for (const [uri, edits] of Object.entries(params.edit.changes ?? {})) {
        let text = session.textOf(uri);
        for (const edit of edits) text = text.slice(0, offsetAt(text, edit.range.start)) + edit.newText + text.slice(offsetAt(text, edit.range.end));
        session.texts.set(uri, text);
      }
      session.appliedEdits.push(params);
      changed();
      return { applied: true };
    });
    connection.onRequest(CodeLensRefreshRequest.method, () => null);
    connection.onRequest(RegistrationRequest.method, (params: { registrations: Registration[] }) => {
      session.registrations.push(...params.registrations);
      changed();
      return null;
    });
    connection.listen();
    await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: URI.file(options.folders[0]).toString(),
      workspaceFolders: options.folders.map((folder) => ({ uri: URI.file(folder).toString(), name: path.basename(folder) })),
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true, codeLens: { refreshSupport: true }, didChangeWatchedFiles: { dynamicRegistration: options.watchFiles ?? true } },
        window: { workDoneProgress: true },
        textDocument: { publishDiagnostics: { versionSupport: true, relatedInformation: true } },
      },
      initializationOptions: { trusted: options.trusted ?? true },
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return session;
  }

  uriOf(file: string): string {
    return URI.file(file).toString();
  }

  textOf(uri: string): string {
    return this.texts.get(uri) ?? '';
  }

  async open(file: string, text = readFileSync(file, 'utf8')): Promise<string> {
    const uri = this.uriOf(file);
    this.versions.set(uri, 1);
    this.texts.set(uri, text);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'typescript', version: 1, text } });
    return uri;
  }

  /** Applies incremental changes (ranges in the text before each change) and returns the new version. */
  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    let text = this.textOf(uri);
    for (const change of changes) {
      if (!('range' in change)) text = change.text;
      else text = text.slice(0, offsetAt(text, change.range.start)) + change.text + text.slice(offsetAt(text, change.range.end));
    }
    this.texts.set(uri, text);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  /** Replaces the whole text (one incremental change covering everything). */
  async replaceAll(uri: string, text: string): Promise<number> {
    const old = this.textOf(uri);
    return this.change(uri, [{ range: { start: { line: 0, character: 0 }, end: positionAt(old, old.length) }, text }]);
  }

  /** Appends text to the document as an AI tool would: the edit, then `vouch/aiEdit` naming what
   *  it inserted. Returns the new version. */
  async aiAppend(uri: string, text: string): Promise<number> {
    const before = this.textOf(uri);
    const at = positionAt(before, before.length);
    const version = await this.change(uri, [{ range: { start: at, end: at }, text }]);
    const end = positionAt(before + text, before.length + text.length);
    await this.connection.sendNotification(AiEditNotification, { uri, version, ranges: [{ start: at, end }], source: 'insertion', textBefore: before });
    return version;
  }

  /** Tells the server that files changed on disk, as the client's file watcher would. */
  async filesChanged(changes: FileEvent[]): Promise<void> {
    await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes });
  }

  version(uri: string): number {
    return this.versions.get(uri) ?? 0;
  }

  /** Resolves when `check` returns a value other than undefined, re-checked on every message. */
  async waitFor<T>(what: string, check: () => T | undefined, timeoutMs = 60_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = check();
      if (found !== undefined) return found;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last logs:\n${this.logs.slice(-15).join('\n')}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.max(0, deadline - Date.now()) + 1);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** The latest diagnostics published for a document. */
  latestDiagnostics(uri: string): Published | undefined {
    return this.diagnostics.filter((d) => d.uri === uri).at(-1);
  }

  /** Waits for diagnostics of the document's current version that satisfy `accept`. */
  diagnosticsWhere(uri: string, accept: (diagnostics: Diagnostic[]) => boolean, timeoutMs?: number): Promise<Diagnostic[]> {
    return this.waitFor(
      `diagnostics of ${uri} v${this.version(uri)}`,
      () => {
        const latest = this.latestDiagnostics(uri);
        return latest && latest.version === this.version(uri) && accept(latest.diagnostics) ? latest.diagnostics : undefined;
      },
      timeoutMs,
    );
  }

  /** Waits until the server has no verification pending for the document's current version. */
  settled(uri: string, timeoutMs?: number): Promise<FileVerdicts> {
    return this.waitFor(`verdicts of ${uri} v${this.version(uri)} to settle`, () => {
      const latest = this.verdicts.filter((v) => v.uri === uri).at(-1);
      return latest && latest.version === this.version(uri) && latest.declarations.every((d) => d.state !== 'pending') && latest.declarations.length > 0 ? latest : undefined;
    }, timeoutMs);
  }

  /** A mark in the server's status reports, for `idle`. */
  statusMark(): number {
    return this.statuses.length;
  }

  /** Waits until the server reports nothing running or queued, in a report after `mark`. */
  idle(mark: number, timeoutMs?: number): Promise<true> {
    return this.waitFor('the server to be idle', () => (this.statuses.slice(mark).some((s) => s.running === 0 && s.queued === 0) ? true : undefined), timeoutMs);
  }

  codeLenses(uri: string): Promise<CodeLens[] | null> {
    return this.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } });
  }

  codeActions(uri: string, range: Range, diagnostics: Diagnostic[]): Promise<(CodeAction | { command: string })[] | null> {
    return this.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics } }) as never;
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    await this.connection.sendRequest(ShutdownRequest.type).catch(() => undefined);
    await this.connection.sendNotification(ExitNotification.type).catch(() => undefined);
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
    this.connection.dispose();
  }
}

export function offsetAt(text: string, position: { line: number; character: number }): number {
  let offset = 0;
  for (let line = 0; line < position.line; line++) {
    const next = text.indexOf('\n', offset);
    if (next === -1) return text.length;
    offset = next + 1;
  }
  return Math.min(offset + position.character, text.length);
}

export function positionAt(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}
