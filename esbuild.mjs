// Bundles the extension's four entry points plus the two files that run inside vitest workers.
// `vscode` is provided by the editor; vitest (and the vite it brings) and fast-check stay in
// node_modules because the runner loads them at run time and generated tests must share one copy.
import { build } from 'esbuild';

const watch = process.argv.includes('--watch');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  external: ['vscode', 'vitest', 'vitest/*', 'vite', 'fast-check'],
};

const entries = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', format: 'cjs' },
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js', format: 'cjs' },
  { entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', format: 'cjs' },
  { entryPoints: ['server/src/runner.ts'], outfile: 'dist/runner.js', format: 'cjs' },
  { entryPoints: ['server/src/core/runtime/harness.ts'], outfile: 'dist/harness.mjs', format: 'esm' },
  { entryPoints: ['server/src/core/runtime/sandbox.ts'], outfile: 'dist/sandbox.mjs', format: 'esm' },
];

const started = Date.now();
await Promise.all(entries.map((entry) => build({ ...common, ...entry })));
if (!watch) console.log(`esbuild: ${entries.length} bundles in ${Date.now() - started} ms`);
