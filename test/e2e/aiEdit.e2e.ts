// The main path, as a person sees it in a real VS Code with the packaged extension installed: an
// AI tool inserts a function with a bug into the demo shop; a red squiggle appears on the line
// that crashes, its hover names the input, the CodeLens says failing; the person fixes the bug by
// typing and the squiggle goes, the CodeLens says verified.
import { existsSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { demoWorkspace } from '../../scripts/e2e/demoWorkspace.mjs';
import { REPO, VSIX } from '../../scripts/e2e/paths.mjs';
import { CodeServer } from './codeServer';
import { Workbench } from './workbench';

/** What the AI tool inserts at the end of src/pricing.ts: it crashes on an empty order. */
const INSERTED = [
  '',
  '/** Highest unit price among the lines. */',
  'export function highestUnitPrice(items: readonly LineItem[]): number {',
  '  return items.map((item) => item.unitPrice).reduce((a, b) => Math.max(a, b));',
  '}',
  '',
].join('\n');

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

  beforeEach((context) => {
    context.onTestFailed(async () => {
      const dir = await workbench?.saveArtifacts(`aiEdit-${context.task.name}`);
      console.error(`screenshot and logs of the failure: ${dir}`);
    });
  });

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
    console.log(`screenshot for the README: ${await workbench.screenshot('ai-edit-squiggle-hover')}`);
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
});
