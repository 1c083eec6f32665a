#!/usr/bin/env node
// `npm run bench:editor`: how long a person waits, in a real VS Code, from an AI edit landing in the
// editor to the red squiggle on the line that crashes. The packaged .vsix in code-server 4.100.3
// (VS Code 1.100.3), driven by Playwright in Debian's chromium, with the end-to-end tests' own
// helpers (test/e2e; bundled here by esbuild, as the tests are TypeScript) on a fresh copy of the
// demo shop. Writes bench/editor.json and bench/EDITOR.md; nothing is asserted.
//
// Each run inserts a function that crashes on an empty array at the end of src/pricing.ts, as an AI
// tool does (one TextEditor.edit, through the test-only driver extension), then undoes it once
// Vouch is idle again. The clock starts when the driver extension's edit has been applied (a
// Date.now() it appends to VOUCH_E2E_EDIT_LOG) and stops when the first error squiggle element
// appears in the editor (a MutationObserver in the page, Date.now() again: one machine, one clock);
// the run then checks that the squiggle is on the crashing line. Three series:
//   first     the first edit after the window opened (starts the runner: one per window);
//   uncached  a new function name every run, so the verdict cache cannot answer;
//   cached    the same edit as the uncached run before it, re-applied after the undo: the verdict
//             cache answers (the panel's "(cached)" is recorded to show it did).
// The uncached and cached runs alternate, so load on the shared machine hits both alike.
//
// Also renders bench/RESULTS.md again (from the last `npm run bench`'s results.json) with this run in it.
// Options: --runs N (uncached/cached pairs, default 12), --quick (3 pairs, written to bench/.work/),
// --render [editor.json] (writes EDITOR.md again from the results, measuring nothing).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { demoWorkspace } from '../scripts/e2e/demoWorkspace.mjs';
import { CODE_SERVER_DIR, VSIX } from '../scripts/e2e/paths.mjs';
import { loadAverage, machine } from './benchProcess.mjs';
import { summarize } from './stats.mjs';
import { renderResults } from './writeResults.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const work = path.join(repo, 'bench', '.work');
const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const runsArg = argv.indexOf('--runs');
const pairs = runsArg >= 0 ? Number(argv[runsArg + 1]) : quick ? 3 : 12;
const outDir = quick ? work : path.join(repo, 'bench');
const log = (message) => process.stderr.write(`bench:editor: ${message}\n`);

/** The inserted function: `name([])` throws TypeError (reduce of an empty array). */
function crashingFunction(name) {
  return ['', `/** Highest unit price among the lines. */`, `export function ${name}(items: readonly LineItem[]): number {`, '  return items.map((item) => item.unitPrice).reduce((a, b) => Math.max(a, b));', '}', ''].join('\n');
}
const CRASH_LINE_OFFSET = 3; // from the first inserted line to the `return … reduce(…)`

/** CodeServer, Workbench and pollUntil from test/e2e, bundled for Node (their .mjs imports stay as they are). */
async function loadE2eHelpers() {
  const outfile = path.join(work, 'e2eHelpers.mjs');
  await build({
    stdin: {
      contents: "export { CodeServer } from '../test/e2e/codeServer';\nexport { Workbench, VOUCH_STATUS_ITEM } from '../test/e2e/workbench';\n",
      resolveDir: path.join(repo, 'bench'),
      sourcefile: 'e2eHelpers.ts',
      loader: 'ts',
    },
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    packages: 'external',
    logLevel: 'warning',
    plugins: [{
      name: 'keep-mjs-modules',
      setup(builder) {
        builder.onResolve({ filter: /\.mjs$/ }, (args) => ({ path: pathToFileURL(path.resolve(args.resolveDir, args.path)).href, external: true }));
      },
    }],
  });
  return import(pathToFileURL(outfile).href);
}

function source() {
  try {
    const git = (...args) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });
    // Porcelain lines are `XY path`: no trim, the first line may start with a space.
    const dirty = git('status', '--porcelain', '--', 'client', 'server', 'shared').split('\n').filter(Boolean).map((line) => line.slice(3));
    return { commit: git('rev-parse', '--short', 'HEAD').trim(), uncommittedFiles: dirty };
  } catch {
    return { commit: 'unknown', uncommittedFiles: [] };
  }
}

function versions() {
  const read = (file) => JSON.parse(readFileSync(path.join(CODE_SERVER_DIR, 'node_modules', 'code-server', file), 'utf8')).version;
  return { codeServer: read('package.json'), vscode: read(path.join('lib', 'vscode', 'package.json')) };
}

/** In the page: records Date.now() each time the active editor goes from no error squiggle to some. */
function watchSquiggles() {
  const editor = document.querySelector('.editor-group-container.active .monaco-editor');
  if (!editor) throw new Error('no active editor to watch');
  const squiggles = editor.getElementsByClassName('squiggly-error'); // live: cheap to count
  const state = { appeared: [], count: squiggles.length };
  new MutationObserver(() => {
    if (squiggles.length > 0 && state.count === 0) state.appeared.push(Date.now());
    state.count = squiggles.length;
  }).observe(editor, { childList: true, subtree: true, attributes: true, attributeFilter: ['class'] });
  window.__vouchBench = state;
}

