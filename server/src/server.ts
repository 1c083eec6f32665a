// Entry of dist/server.js: the Vouch language server, spoken to over IPC by the client.
// Wiring only: the engine lives in ./core, each LSP feature in ./lsp.
import { CodeActionKind, createConnection, ProposedFeatures, TextDocumentSyncKind } from 'vscode-languageserver/node';
import type { InitializeParams } from 'vscode-languageserver/node';
import {
  AcceptChangeRequest,
  ActiveDocumentNotification,
  AiEditNotification,
  ClearAiMarksRequest,
  FileReportRequest,
  GenerateTestsRequest,
  RerunRequest,
  StatusNotification,
  WorkspaceSummaryRequest,
  WorkspaceTrustNotification,
} from '../../shared/src/protocol';
import { Engine } from './core/engine';
import type { Logger } from './core/logger';
import { AiEditIntake } from './lsp/aiRanges/aiEditIntake';
import { AiRangeStore } from './lsp/aiRanges/aiRangeStore';
import { codeActionsFor } from './lsp/codeActions';
import { ConfigProblems } from './lsp/configProblems';
import { watchProjectConfigs } from './lsp/configWatcher';
import { debounce } from './lsp/debounce';
import { DocumentRegistry } from './lsp/documentRegistry';
import { OpenDocuments } from './lsp/openDocuments';
import { ProjectConfigs, verifiesDifferently } from './lsp/projectConfigs';
import { Publisher } from './lsp/publisher';
import { generateTestsFromEditor } from './lsp/generateTestsHandler';
import { fileReport, workspaceSummary } from './lsp/reports';
import { SettingsReader } from './lsp/settingsReader';
import { VerificationScheduler } from './lsp/verificationScheduler';
import { fileOf, WorkspaceFolders } from './lsp/workspaceFolders';

const connection = createConnection(ProposedFeatures.all);
const logger: Logger = {
  info: (m) => connection.console.info(m),
  warn: (m) => connection.console.warn(m),
  error: (m) => connection.console.error(m),
  verbose: process.env.VOUCH_VERBOSE ? (m) => connection.console.log(m) : undefined,
};

const capabilities = { configuration: false, codeLensRefresh: false, workDoneProgress: false, workspaceFolders: false, watchFiles: false, showDocument: false };
const trust = { trusted: true, told: false };
const folders = new WorkspaceFolders();
const documents = new OpenDocuments();
const settings = new SettingsReader(connection, () => capabilities.configuration);
// Each folder's vouch.config.json (or package.json "vouch"): see lsp/projectConfigs.ts.
const configs = new ProjectConfigs();
const configProblems = new ConfigProblems({ connection, logger, canShowDocument: () => capabilities.showDocument });
// One worker thread: the editor verifies one declaration at a time, and memory stays low.
const engine = new Engine({ logger, workers: 1 });
const aiMarks = new AiRangeStore();
const intake = new AiEditIntake(aiMarks, { log: (m) => logger.verbose?.(m) });
const registry = new DocumentRegistry({ engine, folders, settings, configs, aiMarks, logger });
const publisher = new Publisher({ connection, registry, aiMarks, capabilities, trust });
const scheduler = new VerificationScheduler({
  engine,
  states: registry.states,
  settingsFor: (uri) => registry.settingsFor(uri),
  projectOf: (uri) => registry.projectOf(uri),
  aiMarks,
  isTrusted: () => trust.trusted,
  publish: (uri) => publisher.publish(uri),
  status: (running, queued) => void connection.sendNotification(StatusNotification, { running, queued, trusted: trust.trusted, enabled: true }),
  startProgress: (title) => publisher.startProgress(title),
  logger,
});
registry.onNeedsVerification((uri, delayMs) => scheduler.schedule(uri, delayMs));
// A folder's configuration was read: show its problem (or clear it); when it verifies differently
// now, its documents' verdicts are stale and they are verified again.
configs.onDidChange((project, previous) => {
  configProblems.update(project);
  if (verifiesDifferently(project, previous)) for (const uri of registry.projectConfigChanged(project.root)) publisher.publish(uri);
});

