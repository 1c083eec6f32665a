// The ids the verification panel contributes and the commands its buttons may run. Free of
// `vscode` so the manifest test and the panel's unit tests can read them.
import type { CommandId } from '../commandIds';

/** The webview view, in the "Vouch" activity-bar container. */
export const PANEL_VIEW_ID = 'vouch.panel';

/** Reveals the panel (optionally on a given document). */
export const SHOW_PANEL_COMMAND = 'vouch.showPanel';

/** Commands the panel contributes to package.json, beside the table of `commandIds.ts`. */
export const PANEL_COMMAND_IDS = [SHOW_PANEL_COMMAND] as const;

/** The only commands a message from the webview may run; each takes `(uri, qualifiedName?)`. */
export const PANEL_COMMANDS = ['vouch.rerun', 'vouch.acceptChange', 'vouch.generateTests', 'vouch.showReport'] as const satisfies readonly CommandId[];

export type PanelCommandId = (typeof PANEL_COMMANDS)[number];

/**
 * The package.json `contributes` entries of the panel, as data (merged into the manifest by hand;
 * a manifest test can assert that package.json contains each). The view sits in the "Vouch"
 * activity-bar container (`vouch`, contributed with the results tree).
 */
export const PANEL_CONTRIBUTIONS = {
  views: {
    vouch: [{ type: 'webview', id: PANEL_VIEW_ID, name: 'Verification', contextualTitle: 'Vouch', icon: 'media/vouch.svg' }],
  },
  commands: [{ command: SHOW_PANEL_COMMAND, title: 'Show Verification Panel', category: 'Vouch', icon: '$(beaker)' }],
} as const;
