// The verification panel: a webview view in the "Vouch" activity-bar container that follows the
// active TypeScript editor and shows its declarations, checks and counterexamples, with buttons for
// the same actions as CodeLens and quick fixes. The page is rebuilt from the verdict store whenever
// the shown file's verdicts, the status or the active editor change; its script can only ask to run
// one of the actions the panel offers (see panelMessages.ts).
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import * as vscode from 'vscode';
import type { ExtensionParts } from '../extension';
import { PANEL_VIEW_ID, SHOW_PANEL_COMMAND } from './panelCommandIds';
import { parsePanelMessage } from './panelMessages';
import { buildPanelModel, type PanelModel } from './panelModel';
import { renderPanel } from './renderPanel';
import { afterTabsChanged, nextShownDocument, type EditorDocument } from './shownDocument';

/** Store events arrive in bursts (pending, then a verdict per declaration): one page per burst. */
const RENDER_DELAY_MS = 50;

export type PanelParts = Pick<ExtensionParts, 'store' | 'output'>;

/** Registers the `vouch.panel` view and the `vouch.showPanel` command. */
export function registerVerificationPanel(parts: PanelParts, context: Pick<vscode.ExtensionContext, 'extensionUri'>): vscode.Disposable[] {
  const panel = new VerificationPanel(parts, context.extensionUri);
  return [
    panel,
    vscode.window.registerWebviewViewProvider(PANEL_VIEW_ID, panel),
    vscode.commands.registerCommand(SHOW_PANEL_COMMAND, (uri?: unknown) => panel.reveal(uri)),
  ];
}

function editorDocument(editor: vscode.TextEditor | undefined): EditorDocument | undefined {
  if (!editor) return undefined;
  const { uri, languageId } = editor.document;
  return { uri: uri.toString(), scheme: uri.scheme, languageId };
}

function openTabUris(): Set<string> {
  const uris = new Set<string>();
  for (const group of vscode.window.tabGroups.all) {
    for (const tab of group.tabs) {
      const input = tab.input;
      if (input instanceof vscode.TabInputText) uris.add(input.uri.toString());
      else if (input instanceof vscode.TabInputTextDiff) uris.add(input.modified.toString());
    }
  }
  return uris;
}

export class VerificationPanel implements vscode.WebviewViewProvider, vscode.Disposable {
  private view: vscode.WebviewView | undefined;
  private shownUri: string | undefined;
  /** The model of the page on screen: messages are checked against what the user saw. */
  private displayed: PanelModel | undefined;
  private displayedKey: string | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly mediaRoot: vscode.Uri;
  private readonly hasCodicons: boolean;
  private readonly disposables: vscode.Disposable[] = [];
  private viewDisposables: vscode.Disposable[] = [];

  constructor(
    private readonly parts: PanelParts,
    extensionUri: vscode.Uri,
  ) {
    this.mediaRoot = vscode.Uri.joinPath(extensionUri, 'media');
    this.hasCodicons = existsSync(vscode.Uri.joinPath(this.mediaRoot, 'panel', 'codicons', 'codicon.css').fsPath);
    if (!this.hasCodicons) parts.output.warn('Verification panel: media/panel/codicons/ is missing; icons are replaced by text.');
    this.shownUri = nextShownDocument(undefined, editorDocument(vscode.window.activeTextEditor));
    this.disposables.push(
      parts.store.onDidChange((uri) => {
        if (uri === undefined || uri === this.shownUri) this.schedule();
      }),
      parts.store.onDidChangeStatus(() => this.schedule()),
      vscode.window.onDidChangeActiveTextEditor((editor) => this.show(nextShownDocument(this.shownUri, editorDocument(editor)))),
      vscode.window.tabGroups.onDidChangeTabs(() => this.show(afterTabsChanged(this.shownUri, openTabUris()))),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.schedule()),
    );
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.disposeView();
    this.view = view;
    view.webview.options = { enableScripts: true, enableCommandUris: false, localResourceRoots: [this.mediaRoot] };
    this.viewDisposables.push(
      view.webview.onDidReceiveMessage((data: unknown) => this.onMessage(data)),
      view.onDidChangeVisibility(() => this.schedule()),
      view.onDidDispose(() => this.disposeView()),
    );
    this.render();
  }

  /** `vouch.showPanel [uri]`: reveal the panel, on the given file when there is one. */
  async reveal(uriArg?: unknown): Promise<void> {
    const uri = typeof uriArg === 'string' ? uriArg : uriArg instanceof vscode.Uri ? uriArg.toString() : undefined;
    if (uri && vscode.Uri.parse(uri).scheme === 'file') this.show(uri);
    if (this.view) this.view.show(false);
    else await vscode.commands.executeCommand(`${PANEL_VIEW_ID}.focus`);
  }

  private show(uri: string | undefined): void {
    if (uri === this.shownUri) return;
    this.shownUri = uri;
    this.schedule();
  }

  private schedule(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.render();
    }, RENDER_DELAY_MS);
  }

  private model(): PanelModel {
    const uri = this.shownUri;
    const document = uri ? { uri, relativePath: vscode.workspace.asRelativePath(vscode.Uri.parse(uri), false) } : undefined;
    return buildPanelModel({
      document,
      verdicts: uri ? this.parts.store.file(uri) : undefined,
      trusted: vscode.workspace.isTrusted,
      enabled: this.parts.store.status().enabled,
    });
  }

  private render(): void {
    const view = this.view;
    if (!view?.visible) return; // rendered when it shows again
    const model = this.model();
    const key = JSON.stringify(model);
    if (key === this.displayedKey) return; // an unchanged page would only lose scroll and focus
    const webview = view.webview;
    const asset = (...path: string[]) => webview.asWebviewUri(vscode.Uri.joinPath(this.mediaRoot, 'panel', ...path)).toString();
    webview.html = renderPanel(model, {
      nonce: randomBytes(16).toString('base64'),
      cspSource: webview.cspSource,
      styleUri: asset('panel.css'),
      scriptUri: asset('panel.js'),
      codiconsUri: this.hasCodicons ? asset('codicons', 'codicon.css') : undefined,
    });
    view.description = model.fileName;
    this.displayed = model;
    this.displayedKey = key;
  }

  private onMessage(data: unknown): void {
    if (!this.displayed) return;
    const parsed = parsePanelMessage(data, this.displayed);
    if (!parsed.ok) {
      this.parts.output.warn(`Verification panel: ignored a message from the page: ${parsed.reason}`);
      return;
    }
    const { command, uri, qualifiedName } = parsed.message;
    this.parts.output.debug(`Verification panel: ${command} ${uri}${qualifiedName ? ` ${qualifiedName}` : ''}`);
    // The commands report their own failures (commands.ts); a rejected promise here has nothing to add.
    void Promise.resolve(vscode.commands.executeCommand(command, uri, qualifiedName)).catch((error: unknown) => this.parts.output.error(`Verification panel: ${command} failed: ${String(error)}`));
  }

  private disposeView(): void {
    for (const d of this.viewDisposables) d.dispose();
    this.viewDisposables = [];
    this.view = undefined;
    this.displayed = undefined;
    this.displayedKey = undefined;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.disposeView();
    for (const d of this.disposables) d.dispose();
  }
}
