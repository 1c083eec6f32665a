// The names the views share with package.json: view ids, the commands the results tree's menus
// run, context keys and theme colours. Kept free of `vscode` so tests (and the manifest test) can
// read them. `viewContributions.ts` holds the matching `contributes` entries.

/** The activity-bar container and its tree. */
export const VIEW_CONTAINER_ID = 'vouch';
export const RESULTS_VIEW_ID = 'vouch.results';

/**
 * Commands of the results tree's item menus. A menu passes the tree node, not `(uri, name)`, so
 * each of these unwraps the node and runs the matching Vouch command. Hidden from the palette.
 */
export const VIEW_COMMANDS = {
  rerun: 'vouch.results.rerun',
  acceptChange: 'vouch.results.acceptChange',
  generateTests: 'vouch.results.generateTests',
  showReport: 'vouch.results.showReport',
} as const;

export const VIEW_COMMAND_IDS = Object.values(VIEW_COMMANDS);

/** The Vouch commands the views run (registered elsewhere). */
export const TARGET_COMMANDS = {
  rerun: 'vouch.rerun',
  acceptChange: 'vouch.acceptChange',
  generateTests: 'vouch.generateTests',
  showReport: 'vouch.showReport',
  /** The verification panel of the active file (implemented by the panel). */
  showPanel: 'vouch.showPanel',
} as const;

/** Context keys set by `setContextKeys`, read by `viewsWelcome` and menus. */
export const CONTEXT_KEYS = {
  /** Some declaration has a state (the results tree is not empty). */
  hasResults: 'vouch.hasResults',
  /** The workspace is not trusted: Vouch runs nothing. */
  untrusted: 'vouch.untrusted',
} as const;

/** Theme colours contributed for AI-edit decorations (gutter and overview ruler). */
export const AI_EDIT_COLORS = {
  pending: 'vouch.aiEdit.pending',
  verified: 'vouch.aiEdit.verified',
  failed: 'vouch.aiEdit.failed',
  marked: 'vouch.aiEdit.marked',
} as const;

/** The Test Explorer controller. */
export const TEST_CONTROLLER_ID = 'vouch';
export const TEST_CONTROLLER_LABEL = 'Vouch';
export const RUN_PROFILE_LABEL = 'Run with Vouch';

/** The status-bar item (its id shows in "Status Bar: hide ..." menus and E2E selectors). */
export const STATUS_BAR_ID = 'vouch.status';
