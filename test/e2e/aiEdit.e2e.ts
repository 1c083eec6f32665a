// The main path, as a person sees it in a real VS Code with the packaged extension installed: an
// AI tool inserts a function with a bug into the demo shop; a red squiggle appears on the line
// that crashes, its hover names the input, the CodeLens says failing; the Vouch sidebar lists the
// declaration as failing, the verification panel shows the counterexample and the status bar
// counts it. The person fixes the bug by typing and the squiggle goes, the CodeLens says verified;
// "Generate tests" writes tests for the function into the project, which pass with the project's
// own vitest. Then an AI tool changes the rounding of an existing function: a warning says the
// behaviour changed, and accepting it from the quick fix clears the warning.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoWorkspace } from '../../scripts/e2e/demoWorkspace.mjs';
import { REPO, VSIX } from '../../scripts/e2e/paths.mjs';
import { CodeServer } from './codeServer';
import { saveArtifactsOnFailure } from './failureArtifacts';
import { pollUntil, VOUCH_STATUS_ITEM, Workbench } from './workbench';

/** What the AI tool inserts at the end of src/pricing.ts: it crashes on an empty order. */
const INSERTED = [
  '',
  '/** Highest unit price among the lines. */',
  'export function highestUnitPrice(items: readonly LineItem[]): number {',
  '  return items.map((item) => item.unitPrice).reduce((a, b) => Math.max(a, b));',
  '}',
  '',
].join('\n');

/** The AI tool's "tidy-up" of bulkPrice: the tiers become a ternary, and the price is now rounded
 *  to whole units instead of cents (bulkPrice(1, 51) was 45.9, is 46). The workspace's own tests
 *  and the @example still pass: only Vouch's comparison with HEAD notices. */
const BULK_PRICE_ROUNDED = [
  'export function bulkPrice(unitPrice: number, qty: number): number {',
  "  if (!Number.isInteger(qty) || qty < 0) throw new RangeError('qty must be a non-negative integer');",
  '  const rate = qty >= 100 ? 0.15 : qty >= 50 ? 0.1 : qty >= 10 ? 0.05 : 0;',
  '  return Math.round(unitPrice * qty * (1 - rate));',
  '}',
].join('\n');

/** 0-based lines of `export function bulkPrice(…) {` and of its closing `}` in the demo's pricing.ts. */
function bulkPriceLines(): { start: number; end: number } {
  const lines = readFileSync(path.join(REPO, 'test-fixtures', 'demo', 'workspace', 'src', 'pricing.ts'), 'utf8').split('\n');
  const start = lines.findIndex((line) => line.startsWith('export function bulkPrice('));
  const end = lines.findIndex((line, index) => index > start && line === '}');
  if (start < 0 || end < 0) throw new Error('bulkPrice is not where this test expects it in the demo');
  return { start, end };
}

/** The workspace's own vitest on one test file (its node_modules link to the checkout's), as JSON. */
async function runWorkspaceVitest(root: string, testFile: string): Promise<{ success: boolean; tests: { fullName: string; status: string }[]; output: string }> {
  // Not this run's VITEST_* variables: the workspace's vitest is a run of its own.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST')));
  const vitest = path.join(root, 'node_modules', 'vitest', 'vitest.mjs');
  const run = await promisify(execFile)(process.execPath, [vitest, 'run', testFile, '--reporter=json'], { cwd: root, env: { ...env, CI: '1' }, maxBuffer: 16 * 1024 * 1024 })
    .catch((error: { stdout?: string; stderr?: string }) => ({ stdout: error.stdout ?? '', stderr: error.stderr ?? '' }));
  const json = run.stdout.slice(run.stdout.indexOf('{'));
  try {
    const report = JSON.parse(json) as { success: boolean; testResults: { assertionResults: { fullName: string; status: string }[] }[] };
    return { success: report.success, tests: report.testResults.flatMap((file) => file.assertionResults), output: run.stderr };
  } catch {
    throw new Error(`vitest did not report JSON:\n${run.stdout}\n${run.stderr}`);
  }
}

