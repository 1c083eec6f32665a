// The status-bar item: "$(shield) Vouch: 2 failing · 1 unverified", "$(loading~spin) Vouch:
// verifying…", "$(circle-slash) Vouch: off (untrusted)". Clicking it opens the verification panel.
import * as vscode from 'vscode';
import type { ExtensionParts } from '../extension';
import { coalesce } from './coalesce';
import { statusBarPresentation } from './statusBarText';
import { STATUS_BAR_ID, TARGET_COMMANDS } from './viewIds';

/** Shows Vouch's state in the status bar, updated on store, status and trust changes. */
export function registerStatusBar(parts: Pick<ExtensionParts, 'store'>): vscode.Disposable[] {
  const { store } = parts;
  const item = vscode.window.createStatusBarItem(STATUS_BAR_ID, vscode.StatusBarAlignment.Left, 10);
  item.name = 'Vouch';
  item.command = TARGET_COMMANDS.showPanel;
  const update = () => {
    const shown = statusBarPresentation({ counts: store.counts(), status: store.status(), trusted: vscode.workspace.isTrusted });
    item.text = shown.text;
    item.tooltip = new vscode.MarkdownString(shown.tooltip);
    item.accessibilityInformation = { label: shown.ariaLabel, role: 'button' };
  };
  const later = coalesce(update, 50);
  update();
  item.show();
  return [
    item,
    later,
    store.onDidChange(() => later.schedule()),
    store.onDidChangeStatus(() => later.schedule()),
    vscode.workspace.onDidGrantWorkspaceTrust(() => later.schedule()),
  ];
}