connection.onInitialize((params: InitializeParams) => {
  capabilities.configuration = Boolean(params.capabilities.workspace?.configuration);
  capabilities.codeLensRefresh = Boolean(params.capabilities.workspace?.codeLens?.refreshSupport);
  capabilities.workDoneProgress = Boolean(params.capabilities.window?.workDoneProgress);
  capabilities.workspaceFolders = Boolean(params.capabilities.workspace?.workspaceFolders);
  capabilities.watchFiles = Boolean(params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration);
  capabilities.showDocument = Boolean(params.capabilities.window?.showDocument?.support);
  const options = params.initializationOptions as { trusted?: boolean } | undefined;
  trust.trusted = options?.trusted !== false;
  folders.set(params.workspaceFolders);
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      codeLensProvider: { resolveProvider: false },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'vouch' },
  };
});

connection.onInitialized(async () => {
  if (capabilities.workspaceFolders) {
    connection.workspace.onDidChangeWorkspaceFolders((event) => {
      folders.change(event.added, event.removed);
      for (const root of event.removed.map((f) => fileOf(f.uri))) if (root && configs.forget(root)) configProblems.clear(root);
      for (const root of event.added.map((f) => fileOf(f.uri))) if (root) configs.get(root);
    });
  }
  watchProjectConfigs({ connection, folders, configs, logger }, capabilities.watchFiles);
  // Read every folder's configuration now, so a broken one is shown before any file is opened.
  for (const root of folders.all()) configs.get(root);
  await registry.loadAiMarks();
  publisher.tellIfUntrusted();
  logger.info(`Vouch language server started (${trust.trusted ? 'trusted' : 'untrusted: nothing is executed'})`);
});

documents.listen(connection, {
  opened: (document) => {
    intake.opened(document);
    registry.opened(document);
    publisher.publish(document.uri);
  },
  changed: (change) => {
    intake.changed(change);
    registry.changed(change);
    publisher.publish(change.document.uri);
  },
  closed: (uri) => {
    const state = registry.states.get(uri);
    if (state) aiMarks.documentClosed(uri, state.text);
    intake.closed(uri);
    scheduler.forget(uri);
    registry.closed(uri);
    publisher.cleared(uri);
  },
});

// AI marks are saved a second after they change (and on shutdown), so a crash loses little.
const saveAiMarks = debounce(() => registry.saveAiMarks(), 1_000);
aiMarks.onDidChange((uri) => {
  registry.aiMarksChanged(uri);
  saveAiMarks();
  for (const state of uri ? [registry.states.get(uri)].filter((s) => s !== undefined) : registry.states.values()) publisher.publish(state.uri);
});

connection.onNotification(AiEditNotification, (params) => {
  registry.rememberPreEdit(params.uri, params.textBefore);
  if (intake.accept(params) === 'marked') registry.aiEdited(params.uri);
});
connection.onRequest(ClearAiMarksRequest, ({ uri }) => aiMarks.clear(uri));
connection.onNotification(WorkspaceTrustNotification, ({ trusted }) => {
  trust.trusted = trusted;
  publisher.tellIfUntrusted();
  for (const state of registry.states.values()) {
    publisher.publish(state.uri);
    if (trusted) scheduler.schedule(state.uri, 0);
  }
});
connection.onNotification(ActiveDocumentNotification, ({ uri }) => scheduler.setActive(uri));
connection.onRequest(RerunRequest, ({ uri }) => scheduler.rerun(uri));
connection.onRequest(AcceptChangeRequest, ({ uri, declaration }) => {
  registry.accept(uri, declaration);
  publisher.publish(uri);
});
connection.onRequest(GenerateTestsRequest, (params, token) =>
  generateTestsFromEditor({ connection, engine, folders, documents, isTrusted: () => trust.trusted }, params, token),
);
connection.onRequest(FileReportRequest, ({ uri }) => fileReport(registry.states.get(uri), uri));
connection.onRequest(WorkspaceSummaryRequest, () =>
  workspaceSummary(registry.states.values(), (uri, name) => registry.isAccepted(uri, name), {
    trusted: trust.trusted,
    enabled: true,
    message: trust.trusted ? undefined : publisher.untrustedMessage,
  }),
);
connection.onCodeLens(({ textDocument }) => publisher.codeLenses(textDocument.uri));
connection.onCodeAction((params) => codeActionsFor(params));
connection.onDidChangeConfiguration(() => {
  settings.invalidate();
  for (const state of registry.states.values()) registry.refreshSettings(state.uri);
});
connection.onShutdown(async () => {
  saveAiMarks.cancel();
  await registry.saveAiMarks();
  await engine.dispose();
});

connection.listen();
