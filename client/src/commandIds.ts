// The ids of Vouch's commands (kept free of `vscode` so tests can read them). package.json
// contributes exactly these, and a test keeps the two in step.
export const COMMAND_IDS = [
  'vouch.acceptChange',
  'vouch.generateTests',
  'vouch.rerun',
  'vouch.showReport',
  'vouch.markSelectionAsAiEdit',
  'vouch.clearAiMarks',
  'vouch.showOutput',
  'vouch.openDemo',
  'vouch.applyDemoEdit',
] as const;

export type CommandId = (typeof COMMAND_IDS)[number];

/** Commands registered by their own feature's module instead of the table in commands.ts. */
export const MODULE_COMMANDS = ['vouch.openDemo', 'vouch.applyDemoEdit'] as const;
export type TableCommandId = Exclude<CommandId, (typeof MODULE_COMMANDS)[number]>;

/** Commands that need arguments a person cannot give from the palette (CodeLens and quick fixes pass them). */
export const INTERNAL_COMMANDS: readonly CommandId[] = ['vouch.acceptChange'];
