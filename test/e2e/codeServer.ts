// A real VS Code for end-to-end tests: code-server 4.100.3 (VS Code 1.100.3 with a Node extension
// host), installed by `npm run e2e:install` into .e2e/code-server, started with a fresh profile
// (user data, extensions, settings) per run, in its own process group so that stopping it also
// ends the extension host, Vouch's language server and its runner. See shared/E2E.md.
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { codeServerEntry } from '../../scripts/e2e/paths.mjs';
import { driverExtensionVsix } from './driverExtension';

export interface CodeServerOptions {
  /** Workspace Trust on (for the restricted-mode test; the folder is then not trusted). Default off. */
  workspaceTrust?: boolean;
  /** .vsix files installed into the fresh extensions folder before the server starts. */
  install?: string[];
  /** Also install the test-only driver extension ("Vouch E2E: Apply AI Edit"). Default true. */
  driver?: boolean;
  /** User settings on top of the quiet defaults below. */
  settings?: Record<string, unknown>;
  /** Extra environment of the server (and so of the extension host and Vouch's server). */
  env?: Record<string, string>;
}

/** Settings that keep a fresh profile quiet and offline: no telemetry, updates, experiments, welcome
 *  page or type acquisition, and editor features that would pop up while a test types. */
export const QUIET_SETTINGS: Record<string, unknown> = {
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'workbench.enableExperiments': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'typescript.disableAutomaticTypeAcquisition': true,
  'typescript.tsc.autoDetect': 'off',
  'npm.autoDetect': 'off',
  'git.autoRepositoryDetection': false,
  'git.openRepositoryInParentFolders': 'never',
  'editor.quickSuggestions': { other: false, comments: false, strings: false },
  'editor.suggestOnTriggerCharacters': false,
  'editor.parameterHints.enabled': false,
  'editor.minimap.enabled': false,
  'window.restoreWindows': 'none',
  'files.hotExit': 'off',
  'chat.commandCenter.enabled': false,
};

