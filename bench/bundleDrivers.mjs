// Bundles the TypeScript drivers (which import the engine from source) into bench/.work/*.cjs with
// the settings of the CLI's own bundle (esbuild.mjs): CommonJS, vitest, vite and fast-check left in
// node_modules for the runner to share. The drivers find dist/runner.js through VOUCH_DIST.
import * as path from 'node:path';
import { build } from 'esbuild';

export const DRIVERS = ['warmVerify', 'power', 'lspLatency'];

/** Resolves to `{ warmVerify: '<repo>/bench/.work/warmVerify.cjs', ... }`. */
export async function bundleDrivers(repo, workDir) {
  const outputs = {};
  await Promise.all(
    DRIVERS.map((name) => {
      outputs[name] = path.join(workDir, `${name}.cjs`);
      return build({
        entryPoints: [path.join(repo, 'bench', `${name}.ts`)],
        outfile: outputs[name],
        bundle: true,
        platform: 'node',
        target: 'node20',
        format: 'cjs',
        sourcemap: true,
        logLevel: 'warning',
        external: ['vscode', 'vitest', 'vitest/*', 'vite', 'fast-check'],
        banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
        define: { 'import.meta.url': '__importMetaUrl'},
      });
    }),
  );
  return outputs;
}
