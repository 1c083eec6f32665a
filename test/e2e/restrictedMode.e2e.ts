// Workspace Trust on, and the folder not trusted: Vouch runs in restricted mode (it declares
// limited support). An AI edit is still marked, but nothing is executed: the CodeLens over the
// edited function says verification is off and why, no verdict appears, the status bar says Vouch
// is off, and the Vouch sidebar's welcome view explains it with a button to manage trust. Trusting
// the folder from there starts verification: the bug's squiggle appears and the sidebar lists it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoWorkspace } from '../../scripts/e2e/demoWorkspace.mjs';
import { VSIX } from '../../scripts/e2e/paths.mjs';
import { CodeServer } from './codeServer';
import { saveArtifactsOnFailure } from './failureArtifacts';
import { VOUCH_STATUS_ITEM, Workbench } from './workbench';

const INSERTED = [
  '',
  '/** Highest unit price among the lines. */',
  'export function highestUnitPrice(items: readonly LineItem[]): number {',
  '  return items.map((item) => item.unitPrice).reduce((a, b) => Math.max(a, b));',
  '}',
  '',
].join('\n');

describe('an AI edit in an untrusted folder', () => {
  const workspace = demoWorkspace();
  let server: CodeServer;
  let workbench: Workbench;
  /** 1-based line of the `return … reduce(…)` that crashes on an empty order. */
  let crashLine: number;

  beforeAll(async () => {
    server = await CodeServer.start({ install: [VSIX], workspaceTrust: true });
    workbench = await Workbench.open(server, { folder: workspace.root });
  });

  saveArtifactsOnFailure('restrictedMode', () => workbench);

  afterAll(async () => {
    await workbench?.close();
    await server?.stop();
    workspace.remove();
  });

  it('opens in restricted mode when the person does not trust the folder', async () => {
    const dialog = workbench.page.locator('.monaco-dialog-box', { hasText: 'trust the authors' });
    await dialog.waitFor({ timeout: 60_000 });
    await dialog.getByRole('button', { name: "No, I don't trust the authors" }).click();
    await dialog.waitFor({ state: 'detached' });
    await workbench.page.locator('.statusbar-item', { hasText: 'Restricted Mode' }).waitFor();
  });

  it('marks the AI edit but verifies nothing, and says why in the CodeLens', async () => {
    await workbench.openFile('src/pricing.ts');
    const { firstLine } = await workbench.applyAiEdit({ text: INSERTED, at: 'end' });
    crashLine = firstLine + INSERTED.split('\n').findIndex((line) => line.includes('.reduce('));
    const lens = await workbench.waitForCodeLens(/verification is off/);
    expect(lens).toBe('Vouch: verification is off: this workspace is not trusted, so Vouch runs no code (AI edits are still marked)');
    await workbench.page.locator('.notifications-toasts', { hasText: 'Trust the workspace to verify AI edits' }).waitFor();
    expect(await workbench.squiggleLines('error')).toEqual([]);
    expect(await workbench.codeLenses()).not.toContainEqual(expect.stringMatching(/failing|Verified/));
  });

  it('says in the Vouch sidebar and the status bar why nothing is verified', async () => {
    expect((await workbench.page.locator(VOUCH_STATUS_ITEM).innerText()).trim()).toBe('Vouch: off (untrusted)');
    const sidebar = await workbench.openViewContainer('Vouch');
    const welcome = sidebar.locator('.pane', { has: workbench.page.locator('.pane-header', { hasText: /^Results/i }) }).locator('.welcome-view-content');
    await welcome.waitFor();
    expect(await welcome.innerText()).toMatch(/^Vouch runs no code in an untrusted workspace, so nothing is verified here\. AI edits are still marked in the editor\.\s+Manage Workspace Trust$/);
    // The welcome for a trusted workspace with nothing verified yet is not shown as well.
    expect(await welcome.innerText()).not.toContain('Nothing has been verified yet');
    expect(await sidebar.getByRole('treeitem').count()).toBe(0);
    console.log(`screenshot: ${await workbench.screenshot('restricted-mode-sidebar')}`);
  });

  it('verifies the edit once the folder is trusted from the welcome view: the squiggle appears, the sidebar lists it', async () => {
    await workbench.page.locator('.part.sidebar .welcome-view-content').getByRole('button', { name: 'Manage Workspace Trust' }).click();
    await workbench.page.getByRole('button', { name: 'Trust', exact: true }).click();
    await workbench.page.locator('.statusbar-item', { hasText: 'Restricted Mode' }).waitFor({ state: 'detached' });
    await workbench.openFile('src/pricing.ts');
    await workbench.waitForSquiggle(crashLine, 'error');
    expect(await workbench.waitForCodeLens(/failing/)).toBe('1 failing: show');
    await workbench.page.locator('.part.sidebar').getByRole('treeitem', { name: 'highestUnitPrice: failed: crash, AI edit' }).waitFor();
    expect(await workbench.page.locator('.part.sidebar .welcome-view-content').count()).toBe(0);
  });
});
