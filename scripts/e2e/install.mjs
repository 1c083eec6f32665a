#!/usr/bin/env node
// `npm run e2e:install`: everything the end-to-end tests need besides the project's own
// node_modules, on a fresh machine (CI starts bare). Idempotent: a second run checks and returns
// in about a second. What it installs, and why (see shared/E2E.md for the traps behind each step):
//
// 1. Debian packages: chromium (the browser Playwright drives; never `npx playwright install`, it
//    downloads a browser), ripgrep (code-server's search, and step 2) and libkrb5-dev (the build of
//    code-server's kerberos module). Installed with apt-get when running as root; only what is missing.
// 2. @vscode/ripgrep's postinstall downloads ripgrep from GitHub, which these machines cannot reach.
//    It first looks for a cached tarball in the OS temp folder: a tarball of Debian's rg put there
//    beforehand lets it install offline.
// 3. code-server 4.100.3 (VS Code 1.100.3, the last to run on Node 20) in its own folder,
//    .e2e/code-server/, never as a dependency of the extension. As root its install needs
//    npm_config_unsafe_perm (its postinstall refuses otherwise), npm_config_yes (node-pty's
//    postinstall runs `npx node-gyp`) and npm_config_nodedir=/usr (Node's headers; node-gyp would
//    download them otherwise).
// 4. playwright-core comes with the project's devDependencies (npm ci).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { CHROMIUM, CODE_SERVER_VERSION, CODE_SERVER_DIR, codeServerEntry, ensureE2eDir, REPO } from './paths.mjs';

const RIPGREP_PACKAGE_VERSION = '1.15.11';
const RIPGREP_TARBALL = 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz';

const started = Date.now();
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
const log = (message) => console.log(`e2e:install: ${message}`);

class InstallError extends Error {}

function has(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

function debInstalled(name) {
  const query = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
  return query.status === 0 && query.stdout.includes('install ok installed');
}

function codeServerInstalled() {
  const marker = path.join(CODE_SERVER_DIR, '.installed');
  if (!existsSync(marker) || !existsSync(codeServerEntry)) return false;
  return readFileSync(marker, 'utf8').trim() === CODE_SERVER_VERSION;
}

/** Debian packages: what is missing of what this run still needs. */
function ensureDebianPackages(needBuildDeps) {
  const wanted = [
    { deb: 'chromium', present: () => existsSync(CHROMIUM) },
    { deb: 'ripgrep', present: () => has('rg') },
    ...(needBuildDeps ? [{ deb: 'libkrb5-dev', present: () => debInstalled('libkrb5-dev') }] : []),
  ];
  const missing = wanted.filter((p) => !p.present()).map((p) => p.deb);
  if (missing.length === 0) return;
  const command = `apt-get install -y ${missing.join(' ')}`;
  if (process.platform !== 'linux' || !has('apt-get')) {
    throw new InstallError(`missing ${missing.join(', ')} and no apt-get here: install them with your package manager (chromium must be at ${CHROMIUM}, or set VOUCH_E2E_CHROMIUM)`);
  }
  if (process.getuid?.() !== 0) throw new InstallError(`missing Debian packages ${missing.join(', ')}: run \`sudo apt-get update && sudo ${command}\`, then this again`);
  const since = Date.now();
  log(`apt-get install ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const run = (args) => {
    const result = spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env });
    if (result.status !== 0) throw new InstallError(`apt-get ${args.join(' ')} failed (exit ${result.status})`);
  };
  run(['update', '-qq']);
  run(['install', '-y', '-qq', ...missing]);
  log(`apt-get: ${seconds(since)}`);
}

/** Step 2: the tarball @vscode/ripgrep's postinstall looks for before it tries GitHub. */
function ensureRipgrepTarball() {
  if (process.platform !== 'linux' || process.arch !== 'x64') return; // elsewhere its download is expected to work
  const cacheDir = path.join(os.tmpdir(), `vscode-ripgrep-cache-${RIPGREP_PACKAGE_VERSION}`);
  const tarball = path.join(cacheDir, RIPGREP_TARBALL);
  if (existsSync(tarball)) return;
  const rg = execFileSync('sh', ['-c', 'command -v rg'], { encoding: 'utf8' }).trim();
  const staging = mkdtempSync(path.join(os.tmpdir(), 'vouch-rg-'));
  try {
    copyFileSync(rg, path.join(staging, 'rg'));
    mkdirSync(cacheDir, { recursive: true });
    execFileSync('tar', ['-czf', tarball, '-C', staging, 'rg']);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  log(`ripgrep tarball from ${rg} at ${tarball}`);
}

function ensureCodeServer() {
  const since = Date.now();
  ensureE2eDir();
  mkdirSync(CODE_SERVER_DIR, { recursive: true });
  writeFileSync(
    path.join(CODE_SERVER_DIR, 'package.json'),
    JSON.stringify({ name: 'vouch-e2e-code-server', private: true, description: 'code-server for Vouch end-to-end tests (scripts/e2e/install.mjs)' }, null, 2) + '\n',
  );
  rmSync(path.join(CODE_SERVER_DIR, '.installed'), { force: true });
  log(`npm install code-server@${CODE_SERVER_VERSION} in ${path.relative(REPO, CODE_SERVER_DIR)} (about 80 s on an empty npm cache)`);
  const env = {
    ...process.env,
    npm_config_unsafe_perm: 'true',
    npm_config_yes: 'true',
    npm_config_nodedir: process.env.npm_config_nodedir ?? '/usr',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  };
  const npm = spawnSync('npm', ['install', '--no-save', '--no-package-lock', '--loglevel=error', `code-server@${CODE_SERVER_VERSION}`], {
    cwd: CODE_SERVER_DIR,
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (npm.status !== 0) {
    throw new InstallError(
      `npm install code-server@${CODE_SERVER_VERSION} failed (exit ${npm.status}). Usual causes: ` +
        'libkrb5-dev missing (kerberos build), no Node headers at npm_config_nodedir, ' +
        '@vscode/ripgrep trying to download (the tarball of step 2 missing from the OS temp folder).',
    );
  }
  if (!existsSync(codeServerEntry)) throw new InstallError(`code-server installed but ${codeServerEntry} is missing`);
  writeFileSync(path.join(CODE_SERVER_DIR, '.installed'), CODE_SERVER_VERSION + '\n');
  log(`code-server: ${seconds(since)}`);
}

function ensurePlaywright() {
  try {
    createRequire(path.join(REPO, 'package.json')).resolve('playwright-core');
  } catch {
    throw new InstallError('playwright-core is not installed: run `npm ci` first (it is a devDependency)');
  }
}

try {
  ensurePlaywright();
  const needCodeServer = !codeServerInstalled();
  ensureDebianPackages(needCodeServer);
  if (needCodeServer) {
    ensureRipgrepTarball();
    ensureCodeServer();
  }
  // (Not `code-server --version`: it writes a default config into ~/.config.)
  const { version } = JSON.parse(readFileSync(path.join(CODE_SERVER_DIR, 'node_modules', 'code-server', 'package.json'), 'utf8'));
  log(`ready in ${seconds(started)}: code-server ${version} in ${path.relative(REPO, CODE_SERVER_DIR)}, ${CHROMIUM}`);
} catch (error) {
  if (error instanceof InstallError) {
    console.error(`e2e:install: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
