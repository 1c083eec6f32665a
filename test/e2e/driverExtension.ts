// The test-only driver extension (test/e2e/driver-extension: "Vouch E2E: Apply AI Edit"),
// packaged once into .e2e/ and again only when its files change, so that code-server installs it
// like any extension (loading it through the URL's extensionDevelopmentPath instead would turn
// the window into an "Extension Development Host").
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { E2E_DIR, ensureE2eDir, REPO } from '../../scripts/e2e/paths.mjs';

export const DRIVER_EXTENSION_DIR = path.join(REPO, 'test', 'e2e', 'driver-extension');
const DRIVER_VSIX = path.join(E2E_DIR, 'vouch-e2e-driver.vsix');

export function driverExtensionVsix(): string {
  const sources = ['package.json', 'extension.js'].map((file) => statSync(path.join(DRIVER_EXTENSION_DIR, file)).mtimeMs);
  if (existsSync(DRIVER_VSIX) && statSync(DRIVER_VSIX).mtimeMs >= Math.max(...sources)) return DRIVER_VSIX;
  ensureE2eDir();
  const vsce = path.join(REPO, 'node_modules', '@vscode', 'vsce', 'vsce');
  const packaged = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '--skip-license', '--allow-missing-repository', '--out', DRIVER_VSIX], {
    cwd: DRIVER_EXTENSION_DIR,
    encoding: 'utf8',
  });
  if (packaged.status !== 0) throw new Error(`packaging the driver extension failed:\n${packaged.stdout}\n${packaged.stderr}`);
  return DRIVER_VSIX;
}