async function main() {
  const started = Date.now();
  if (!existsSync(VSIX)) throw new Error(`no ${path.relative(repo, VSIX)}: run \`npm run package\` first (npm run bench:editor does)`);
  mkdirSync(work, { recursive: true });
  const { CodeServer, Workbench, VOUCH_STATUS_ITEM } = await loadE2eHelpers();
  const editLog = path.join(work, 'editor-edits.jsonl');
  rmSync(editLog, { force: true });
  const results = {
    date: new Date().toISOString(),
    command: quick ? 'node bench/editorLatency.mjs --quick' : `npm run bench:editor${runsArg >= 0 ? ` -- --runs ${pairs}` : ''}`,
    machine: machine(),
    source: source(),
    loadAverage: { start: loadAverage() },
    editor: { ...versions(), chromium: '', viewport: '1400×900', headless: true },
    settings: { pairs, vouch: 'defaults (200 inputs per property, related tests on)', layout: 'the Vouch side bar open (results tree and verification panel), src/pricing.ts in the editor' },
  };

  const workspace = demoWorkspace('vouch-bench-editor-');
  const server = await CodeServer.start({ install: [VSIX], env: { VOUCH_E2E_EDIT_LOG: editLog } });
  let workbench;
  try {
    workbench = await Workbench.open(server, { folder: workspace.root });
    results.editor.chromium = workbench.browser.version();
    const { page } = workbench;
    await workbench.waitForExplorer();
    await workbench.openFile('src/pricing.ts');
    // The panel the status-bar item opens, to read whether a verdict came from the cache.
    await page.locator(VOUCH_STATUS_ITEM).click();
    await workbench.webview().locator('body').waitFor();
    await workbench.activeEditor().locator('.view-lines').click();
    await page.evaluate(watchSquiggles);

    const status = (label) => page.locator(`${VOUCH_STATUS_ITEM}[aria-label="${label}"]`);
    /** One AI edit, timed; then Vouch idle again and the edit undone. */
    const measure = async (series, name) => {
      const load1 = Number(os.loadavg()[0].toFixed(2));
      await page.evaluate(() => { window.__vouchBench.appeared = []; });
      const { firstLine } = await workbench.applyAiEdit({ text: crashingFunction(name), at: 'end' });
      await workbench.waitForSquiggle(firstLine + CRASH_LINE_OFFSET, 'error', 120_000);
      const appeared = await page.evaluate(() => window.__vouchBench.appeared);
      // The driver appends its line before it reports the edit in the status bar: the last line is this edit's.
      const edits = readFileSync(editLog, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
      const { appliedAt, requestedAt } = edits[edits.length - 1];
      const ms = appeared.length > 0 ? appeared[0] - appliedAt : null;
      // Everything done (the related tests too) before the next run, and the panel's word on the cache.
      await status('Vouch: 1 failing').waitFor({ timeout: 120_000 });
      const summary = await workbench.webview().locator(`.declaration[data-qualified-name="${name}"][data-state="failed"] .declaration-summary`).innerText({ timeout: 30_000 });
      await workbench.press('Control+Z');
      await page.locator('.tabs-container .tab.active:not(.dirty)', { hasText: 'pricing.ts' }).waitFor();
      await workbench.waitForNoSquiggle('error');
      await status('Vouch').waitFor({ timeout: 120_000 });
      const run = { series, name, ms, applyMs: appliedAt - requestedAt, load1, cached: /\(cached\)/.test(summary), panelSummary: summary.trim() };
      log(`${series.padEnd(8)} ${name.padEnd(20)} ${ms === null ? 'squiggle not seen by the observer' : `${ms} ms`}${run.cached ? ' (cached)' : ''}, load ${load1}`);
      return run;
    };

    const runs = [await measure('first', 'highestUnitPrice')];
    for (let i = 1; i <= pairs; i++) {
      runs.push(await measure('uncached', `highestUnitPrice${i}`));
      runs.push(await measure('cached', `highestUnitPrice${i}`));
    }
    results.runs = runs;
  } catch (error) {
    const dir = await workbench?.saveArtifacts('bench-editor').catch(() => undefined);
    if (dir) log(`screenshot and logs of the failure: ${dir}`);
    throw error;
  } finally {
    await workbench?.close();
    await server.stop();
    workspace.remove();
  }

  const of = (series) => results.runs.filter((run) => run.series === series);
  results.series = Object.fromEntries(['first', 'uncached', 'cached'].map((series) => [series, {
    ...summarize(of(series).map((run) => run.ms).filter((ms) => ms !== null)),
    cacheAnswered: of(series).filter((run) => run.cached).length,
    missed: of(series).filter((run) => run.ms === null).length,
  }]));
  results.loadAverage.end = loadAverage();
  results.benchDurationMs = Date.now() - started;
  writeFileSync(path.join(outDir, 'editor.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(path.join(outDir, 'EDITOR.md'), renderMarkdown(results));
  // bench/RESULTS.md shows this measurement too: render it again from the last `npm run bench`.
  const benchResults = path.join(outDir, 'results.json');
  if (!quick && existsSync(benchResults)) writeFileSync(path.join(outDir, 'RESULTS.md'), renderResults(JSON.parse(readFileSync(benchResults, 'utf8')), results));
  const { uncached, cached } = results.series;
  log(`uncached median ${uncached.median} ms (p95 ${uncached.p95}, n ${uncached.n}), cached median ${cached.median} ms (n ${cached.n}); written to ${path.relative(repo, outDir) || '.'}/EDITOR.md and editor.json`);
}

const time = (ms) => (ms == null ? '–' : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);

export function renderMarkdown(r) {
  const m = r.machine;
  const row = (...cells) => `| ${cells.join(' | ')} |`;
  const seriesRow = (label, s, total) => row(label, s.n, time(s.median), time(s.p95), time(s.min), time(s.max), `${s.cacheAnswered} of ${total}`);
  const count = (series) => r.runs.filter((run) => run.series === series).length;
  const every = (series) => r.runs.filter((run) => run.series === series).map((run) => `${run.ms ?? '–'} (${run.load1})`).join(', ');
  return [
    '# Vouch in the editor: from an AI edit to the red squiggle',
    '',
    `Written by \`${r.command}\` (bench/editorLatency.mjs) on ${r.date.slice(0, 10)} (${r.date}); the whole bench took ${time(r.benchDurationMs)}.`,
    '',
    `- Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB memory, ${m.os}, Node ${m.node}`,
    `- Load average (1, 5, 15 min): ${r.loadAverage.start.join(', ')} at the start, ${r.loadAverage.end.join(', ')} at the end (the machine is shared: other work ran too)`,
    `- Editor: code-server ${r.editor.codeServer} (VS Code ${r.editor.vscode}), Debian's chromium ${r.editor.chromium}, headless, ${r.editor.viewport}, driven by Playwright`,
    `- Vouch: the packaged .vsix of commit ${r.source.commit}${r.source.uncommittedFiles.length ? ` with uncommitted changes to ${r.source.uncommittedFiles.length} files of client/, server/ or shared/ (the working tree was packaged)` : ''}; settings: ${r.settings.vouch}`,
    `- Layout: ${r.settings.layout}`,
    '',
    '## What is measured',
    '',
    'An AI tool inserts a function that crashes on an empty array (`reduce` with no initial value) at the end of the demo shop\'s `src/pricing.ts`, as one `TextEditor.edit` (the test-only driver extension of the end-to-end tests). The clock starts when that edit has been applied in the extension host and stops when the first error squiggle element appears in the editor\'s page (a `MutationObserver`; both times are `Date.now()` on the same machine). Each run then checks that the squiggle is on the crashing line, waits until Vouch is idle (its related-test run included), and undoes the edit. Nothing is asserted.',
    '',
    '- **first**: the first edit after the window opened; it starts Vouch\'s runner and loads the project (one per window).',
    '- **uncached**: a function with a new name every run, so the verdict cache cannot answer: generation, the checks in the warm runner, the diagnostics.',
    '- **cached**: the previous uncached edit again after its undo; the verdict cache answers ("cache answered" counts the runs whose panel said "(cached)").',
    '',
    'Uncached and cached runs alternate. "p95" is the nearest-rank 95th percentile.',
    '',
    '## Results',
    '',
    row('Series', 'runs', 'median', 'p95', 'min', 'max', 'cache answered'),
    row('---', '---', '---', '---', '---', '---', '---'),
    seriesRow('first edit in the window', r.series.first, count('first')),
    seriesRow('**uncached edit**', r.series.uncached, count('uncached')),
    seriesRow('cached edit (same edit again)', r.series.cached, count('cached')),
    '',
    'Every run, ms from the edit to the squiggle (1-minute load average at its start):',
    '',
    `- first: ${every('first')}`,
    `- uncached: ${every('uncached')}`,
    `- cached: ${every('cached')}`,
    '',
  ].join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const render = argv.indexOf('--render');
  const run = render >= 0
    ? async () => {
      // Re-renders EDITOR.md from an editor.json without measuring again.
      const file = argv[render + 1] ?? path.join(outDir, 'editor.json');
      writeFileSync(path.join(path.dirname(file), 'EDITOR.md'), renderMarkdown(JSON.parse(readFileSync(file, 'utf8'))));
    }
    : main;
  run().catch((error) => {
    log(error instanceof Error ? error.stack ?? error.message : String(error));
    process.exit(1);
  });
}
