// Entry of dist/client.js. Starts the Vouch language server, tells it about workspace trust and
// the active editor, tracks AI edits, and registers the commands. One context owns what lives as
// long as the extension; the language client owns its own connection.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';
import type { LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import { ActiveDocumentNotification, AiEditNotification, FileVerdictsNotification, StatusNotification, WorkspaceTrustNotification } from '../../shared/src/protocol';
import { AiEditTracker } from './aiEdits';
import { SERVER_EXEC_ARGV } from '../../shared/src/serverLaunch';
import { explicitSettingsMiddleware } from './explicitSettings';
import { registerCommands } from './commands';
import { registerDemoCommands } from './demo/demoCommands';
import { ClassificationLog } from './probes';
import type { ExtensionProbes } from './probes';
import { registerVerificationPanel } from './panel/verificationPanel';
import { registerViews } from './views';
import { registerReportProvider, showReportDocument } from './reportDocument';
import { VerdictStore } from './state/verdictStore';

let client: LanguageClient | undefined;

function createClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: SERVER_EXEC_ARGV } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV, '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'typescript' },
      { scheme: 'file', language: 'typescriptreact' },
    ],
    synchronize: { configurationSection: 'vouch' },
    middleware: { workspace: explicitSettingsMiddleware },
    initializationOptions: { trusted: vscode.workspace.isTrusted },
    outputChannel: output,
    traceOutputChannel: output,
  };
  return new LanguageClient('vouch', 'Vouch', serverOptions, clientOptions);
}

/** What the extension's parts share: the output channel, the results, the running client. */
export interface ExtensionParts {
  output: vscode.LogOutputChannel;
  store: VerdictStore;
  client(): LanguageClient | undefined;
  /**
   * For tests and tooling only: read-only records of what the client decided and drew (change
   * classifications, AI-edit decorations, Test Explorer items and results), which the VS Code API
   * cannot read back. See probes.ts.
   */
  probes: ExtensionProbes;
}

export async function activate(context: vscode.ExtensionContext): Promise<ExtensionParts> {
  const output = vscode.window.createOutputChannel('Vouch', { log: true });
  const store = new VerdictStore();
  const classifications = new ClassificationLog();
  const parts: ExtensionParts = { output, store, client: () => client, probes: { aiEdits: classifications } };
  context.subscriptions.push(output, store, registerReportProvider(), ...registerDemoCommands(context));
  // The views come up before the server, so they show (empty, or why) even if it fails to start.
  context.subscriptions.push(...registerViews(parts, context.extensionUri), ...registerVerificationPanel(parts, context));
  context.subscriptions.push(
    ...registerCommands({ client: () => client, output, showReport: (uri, text, declaration) => showReportDocument(uri, text, declaration) }),
  );
  client = createClient(context, output);
  await client.start();
  const running = client;
  running.onNotification(FileVerdictsNotification, (verdicts) => store.update(verdicts));
  running.onNotification(StatusNotification, (status) => store.setStatus(status));
  context.subscriptions.push(
    new AiEditTracker({ onAiEdit: (params) => running.sendNotification(AiEditNotification, params), log: output, onClassified: (record) => classifications.add(record) }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => void running.sendNotification(WorkspaceTrustNotification, { trusted: true })),
    vscode.window.onDidChangeActiveTextEditor((editor) => void running.sendNotification(ActiveDocumentNotification, { uri: editor?.document.uri.toString() })),
  );
  void running.sendNotification(ActiveDocumentNotification, { uri: vscode.window.activeTextEditor?.document.uri.toString() });
  return parts;
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
