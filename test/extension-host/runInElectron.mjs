#!/usr/bin/env node
// Launcher 2 of the extension-host suite: @vscode/test-electron, the ecosystem's standard, for
// machines that can download VS Code (a laptop, GitHub Actions). It downloads VS Code 1.100.3
// (the version code-server 4.100.3 runs, and the manifest's engine) into .e2e/vscode-test/, opens a
// fresh copy of the demo workspace with the repository as the extension under development, and
// runs the same compiled suite as launcher 1 (runInCodeServer.ts, what this project's CI runs).
//
//   npm run test:extension-host:electron            (Linux without a display: xvfb-run -a npm run …)
//
// Where VS Code cannot be downloaded (these offline machines: ENOTFOUND update.code.visualstudio.com)
// or there is no display to open its window on, it says so and SKIPS with exit code 0: that is
// not a failure of the suite, which still runs through launcher 1. VOUCH_HOST_GREP narrows the run.
import { mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';
import { demoWorkspace } from '../../scripts/e2e/demoWorkspace.mjs';
import { ensureE2eDir, REPO } from '../../scripts/e2e/paths.mjs';
import { buildSuite } from './build.mjs';

const VSCODE_VERSION = '1.100.3';

function skip(reason) {
  console.log(`extension-host suite (electron): SKIPPED, ${reason}.`);
  console.log('The same suite runs in code-server with `npm run test:extension-host` (and in `npm test`).');
  process.exit(0);
}

if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  skip('no display to open VS Code on (run it under `xvfb-run -a`)');
}

let vscodeExecutablePath;
try {
  vscodeExecutablePath = await downloadAndUnzipVSCode({ version: VSCODE_VERSION, cachePath: path.join(ensureE2eDir(), 'vscode-test'), timeout: 30_000 });
} catch (error) {
  skip(`VS Code ${VSCODE_VERSION} could not be downloaded (${error instanceof Error ? error.message.split('\n')[0] : error})`);
}

const extensionTestsPath = await buildSuite();
const workspace = demoWorkspace();
const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'vouch-electron-profile-'));
try {
  await runTests({
    vscodeExecutablePath,
    extensionDevelopmentPath: REPO,
    extensionTestsPath,
    launchArgs: [workspace.root, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes', '--user-data-dir', userDataDir],
    extensionTestsEnv: { VOUCH_CACHE_DIR: path.join(userDataDir, 'vouch-cache'), ...(process.env.VOUCH_HOST_GREP ? { VOUCH_HOST_GREP: process.env.VOUCH_HOST_GREP } : {}) },
  });
  console.log('extension-host suite (electron): passed');
} catch (error) {
  console.error(`extension-host suite (electron): FAILED (${error instanceof Error ? error.message : error})`);
  process.exitCode = 1;
} finally {
  workspace.remove();
  rmSync(userDataDir, { recursive: true, force: true });
}
