// Where the end-to-end machinery lives, shared by the install script, the packaging script and
// the tests (which import it through paths.d.mts).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Generated, never committed (the install script writes a `.gitignore` of `*` into it). */
export const E2E_DIR = path.join(REPO, '.e2e');
/** Creates .e2e/ (with a `.gitignore` of `*`, so git never sees it) and returns its path. */
export function ensureE2eDir() {
  mkdirSync(E2E_DIR, { recursive: true });
  writeFileSync(path.join(E2E_DIR, '.gitignore'), '*\n');
  return E2E_DIR;
}
export const CODE_SERVER_VERSION = '4.100.3';
export const CODE_SERVER_DIR = path.join(E2E_DIR, 'code-server');
export const codeServerEntry = path.join(CODE_SERVER_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const CHROMIUM = process.env.VOUCH_E2E_CHROMIUM ?? '/usr/bin/chromium';
const { name, version } = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8'));
const ARCH = { x64: 'x64', arm64: 'arm64', arm: 'armhf' };
/** The VS Code target platform of this machine: the vsix holds native binaries (rolldown's,
 *  lightningcss's) for it only, as npm installed them. */
export const VSIX_TARGET = `${process.platform}-${ARCH[process.arch] ?? process.arch}`;
/** The packaged extension, written by `npm run package` (vsce's own naming). */
export const VSIX = path.join(REPO, `${name}-${VSIX_TARGET}-${version}.vsix`);
/** Screenshots, logs and anything a failing run leaves for a person to look at. */
export const RESULTS_DIR = path.join(REPO, 'test-results');
