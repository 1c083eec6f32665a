// The report of a file as a read-only document (`vouch-report:` scheme). The text comes from the
// server; this provider only serves what it was given, by URI.
import * as vscode from 'vscode';

export const REPORT_SCHEME = 'vouch-report';

class ReportProvider implements vscode.TextDocumentContentProvider {
  private readonly texts = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  set(uri: vscode.Uri, text: string): void {
    this.texts.set(uri.toString(), text);
    this.changed.fire(uri);
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.texts.get(uri.toString()) ?? 'Vouch: this report is no longer available; run "Vouch: Show Report" again.';
  }
}

let provider: ReportProvider | undefined;

export function registerReportProvider(): vscode.Disposable {
  provider = new ReportProvider();
  return vscode.workspace.registerTextDocumentContentProvider(REPORT_SCHEME, provider);
}

/** Opens (or refreshes) the report document of a source document. */
export async function showReportDocument(sourceUri: string, text: string, declaration?: string): Promise<void> {
  if (!provider) throw new Error('the report provider is not registered');
  const source = vscode.Uri.parse(sourceUri);
  const uri = vscode.Uri.from({ scheme: REPORT_SCHEME, path: `${source.path}.vouch-report`, query: declaration ? `declaration=${declaration}` : '' });
  provider.set(uri, text);
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document, { preview: true, viewColumn: vscode.ViewColumn.Beside });
}
