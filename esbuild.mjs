// Bundles the extension's four entry points plus the two files that run inside vitest workers.
// `vscode` is provided by the editor; vitest (and the vite it brings) and fast-check stay in
// node_modules because the runner loads them at run time and generated tests must share one copy.
import { copyFileSync, cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

const watch = process.argv.includes('--watch');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  external: ['vscode', 'vitest', 'vitest/*', 'vite', 'fast-check'],
  define: { VOUCH_VERSION: JSON.stringify(version) },
};

// CommonJS bundles: ESM dependencies (fdir, via tinyglobby) read import.meta.url.
const cjs = {
  format: 'cjs',
  banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  define: { ...common.define, 'import.meta.url': '__importMetaUrl' },
};

const entries = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', ...cjs },
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js', ...cjs },
  { entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', ...cjs },
  { entryPoints: ['server/src/runner.ts'], outfile: 'dist/runner.js', ...cjs },
  { entryPoints: ['server/src/core/runtime/harness.ts'], outfile: 'dist/harness.mjs', format: 'esm' },
  { entryPoints: ['server/src/core/runtime/sandbox.ts'], outfile: 'dist/sandbox.mjs', format: 'esm' },
];

const started = Date.now();
await Promise.all(entries.map((entry) => build({ ...common, ...entry })));

// The verification panel's icons, served to its webview from media/ (its only local resource root).
mkdirSync('media/panel/codicons', { recursive: true });
for (const [from, to] of [['dist/codicon.css', 'codicon.css'], ['dist/codicon.ttf', 'codicon.ttf'], ['LICENSE', 'LICENSE']]) {
  copyFileSync(`node_modules/@vscode/codicons/${from}`, `media/panel/codicons/${to}`);
}

// The demo shop and its AI edit ship with the extension: the walkthrough opens them.
rmSync('dist/demo', { recursive: true, force: true });
cpSync('test-fixtures/demo/workspace', 'dist/demo/workspace', { recursive: true, filter: (src) => !src.includes('node_modules') });
cpSync('test-fixtures/demo/ai-edit/src', 'dist/demo/ai-edit/src', { recursive: true });
if (!watch) console.log(`esbuild: ${entries.length} bundles in ${Date.now() - started} ms`);
