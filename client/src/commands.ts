// Every Vouch command, registered from one table. Each runs against the language client when it
// is running, and otherwise says so instead of failing.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  AcceptChangeRequest,
  AiEditNotification,
  ClearAiMarksRequest,
  FileReportRequest,
  GenerateTestsRequest,
  RerunRequest,
} from '../../shared/src/protocol';
import { clearAiMarks, markSelectionAsAiEdit } from './aiEdits';
import type { TableCommandId } from './commandIds';

export interface CommandContext {
  client(): LanguageClient | undefined;
  output: vscode.LogOutputChannel;
  /** Opens the report of a document (the read-only report document). */
  showReport(uri: string, text: string, declaration?: string): Promise<void>;
}

type Handler = (ctx: CommandContext, client: LanguageClient, ...args: unknown[]) => Promise<unknown>;

/** The document a command is about: its argument, else the active editor's. */
function documentArgument(arg: unknown): string | undefined {
  if (typeof arg === 'string') return arg;
  if (arg instanceof vscode.Uri) return arg.toString();
  return vscode.window.activeTextEditor?.document.uri.toString();
}

const COMMANDS: Record<TableCommandId, Handler> = {
  'vouch.acceptChange': async (_ctx, client, uri, declaration) => {
    if (typeof uri !== 'string' || typeof declaration !== 'string') return;
    await client.sendRequest(AcceptChangeRequest, { uri, declaration });
  },
  'vouch.generateTests': async (ctx, client, uriArg, declaration) => {
    const uri = documentArgument(uriArg);
    if (!uri) return;
    const result = await client.sendRequest(GenerateTestsRequest, { uri, declaration: typeof declaration === 'string' ? declaration : undefined });
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(result.uri));
    await vscode.window.showTextDocument(document, { preview: false });
    const added = result.added.length === 0 ? 'nothing new to add' : `${result.added.length} test${result.added.length === 1 ? '' : 's'} added`;
    ctx.output.info(`Generate tests: ${result.uri} (${result.framework}, ${result.created ? 'created' : 'updated'}): ${added}, ${result.kept.length} kept`);
    for (const note of result.notes) ctx.output.info(`  ${note}`);
    void vscode.window.showInformationMessage(`Vouch: ${added}, ${result.kept.length} kept${result.notes.length ? ` (${result.notes.length} note${result.notes.length === 1 ? '' : 's'} in the Vouch output)` : ''}.`);
  },
  'vouch.rerun': async (_ctx, client, uriArg, declaration) => {
    const uri = documentArgument(uriArg);
    if (uri) await client.sendRequest(RerunRequest, { uri, declaration: typeof declaration === 'string' ? declaration : undefined });
  },
  'vouch.showReport': async (ctx, client, uriArg, declaration) => {
    const uri = documentArgument(uriArg);
    if (!uri) return;
    const report = await client.sendRequest(FileReportRequest, { uri });
    await ctx.showReport(uri, report.text, typeof declaration === 'string' ? declaration : undefined);
  },
  'vouch.markSelectionAsAiEdit': async (_ctx, client) => {
    await markSelectionAsAiEdit((params) => client.sendNotification(AiEditNotification, params));
  },
  'vouch.clearAiMarks': async (_ctx, client, target) => {
    await clearAiMarks((params) => client.sendRequest(ClearAiMarksRequest, params), target as vscode.Uri | string | undefined);
  },
  'vouch.showOutput': async (ctx) => {
    ctx.output.show(true);
  },
};

/** Commands that work without the server. */
const WITHOUT_SERVER = new Set<string>(['vouch.showOutput']);

export function registerCommands(ctx: CommandContext): vscode.Disposable[] {
  return Object.entries(COMMANDS).map(([id, handler]) =>
    vscode.commands.registerCommand(id, async (...args: unknown[]) => {
      const client = ctx.client();
      if (!client?.isRunning() && !WITHOUT_SERVER.has(id)) {
        void vscode.window.showWarningMessage('Vouch: the language server is not running. See "Vouch: Show Output" for why.');
        return;
      }
      try {
        return await handler(ctx, client!, ...args);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        ctx.output.error(`${id} failed: ${message}`);
        void vscode.window.showErrorMessage(`Vouch: ${message}`);
      }
    }),
  );
}

