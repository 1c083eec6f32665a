// Compiles the extension-host suite (suite/index.ts and suite/*.host.ts) into .e2e/extension-host/,
// one CommonJS bundle per file, for either launcher: VS Code provides `vscode`, and mocha loads
// from the checkout's node_modules. Run by both launchers; also `node test/extension-host/build.mjs`.
import { readdirSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { E2E_DIR, ensureE2eDir } from '../../scripts/e2e/paths.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const SUITE_OUT = path.join(E2E_DIR, 'extension-host');
export const SUITE_INDEX = path.join(SUITE_OUT, 'index.js');

export async function buildSuite() {
  const suite = path.join(here, 'suite');
  const entryPoints = readdirSync(suite).filter((file) => file === 'index.ts' || file.endsWith('.host.ts')).map((file) => path.join(suite, file));
  ensureE2eDir();
  rmSync(SUITE_OUT, { recursive: true, force: true });
  await build({
    entryPoints,
    outdir: SUITE_OUT,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'inline',
    logLevel: 'warning',
    external: ['vscode', 'mocha'],
  });
  return SUITE_INDEX;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(await buildSuite());
