// The "Vouch" activity-bar tree (`vouch.results`): the workspace summary, files, declarations and
// checks from the verdict store, refreshed on its changes. The nodes are built by
// resultsTreeModel.ts; here they become TreeItems, and the item menus' commands unwrap a node into
// the `(uri, qualifiedName)` the Vouch commands take.
import * as vscode from 'vscode';
import type { ExtensionParts } from '../extension';
import type { VerdictStore } from '../state/verdictStore';
import { coalesce } from './coalesce';
import { buildResultsTree, childrenOf } from './resultsTreeModel';
import type { ResultsNode, RevealTarget } from './resultsTreeModel';
import { shortCountsText } from './stateText';
import { CONTEXT_KEYS, RESULTS_VIEW_ID, TARGET_COMMANDS, VIEW_COMMANDS } from './viewIds';

/** How long store events are gathered before the tree redraws. */
const REFRESH_DELAY_MS = 75;

const COLLAPSIBLE = {
  none: vscode.TreeItemCollapsibleState.None,
  collapsed: vscode.TreeItemCollapsibleState.Collapsed,
  expanded: vscode.TreeItemCollapsibleState.Expanded,
} as const;

export function toVscodeRange(range: RevealTarget['range']): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

export function relativePath(uri: string): string {
  return vscode.workspace.asRelativePath(vscode.Uri.parse(uri), (vscode.workspace.workspaceFolders?.length ?? 0) > 1);
}

function toTreeItem(node: ResultsNode): vscode.TreeItem {
  const item = new vscode.TreeItem(node.label, COLLAPSIBLE[node.collapsible]);
  item.id = node.id;
  item.description = node.description;
  item.tooltip = new vscode.MarkdownString(node.tooltip);
  item.iconPath = new vscode.ThemeIcon(node.icon.id, node.icon.color ? new vscode.ThemeColor(node.icon.color) : undefined);
  item.contextValue = node.contextValue;
  item.accessibilityInformation = { label: node.ariaLabel };
  if (node.kind === 'file') item.resourceUri = vscode.Uri.parse(node.uri);
  if (node.reveal) {
    const options: vscode.TextDocumentShowOptions = { selection: toVscodeRange(node.reveal.range), preview: true };
    item.command = { command: 'vscode.open', title: 'Show in Editor', arguments: [vscode.Uri.parse(node.reveal.uri), options] };
  }
  return item;
}

export class ResultsTreeProvider implements vscode.TreeDataProvider<ResultsNode>, vscode.Disposable {
  private roots: ResultsNode[] = [];
  private readonly changed = new vscode.EventEmitter<ResultsNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly store: VerdictStore) {
    this.rebuild();
  }

  /** Rebuild every node from the store and tell the view. */
  refresh(): void {
    this.rebuild();
    this.changed.fire(undefined);
  }

  private rebuild(): void {
    this.roots = buildResultsTree(this.store.files(), { relativePath, trusted: vscode.workspace.isTrusted });
  }

  topLevel(): readonly ResultsNode[] {
    return this.roots;
  }

  getTreeItem(node: ResultsNode): vscode.TreeItem {
    return toTreeItem(node);
  }

  getChildren(node?: ResultsNode): ResultsNode[] {
    return node ? childrenOf(node) : this.roots;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

function isNode(value: unknown): value is ResultsNode {
  return typeof value === 'object' && value !== null && 'kind' in value && 'contextValue' in value;
}

/** The `(uri, qualifiedName)` pairs a node stands for: the summary stands for every file. */
function targetsOf(node: ResultsNode): [string, string | undefined][] {
  switch (node.kind) {
    case 'summary':
      return node.uris.map((uri) => [uri, undefined]);
    case 'file':
      return [[node.uri, undefined]];
    default:
      return [[node.uri, node.qualifiedName]];
  }
}

function registerViewCommands(provider: ResultsTreeProvider): vscode.Disposable[] {
  const forEachTarget = (command: string) => async (node: unknown) => {
    if (!isNode(node)) return;
    for (const [uri, name] of targetsOf(node)) await vscode.commands.executeCommand(command, uri, name);
  };
  const rerun = forEachTarget(TARGET_COMMANDS.rerun);
  return [
    // From the view's title bar there is no node: verify every file shown again.
    vscode.commands.registerCommand(VIEW_COMMANDS.rerun, (node?: unknown) => rerun(node ?? provider.topLevel().find((n) => n.kind === 'summary'))),
    vscode.commands.registerCommand(VIEW_COMMANDS.acceptChange, forEachTarget(TARGET_COMMANDS.acceptChange)),
    vscode.commands.registerCommand(VIEW_COMMANDS.generateTests, forEachTarget(TARGET_COMMANDS.generateTests)),
    vscode.commands.registerCommand(VIEW_COMMANDS.showReport, async (node: unknown) => {
      if (!isNode(node) || node.kind === 'summary') return;
      await vscode.commands.executeCommand(TARGET_COMMANDS.showReport, node.uri, node.kind === 'file' ? undefined : node.qualifiedName);
    }),
  ];
}

/** The results tree, its item commands, its badge (failing and changed declarations), and its refreshes. */
export function registerResultsView(parts: Pick<ExtensionParts, 'store'>): vscode.Disposable[] {
  const { store } = parts;
  const provider = new ResultsTreeProvider(store);
  const view = vscode.window.createTreeView(RESULTS_VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });
  const updateBadge = () => {
    const counts = store.counts();
    const attention = vscode.workspace.isTrusted ? counts.failed + counts.changed : 0;
    view.badge = attention > 0 ? { value: attention, tooltip: `Vouch: ${shortCountsText({ ...counts, verified: 0, accepted: 0, pending: 0, unverifiable: 0 })}` } : undefined;
  };
  const redraw = coalesce(() => {
    provider.refresh();
    updateBadge();
  }, REFRESH_DELAY_MS);
  updateBadge();
  return [
    provider,
    view,
    redraw,
    store.onDidChange(() => redraw.schedule()),
    vscode.workspace.onDidGrantWorkspaceTrust(() => redraw.schedule()),
    vscode.workspace.onDidChangeWorkspaceFolders(() => redraw.schedule()),
    ...registerViewCommands(provider),
  ];
}

/** Keeps `vouch.hasResults` and `vouch.untrusted` (read by viewsWelcome) in step with the store and trust. */
export function setContextKeys(store: VerdictStore): vscode.Disposable {
  const values = new Map<string, boolean>();
  const set = (key: string, value: boolean) => {
    if (values.get(key) === value) return;
    values.set(key, value);
    void vscode.commands.executeCommand('setContext', key, value);
  };
  const update = () => {
    set(CONTEXT_KEYS.untrusted, !vscode.workspace.isTrusted);
    set(CONTEXT_KEYS.hasResults, store.files().some((f) => f.declarations.length > 0));
  };
  update();
  return vscode.Disposable.from(store.onDidChange(update), vscode.workspace.onDidGrantWorkspaceTrust(update));
}
