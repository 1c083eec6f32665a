import { describe, expect, it } from 'vitest';
import { PANEL_COMMANDS, PANEL_COMMAND_IDS, PANEL_CONTRIBUTIONS, PANEL_VIEW_ID } from './panelCommandIds';
import { isPanelCommand, offeredActions, parsePanelMessage } from './panelMessages';
import { buildPanelModel } from './panelModel';
import { afterTabsChanged, nextShownDocument } from './shownDocument';
import { FILE_URI, RELATIVE_PATH, changedDiscount, fileVerdicts, verifiedSize } from './panelFixtures';
import { COMMAND_IDS } from '../commandIds';

const document = { uri: FILE_URI, relativePath: RELATIVE_PATH };
const model = buildPanelModel({ document, verdicts: fileVerdicts([changedDiscount, verifiedSize]), trusted: true, enabled: true });

describe('messages from the panel', () => {
  it('accepts exactly the actions the panel offers', () => {
    for (const action of offeredActions(model)) {
      const data = { command: action.command, uri: FILE_URI, qualifiedName: action.qualifiedName };
      const expected = action.qualifiedName === undefined ? { command: action.command, uri: FILE_URI } : data;
      expect(parsePanelMessage(data, model)).toEqual({ ok: true, message: expected });
    }
    expect(offeredActions(model)).toHaveLength(3 + 4 + 3);
  });

  it('rejects unknown commands, whatever else the message says', () => {
    for (const command of ['workbench.action.terminal.new', 'vouch.clearAiMarks', 'vouch.showPanel', 'rerun', '', 42, undefined, null, ['vouch.rerun']]) {
      const parsed = parsePanelMessage({ command, uri: FILE_URI, qualifiedName: 'Cart.size' }, model);
      expect(parsed.ok, String(command)).toBe(false);
      if (!parsed.ok) expect(parsed.reason).toMatch(/^unknown command/);
    }
  });

  it('rejects what is not a plain message, another document, a declaration not shown, an action not offered and extra fields', () => {
    const reasons = [
      parsePanelMessage(null, model),
      parsePanelMessage('vouch.rerun', model),
      parsePanelMessage([{ command: 'vouch.rerun', uri: FILE_URI }], model),
      parsePanelMessage({ command: 'vouch.rerun' }, model),
      parsePanelMessage({ command: 'vouch.rerun', uri: 'file:///etc/passwd' }, model),
      parsePanelMessage({ command: 'vouch.rerun', uri: FILE_URI, qualifiedName: 'notShown' }, model),
      parsePanelMessage({ command: 'vouch.rerun', uri: FILE_URI, qualifiedName: { toString: () => 'Cart.size' } }, model),
      parsePanelMessage({ command: 'vouch.acceptChange', uri: FILE_URI, qualifiedName: 'Cart.size' }, model),
      parsePanelMessage({ command: 'vouch.acceptChange', uri: FILE_URI }, model),
      parsePanelMessage({ command: 'vouch.rerun', uri: FILE_URI, args: ['--x'] }, model),
    ].map((p) => (p.ok ? 'accepted' : p.reason));
    expect(reasons).toEqual([
      'not an object',
      'not an object',
      'not an object',
      'no document',
      'file:///etc/passwd is not the document shown',
      'vouch.rerun is not offered for notShown now',
      'the declaration is not a name',
      'vouch.acceptChange is not offered for Cart.size now',
      'vouch.acceptChange is not offered for the file now',
      'unexpected field "args"',
    ]);
  });

  it('accepts nothing on a panel with no file, and only the file actions when nothing is verified yet', () => {
    const none = buildPanelModel({ trusted: true, enabled: true });
    expect(parsePanelMessage({ command: 'vouch.rerun', uri: FILE_URI }, none).ok).toBe(false);
    const nothing = buildPanelModel({ document, trusted: true, enabled: true });
    expect(parsePanelMessage({ command: 'vouch.generateTests', uri: FILE_URI }, nothing).ok).toBe(true);
    expect(parsePanelMessage({ command: 'vouch.showReport', uri: FILE_URI }, nothing).ok).toBe(false);
    expect(parsePanelMessage({ command: 'vouch.rerun', uri: FILE_URI }, nothing).ok).toBe(false);
  });

  it('runs only commands the extension registers, and contributes its own ids', () => {
    for (const command of PANEL_COMMANDS) expect((COMMAND_IDS as readonly string[]).includes(command)).toBe(true);
    expect(isPanelCommand('vouch.markSelectionAsAiEdit')).toBe(false);
    expect(PANEL_VIEW_ID).toBe('vouch.panel');
    expect(PANEL_COMMAND_IDS).toEqual(['vouch.showPanel']);
    expect(PANEL_CONTRIBUTIONS.commands.map((c) => c.command)).toEqual([...PANEL_COMMAND_IDS]);
    expect(PANEL_CONTRIBUTIONS.views.vouch.map((v) => [v.type, v.id])).toEqual([['webview', PANEL_VIEW_ID]]);
  });
});

describe('the document the panel follows', () => {
  const ts = { uri: 'file:///w/a.ts', scheme: 'file', languageId: 'typescript' };
  const tsx = { uri: 'file:///w/b.tsx', scheme: 'file', languageId: 'typescriptreact' };

  it('is the active TypeScript file, and none for a file in another language', () => {
    expect(nextShownDocument(undefined, ts)).toBe(ts.uri);
    expect(nextShownDocument(ts.uri, tsx)).toBe(tsx.uri);
    expect(nextShownDocument(ts.uri, { uri: 'file:///w/README.md', scheme: 'file', languageId: 'markdown' })).toBeUndefined();
  });

  it('stays on the last TypeScript file while the focus is in the output panel, a report, a git side or no editor', () => {
    expect(nextShownDocument(ts.uri, { uri: 'output:extension-output-vouch', scheme: 'output', languageId: 'log' })).toBe(ts.uri);
    expect(nextShownDocument(ts.uri, { uri: 'vouch-report:/w/a.ts.vouch-report', scheme: 'vouch-report', languageId: 'vouch-report' })).toBe(ts.uri);
    expect(nextShownDocument(ts.uri, { uri: 'git:/w/a.ts', scheme: 'git', languageId: 'typescript' })).toBe(ts.uri);
    expect(nextShownDocument(ts.uri, undefined)).toBe(ts.uri);
    expect(nextShownDocument(undefined, undefined)).toBeUndefined();
  });

  it('is forgotten once its last tab is closed', () => {
    expect(afterTabsChanged(ts.uri, new Set([ts.uri, tsx.uri]))).toBe(ts.uri);
    expect(afterTabsChanged(ts.uri, new Set([tsx.uri]))).toBeUndefined();
    expect(afterTabsChanged(undefined, new Set([tsx.uri]))).toBeUndefined();
  });
});
