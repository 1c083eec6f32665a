// The views on Vouch's results: what extension.ts imports. Each feature has its own entry; the
// `registerViews` convenience registers them all.
import type * as vscode from 'vscode';
import type { ExtensionParts } from '../extension';
import { registerDecorations } from './decorations';
import { registerResultsView, setContextKeys } from './resultsView';
import { registerStatusBar } from './statusBar';
import { registerTestController } from './testController';

export { registerDecorations } from './decorations';
export { registerResultsView, setContextKeys } from './resultsView';
export { registerStatusBar } from './statusBar';
export { registerTestController } from './testController';
export type { TestControllerOptions } from './testController';
export { CONTEXT_KEYS, RESULTS_VIEW_ID, STATUS_BAR_ID, VIEW_COMMAND_IDS, VIEW_CONTAINER_ID } from './viewIds';
export { VIEW_CONTRIBUTIONS } from './viewContributions';

/** The results tree, its context keys, the status bar, AI-edit decorations and the Test Explorer. */
export function registerViews(parts: ExtensionParts, extensionUri: vscode.Uri): vscode.Disposable[] {
  return [
    setContextKeys(parts.store),
    ...registerResultsView(parts),
    ...registerStatusBar(parts),
    ...registerDecorations(parts, extensionUri),
    ...registerTestController(parts),
  ];
}
