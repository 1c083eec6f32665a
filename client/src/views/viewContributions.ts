// The package.json `contributes` entries the views need, as data: merged into the manifest by
// hand, and checked by viewContributions.test.ts (media files exist, ids match viewIds.ts). Keep
// the two in step: a manifest test can assert that package.json contains every entry below.
import { AI_EDIT_COLORS, CONTEXT_KEYS, RESULTS_VIEW_ID, VIEW_COMMANDS, VIEW_CONTAINER_ID } from './viewIds';

const inView = `view == ${RESULTS_VIEW_ID}`;
/** `viewItem` is `summary`, `file`, `declaration <state> [exported]` or `check <status>`. */
const items = {
  rerunnable: `${inView} && viewItem =~ /^(summary|file|declaration)\\b/`,
  changed: `${inView} && viewItem =~ /^declaration changed\\b/`,
  reportable: `${inView} && viewItem =~ /^(file|declaration)\\b/`,
  exported: `${inView} && viewItem =~ /^declaration .*\\bexported\\b/`,
};

/** "Open the Demo Walkthrough": the walkthrough id (`<publisher>.<name>#<walkthrough id>`) must match package.json's `walkthroughs`. */
export const DEMO_WALKTHROUGH = 'vouch-dev.vouch#gettingStarted';
const openWalkthrough = `command:workbench.action.openWalkthrough?${encodeURIComponent(JSON.stringify([DEMO_WALKTHROUGH, false]))}`;

export const VIEW_CONTRIBUTIONS = {
  viewsContainers: {
    activitybar: [{ id: VIEW_CONTAINER_ID, title: 'Vouch', icon: 'media/vouch.svg' }],
  },
  views: {
    [VIEW_CONTAINER_ID]: [{ id: RESULTS_VIEW_ID, name: 'Results', contextualTitle: 'Vouch', icon: 'media/vouch.svg' }],
  },
  viewsWelcome: [
    {
      view: RESULTS_VIEW_ID,
      contents: [
        'Vouch verifies code that AI tools insert: it runs generated tests on each changed function in the background and shows here what passed, what broke and what changed behaviour.',
        `[Open the Demo Walkthrough](${openWalkthrough})`,
        'Nothing has been verified yet. Let an AI tool edit a TypeScript file, or select code an AI wrote and mark it:',
        '[Mark Selection as AI Edit](command:vouch.markSelectionAsAiEdit)',
      ].join('\n'),
      when: `!${CONTEXT_KEYS.hasResults} && !${CONTEXT_KEYS.untrusted}`,
    },
    {
      view: RESULTS_VIEW_ID,
      contents: [
        'Vouch runs no code in an untrusted workspace, so nothing is verified here. AI edits are still marked in the editor.',
        '[Manage Workspace Trust](command:workbench.trust.manage)',
      ].join('\n'),
      when: CONTEXT_KEYS.untrusted,
    },
  ],
  commands: [
    { command: VIEW_COMMANDS.rerun, title: 'Verify Again', category: 'Vouch', icon: '$(refresh)' },
    { command: VIEW_COMMANDS.acceptChange, title: 'Accept Behaviour Change', category: 'Vouch', icon: '$(check)' },
    { command: VIEW_COMMANDS.generateTests, title: 'Generate Tests', category: 'Vouch', icon: '$(beaker)' },
    { command: VIEW_COMMANDS.showReport, title: 'Show Report', category: 'Vouch', icon: '$(go-to-file)' },
  ],
  menus: {
    commandPalette: Object.values(VIEW_COMMANDS).map((command) => ({ command, when: 'false' })),
    'view/title': [
      { command: VIEW_COMMANDS.rerun, when: `${inView} && ${CONTEXT_KEYS.hasResults} && !${CONTEXT_KEYS.untrusted}`, group: 'navigation@1' },
      { command: 'vouch.showOutput', when: inView, group: '9_vouch@1' },
    ],
    'view/item/context': [
      { command: VIEW_COMMANDS.acceptChange, when: items.changed, group: 'inline@1' },
      { command: VIEW_COMMANDS.showReport, when: items.reportable, group: 'inline@2' },
      { command: VIEW_COMMANDS.rerun, when: items.rerunnable, group: 'inline@3' },
      { command: VIEW_COMMANDS.acceptChange, when: items.changed, group: '1_vouch@1' },
      { command: VIEW_COMMANDS.rerun, when: items.rerunnable, group: '1_vouch@2' },
      { command: VIEW_COMMANDS.showReport, when: items.reportable, group: '1_vouch@3' },
      { command: VIEW_COMMANDS.generateTests, when: items.exported, group: '1_vouch@4' },
    ],
  },
  colors: [
    {
      id: AI_EDIT_COLORS.pending,
      description: 'Overview ruler mark of AI-edited lines that Vouch is verifying.',
      defaults: { dark: '#3794FFB3', light: '#1A85FFB3', highContrast: '#3794FF', highContrastLight: '#0F4A85' },
    },
    {
      id: AI_EDIT_COLORS.verified,
      description: 'Overview ruler mark of AI-edited lines whose declaration Vouch verified (or whose behaviour change was accepted).',
      defaults: { dark: '#73C991B3', light: '#388A34B3', highContrast: '#73C991', highContrastLight: '#1E6B1A' },
    },
    {
      id: AI_EDIT_COLORS.failed,
      description: 'Overview ruler mark of AI-edited lines whose declaration failed a check, changed behaviour, or could not be verified.',
      defaults: { dark: '#F14C4CB3', light: '#E51400B3', highContrast: '#F48771', highContrastLight: '#B5200D' },
    },
    {
      id: AI_EDIT_COLORS.marked,
      description: 'Overview ruler mark of AI-edited lines outside any verified declaration (or in an untrusted workspace).',
      defaults: { dark: '#8C8C8CB3', light: '#6F6F6FB3', highContrast: '#C3C3C3', highContrastLight: '#5A5A5A' },
    },
  ],
};
