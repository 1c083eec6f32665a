import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { installSandbox, sandboxOptionsFromEnv, SIDE_EFFECT_BLOCKED_CODE, type SandboxHandle } from './sandbox';
import { allowancesFromEnv, allowancesKey, allowancesToEnv, isHostAllowed, isHostNameAllowed, parseHostRule } from './sandboxAllowances';

describe('allowed hosts', () => {
  it('reads host, host:port and bracketed IPv6 rules', () => {
    expect(parseHostRule('DB.local')).toEqual({ host: 'db.local' });
    expect(parseHostRule('127.0.0.1:5432')).toEqual({ host: '127.0.0.1', port: '5432' });
    expect(parseHostRule('[::1]:8080')).toEqual({ host: '::1', port: '8080' });
    expect(parseHostRule('::1')).toEqual({ host: '::1' });
    expect(parseHostRule('host:port')).toBeUndefined();
  });

  it('matches a target by host, and by port when the rule names one', () => {
    expect(isHostAllowed('127.0.0.1:5432', ['127.0.0.1'])).toBe(true);
    expect(isHostAllowed('127.0.0.1:5432', ['127.0.0.1:5432'])).toBe(true);
    expect(isHostAllowed('127.0.0.1:5433', ['127.0.0.1:5432'])).toBe(false);
    expect(isHostAllowed('[::1]:80', ['[::1]'])).toBe(true);
    expect(isHostAllowed('example.com:443', ['127.0.0.1'])).toBe(false);
    expect(isHostAllowed('example.com:443', [])).toBe(false);
    expect(isHostNameAllowed('Localhost', ['localhost:8080'])).toBe(true);
  });

  it('travels through the environment and changes the cache key', () => {
    const env = allowancesToEnv({ allowHosts: ['127.0.0.1:5432'], allowWrite: ['/tmp/out'] });
    expect(allowancesFromEnv(env)).toEqual({ allowHosts: ['127.0.0.1:5432'], allowWrite: ['/tmp/out'] });
    expect(allowancesKey(env)).not.toBe(allowancesKey({}));
    expect(allowancesKey({})).toBe('');
  });
});

describe('an installed sandbox with allowances', () => {
  let server: http.Server;
  let port: number;
  let handle: SandboxHandle | undefined;
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'vouch-allow-')));
    dirs.push(dir);
    return dir;
  };

  beforeAll(async () => {
    server = http.createServer((_request, response) => response.end('pong'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as net.AddressInfo).port;
  });
  afterEach(() => {
    handle?.restore();
    handle = undefined;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('lets fetch and http reach an allowed host and port, and blocks the others', async () => {
    handle = installSandbox({ writableDirs: [tempDir()], allowedHosts: [`127.0.0.1:${port}`] });
    expect(await (await fetch(`http://127.0.0.1:${port}/`)).text()).toBe('pong');
    const viaHttp = await new Promise<string>((resolve, reject) => {
      http.get(`http://127.0.0.1:${port}/`, (response) => {
        let body = '';
        response.on('data', (chunk) => (body += chunk));
        response.on('end', () => resolve(body));
      }).on('error', reject);
    });
    expect(viaHttp).toBe('pong');
    await expect(fetch(`http://127.0.0.1:${port + 1}/`)).rejects.toMatchObject({ code: SIDE_EFFECT_BLOCKED_CODE, detail: `127.0.0.1:${port + 1}` });
    expect(() => net.connect(port, '10.0.0.1')).toThrow(/network request to 10\.0\.0\.1/);
    expect(() => net.createServer().listen(0, '127.0.0.1')).toThrow(/listening for connections/);
  });

  it('reads the allowances from the environment the runner passes on', () => {
    const runnerDir = tempDir();
    const allowedDir = tempDir();
    const options = sandboxOptionsFromEnv({
      VOUCH_SANDBOX_WRITABLE: runnerDir,
      ...allowancesToEnv({ allowHosts: ['db.local'], allowWrite: [allowedDir] }),
    });
    expect(options).toEqual({ writableDirs: [runnerDir, allowedDir], allowedHosts: ['db.local'] });
    expect(sandboxOptionsFromEnv({ ...allowancesToEnv({ allowHosts: ['db.local'], allowWrite: [] }) })).toBeUndefined();

    handle = installSandbox(options!);
    fs.writeFileSync(path.join(allowedDir, 'out.txt'), 'ok');
    expect(fs.readFileSync(path.join(allowedDir, 'out.txt'), 'utf8')).toBe('ok');
    expect(() => fs.writeFileSync(path.join(os.homedir(), 'vouch-should-not-exist.txt'), 'no')).toThrow(/writing to/);
  });
});