describe('an AI edit in the workbench', () => {
  const workspace = demoWorkspace();
  let server: CodeServer;
  let workbench: Workbench;
  /** 1-based line of the `return … reduce(…)` that crashes. */
  let crashLine: number;

  beforeAll(async () => {
    if (!existsSync(VSIX)) throw new Error(`no ${path.relative(REPO, VSIX)}: run \`npm run package\` first (npm run test:e2e does)`);
    if (statSync(VSIX).mtimeMs < statSync(path.join(REPO, 'dist', 'server.js')).mtimeMs) console.warn(`${path.basename(VSIX)} is older than dist/server.js: npm run package`);
    // Hovers open below the line, so that the screenshot shows the CodeLens above the function too.
    server = await CodeServer.start({ install: [VSIX], settings: { 'editor.hover.above': false } });
    workbench = await Workbench.open(server, { folder: workspace.root });
    await workbench.waitForExplorer();
  });

  /** The verification panel's pane in the Vouch side bar. */
  const panelPane = () => workbench.page.locator('.part.sidebar .pane', { has: workbench.page.locator('.pane-header', { hasText: /^Verification/i }) });

  saveArtifactsOnFailure('aiEdit', () => workbench);

  afterAll(async () => {
    await workbench?.close();
    await server?.stop();
    workspace.remove();
  });

  it('shows a red squiggle on the line that crashes, a hover naming the input, and a failing CodeLens', async () => {
    await workbench.openFile('src/pricing.ts');
    const { firstLine } = await workbench.applyAiEdit({ text: INSERTED, at: 'end' });
    crashLine = firstLine + INSERTED.split('\n').findIndex((line) => line.includes('.reduce('));

    const squiggle = await workbench.waitForSquiggle(crashLine, 'error');
    expect(await workbench.squiggleLines('error')).toEqual([crashLine]);
    expect(await workbench.waitForCodeLens(/failing/)).toMatch(/^1 failing: show$/);
    const hover = await workbench.hover(squiggle);
    expect(hover).toMatch(/Crash \(\d+ of \d+ inputs\): highestUnitPrice\(\[\]\) throws TypeError: Reduce of empty array with no initial value/);
    // For the README: the whole window, and the editor from the function's comment to the hover's end.
    const editorBox = (await workbench.activeEditor().boundingBox())!;
    const commentBox = (await workbench.activeEditor().locator('.margin-view-overlays .line-numbers', { hasText: new RegExp(`^${crashLine - 2}$`) }).boundingBox())!;
    const hoverWidget = workbench.page.locator('.monaco-resizable-hover').filter({ hasText: 'highestUnitPrice([])' }).last();
    const region = { x: editorBox.x, y: commentBox.y - 4, width: editorBox.width - 24, height: commentBox.height };
    console.log(`screenshots for the README: ${await workbench.screenshot('ai-edit-squiggle-hover')}, ${await workbench.screenshotOf('squiggle-hover', [region, hoverWidget], 0)}`);
  });

  it('lists the failing declaration in the sidebar, shows the counterexample in the panel, and counts it in the status bar', async () => {
    await workbench.page.keyboard.press('Escape'); // the hover
    // The status-bar item counts the failure; clicking it opens the verification panel.
    const status = workbench.page.locator(VOUCH_STATUS_ITEM);
    await workbench.page.locator(`${VOUCH_STATUS_ITEM}[aria-label="Vouch: 1 failing"]`).waitFor();
    expect((await status.innerText()).trim()).toBe('Vouch: 1 failing');
    await status.click();
    const sidebar = workbench.page.locator('.part.sidebar');
    await sidebar.locator('.composite.title h2', { hasText: /^Vouch$/i }).waitFor();

    // The Results tree: the summary, the file, the declaration and its failed check.
    const tree = sidebar.locator('.pane', { has: workbench.page.locator('.pane-header', { hasText: /^Results/i }) });
    await tree.getByRole('treeitem', { name: 'highestUnitPrice: failed: crash, AI edit' }).waitFor();
    await tree.getByRole('treeitem', { name: 'src/pricing.ts: 1 failing' }).waitFor();
    await tree.getByRole('treeitem', { name: /^Vouch summary: 0 verified, 1 failing, / }).waitFor();
    await tree.getByRole('treeitem', { name: 'crash check of highestUnitPrice: failed on highestUnitPrice([])' }).waitFor();

    // The verification panel follows the active editor: the declaration, failed, with its counterexample.
    const panel = workbench.webview();
    const declaration = panel.locator('.declaration[data-qualified-name="highestUnitPrice"]');
    await declaration.locator('.finding-crash').waitFor();
    expect(await declaration.getAttribute('data-state')).toBe('failed');
    expect(await panel.locator('#panel-heading').innerText()).toBe('pricing.ts');
    expect(await declaration.locator('.finding-input').innerText()).toMatch(/^Input\s+highestUnitPrice\(\[\]\)$/);
    expect(await declaration.locator('.finding-error').innerText()).toBe('TypeError: Reduce of empty array with no initial value');
    expect(await declaration.locator('.finding-meta').innerText()).toMatch(/Inputs\s*\d+ of 200 inputs/);

    // For the README, once the CodeLens has caught up with the verdict: a wider side bar, with
    // room for the panel under the tree (they stay so for the tests below).
    await workbench.waitForCodeLens(/^1 failing: show$/);
    await workbench.dragSash(sidebar, 'right', 160);
    await workbench.dragSash(panelPane(), 'top', -180);
    console.log(`screenshot for the README: ${await workbench.screenshotOf('vouch-sidebar', [workbench.page.locator('.part.activitybar'), sidebar], 0)}`);
    // Back to the editor, as a person clicks into the code.
    await workbench.activeEditor().locator('.view-lines').click();
  });

  it('clears the squiggle once the bug is fixed by typing, and the CodeLens says verified', async () => {
    // Give reduce an initial value: `…Math.max(a, b), 0);`, typed before the last `)`.
    const line = INSERTED.split('\n').find((text) => text.includes('.reduce('))!;
    await workbench.page.keyboard.press('Escape'); // the hover
    await workbench.goTo(crashLine, line.lastIndexOf(')') + 1);
    await workbench.type(', 0');
    await workbench.waitForNoSquiggle('error');
    expect(await workbench.waitForCodeLens(/^Verified:/)).toMatch(/^Verified: \d+ inputs, \d+ checks$/);
    expect(await workbench.codeLenses()).not.toContainEqual(expect.stringMatching(/failing/));
  });

  it('writes tests for the fixed function with "Generate tests", and they pass with the workspace\'s vitest', async () => {
    await workbench.press('Control+S'); // the tests run against the file on disk
    await workbench.page.locator('.tabs-container .tab.active:not(.dirty)', { hasText: 'pricing.ts' }).waitFor();
    const testFile = path.join(workspace.root, 'test', 'pricing.test.ts');
    const before = readFileSync(testFile, 'utf8');
    expect(before).not.toContain('highestUnitPrice');

    // The "Generate tests" CodeLens over highestUnitPrice (the one beside its "Verified" lens).
    const lenses = workbench.activeEditor().locator('.codelens-decoration', { has: workbench.page.locator('a', { hasText: /^Verified:/ }) });
    await lenses.locator('a', { hasText: /^Generate tests$/ }).click();
    const toast = workbench.page.locator('.notifications-toasts', { hasText: /Vouch: \d+ tests? added/ });
    await toast.waitFor();
    await workbench.page.locator('.tabs-container .tab.active', { hasText: 'pricing.test.ts' }).waitFor();

    // Written beside the workspace's own tests of pricing.ts, which are kept.
    const after = readFileSync(testFile, 'utf8');
    expect(after).toContain(before.trim().split('\n')[0]);
    expect(after).toMatch(/highestUnitPrice\(/);
    const run = await runWorkspaceVitest(workspace.root, 'test/pricing.test.ts');
    expect(run.tests.filter((test) => test.status !== 'passed'), run.output).toEqual([]);
    expect(run.success).toBe(true);
    const generated = run.tests.filter((test) => test.fullName.includes('highestUnitPrice'));
    expect(generated.length).toBeGreaterThan(0);
    expect(run.tests.length).toBeGreaterThan(generated.length); // the workspace's own tests ran too
  });

  it('warns when an AI edit changes what a function returns, and accepting it from the quick fix clears the warning', async () => {
    await workbench.openFile('src/pricing.ts');
    const { start, end } = bulkPriceLines();
    await workbench.applyAiEdit({ text: BULK_PRICE_ROUNDED, replace: { start: { line: start, character: 0 }, end: { line: end, character: 1 } } });
    const lastLine = start + BULK_PRICE_ROUNDED.split('\n').length; // 1-based
    const lens = await workbench.waitForCodeLens(/^Behaviour changed/);
    expect(lens).toMatch(/^Behaviour changed on \d+ of 200 inputs: review$/);
    expect(await workbench.codeLenses()).toContain('Accept change');
    const warningLine = await pollUntil('a warning squiggle on the new bulkPrice', async () =>
      (await workbench.squiggleLines('warning')).find((line) => line > start && line <= lastLine));
    expect(await workbench.squiggleLines('error')).toEqual([]);
    const hover = await workbench.hover(workbench.squiggles('warning').first());
    const [, input, oldValue, newValue] = /Behaviour changed \(\d+ of \d+ inputs\): (bulkPrice\(\d[^)]*\)): ([\d.]+) → ([\d.]+)/.exec(hover) ?? [];
    expect(input, hover).toBeDefined();

    // The panel shows the same counterexample, old and new side by side, with the button to accept it.
    const declaration = workbench.webview().locator('.declaration[data-qualified-name="bulkPrice"][data-state="changed"]');
    await declaration.locator('.finding-behavior-change').waitFor();
    expect(await declaration.locator('.finding-input code').innerText()).toBe(input);
    expect(await declaration.locator('.comparison[data-comparison="old-new"] .old code').innerText()).toBe(oldValue);
    expect(await declaration.locator('.comparison[data-comparison="old-new"] .new code').innerText()).toBe(newValue);
    await declaration.getByRole('button', { name: 'Accept change of bulkPrice' }).waitFor();
    console.log(`screenshots for the README: ${await workbench.screenshotOf('vouch-panel', [panelPane()], 0)}, ${await workbench.screenshot('behaviour-change')}`);

    await workbench.press('Escape');
    await workbench.goTo(warningLine, 10);
    const offered = await workbench.quickFix(/^Accept the behaviour change of bulkPrice$/);
    expect(offered).toContain("Save Vouch's tests for bulkPrice into the project");
    await workbench.waitForNoSquiggle('warning');
    expect(await workbench.waitForCodeLens(/accepted/)).toBe('Behaviour change accepted');
    expect(await workbench.codeLenses()).not.toContain('Accept change');
  });
});