export class CodeServerError extends Error {
  constructor(message: string, readonly log: string) {
    super(message);
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export class CodeServer {
  private exited: Promise<void>;

  private constructor(
    private readonly process: ChildProcess,
    readonly port: number,
    /** The fresh profile: user data (settings in User/), extensions, the server's log. */
    readonly profileDir: string,
    readonly logFile: string,
  ) {
    this.exited = new Promise((resolve) => process.once('exit', () => resolve()));
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get userDataDir(): string {
    return path.join(this.profileDir, 'data');
  }

  get extensionsDir(): string {
    return path.join(this.profileDir, 'extensions');
  }

  /** A file of this machine as the workbench names it (for the URL's payload). */
  remoteUri(absolutePath: string): string {
    return `vscode-remote://127.0.0.1:${this.port}${absolutePath}`;
  }

  /** The workbench opening `folder`; `payload` pairs go to the workbench URL's payload
   *  (extensionDevelopmentPath, extensionTestsPath: absolute paths, turned into remote URIs). */
  workbenchUrl(folder: string, payload: [string, string][] = []): string {
    const query = new URLSearchParams({ folder });
    if (payload.length > 0) query.set('payload', JSON.stringify(payload.map(([key, value]) => [key, this.remoteUri(value)])));
    return `${this.url}/?${query}`;
  }

  log(): string {
    return existsSync(this.logFile) ? readFileSync(this.logFile, 'utf8') : '';
  }

  static async start(options: CodeServerOptions = {}): Promise<CodeServer> {
    if (!existsSync(codeServerEntry)) throw new CodeServerError('code-server is not installed: run `npm run e2e:install`', '');
    const profileDir = mkdtempSync(path.join(os.tmpdir(), 'vouch-code-server-'));
    const dataDir = path.join(profileDir, 'data');
    const extensionsDir = path.join(profileDir, 'extensions');
    // Both must exist before --install-extension (ENOENT otherwise).
    mkdirSync(path.join(dataDir, 'User'), { recursive: true });
    mkdirSync(extensionsDir, { recursive: true });
    writeFileSync(path.join(dataDir, 'User', 'settings.json'), JSON.stringify({ ...QUIET_SETTINGS, ...options.settings }, null, 2));
    const port = await freePort();
    writeFileSync(path.join(dataDir, 'config.yaml'), `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
    const logFile = path.join(profileDir, 'code-server.log');
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      // No marketplace requests.
      EXTENSIONS_GALLERY: '{}',
      // Vouch's verdicts and generated tests go to a fresh cache, not the user's.
      VOUCH_CACHE_DIR: path.join(profileDir, 'vouch-cache'),
      // code-server's own logs and heartbeat (~/.local/share/code-server otherwise).
      XDG_DATA_HOME: path.join(profileDir, 'xdg-data'),
      ...options.env,
    };
    delete env.VSCODE_IPC_HOOK_CLI;
    const common = ['--user-data-dir', dataDir, '--extensions-dir', extensionsDir, '--config', path.join(dataDir, 'config.yaml')];

    for (const vsix of [...(options.install ?? []), ...(options.driver === false ? [] : [driverExtensionVsix()])]) {
      const installed = spawnSync(process.execPath, [codeServerEntry, ...common, '--install-extension', vsix], { env, encoding: 'utf8', timeout: 120_000 });
      if (installed.status !== 0) {
        throw new CodeServerError(`code-server --install-extension ${vsix} failed (exit ${installed.status})`, `${installed.stdout}\n${installed.stderr}`);
      }
    }

    const args = [
      ...common,
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${port}`,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-getting-started-override',
      '--ignore-last-opened',
      ...(options.workspaceTrust ? [] : ['--disable-workspace-trust']),
    ];
    const out = openSync(logFile, 'a');
    // detached: a process group of its own, so stop() ends every process it started.
    const child = spawn(process.execPath, [codeServerEntry, ...args], { env, detached: true, stdio: ['ignore', out, out] });
    closeSync(out);
    const server = new CodeServer(child, port, profileDir, logFile);
    try {
      await server.waitHealthy();
    } catch (error) {
      await server.stop({ keepProfile: true });
      throw error;
    }
    return server;
  }

  /** /healthz answers once the server listens (about a second). */
  private async waitHealthy(timeoutMs = 60_000): Promise<void> {
    let exitCode: number | null | undefined;
    this.process.once('exit', (code) => (exitCode = code));
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (exitCode !== undefined) throw new CodeServerError(`code-server exited (code ${exitCode}) before answering /healthz`, this.log());
      try {
        const response = await fetch(`${this.url}/healthz`, { signal: AbortSignal.timeout(2_000) });
        if (response.ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new CodeServerError(`code-server did not answer /healthz within ${timeoutMs} ms`, this.log());
  }

  /** Ends the whole process group (code-server, extension host, language server, runner) and
   *  removes the profile unless asked to keep it. */
  async stop(options: { keepProfile?: boolean } = {}): Promise<void> {
    const group = this.process.pid;
    if (group !== undefined && this.process.exitCode === null && this.process.signalCode === null) {
      try {
        process.kill(-group, 'SIGTERM');
      } catch {
        // already gone
      }
      const killed = await Promise.race([this.exited.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 5_000).unref())]);
      if (!killed) this.killGroup('SIGKILL');
    }
    // Children that outlived the parent (the extension host, a runner) are in the same group.
    this.killGroup('SIGKILL');
    if (!options.keepProfile) rmSync(this.profileDir, { recursive: true, force: true, maxRetries: 3 });
  }

  private killGroup(signal: NodeJS.Signals): void {
    if (this.process.pid === undefined) return;
    try {
      process.kill(-this.process.pid, signal);
    } catch {
      // no process left in the group
    }
  }
}
