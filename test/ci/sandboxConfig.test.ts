// The configuration's sandbox allowances reach the test workers: a declaration that calls an
// allowed local server and writes into an allowed folder is verified (old and new versions really
// ran against the server), where without them it is unverifiable.
import { existsSync, mkdirSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gitWorkspace } from '../helpers/gitWorkspace';
import type { GitWorkspace } from '../helpers/gitWorkspace';
import { vouchAsync } from './pullRequestRepo';

describe('sandbox allowances from vouch.config.json', () => {
  let server: http.Server;
  let port: number;
  let requests = 0;
  let repo: GitWorkspace;

  beforeAll(async () => {
    server = http.createServer((_request, response) => {
      requests++;
      response.end('ok');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    repo?.remove();
  });

  const source = (outDir: string, body: string) =>
    [
      "import { writeFileSync } from 'node:fs';",
      '',
      'export async function status(page: string): Promise<number> {',
      `  const response = await fetch('http://127.0.0.1:${port}/' + encodeURIComponent(page));`,
      `  ${body}`,
      '}',
      '',
      'export function save(text: string): number {',
      `  writeFileSync(${JSON.stringify(path.join(outDir, 'saved.txt'))}, text);`,
      '  return text.length;',
      '}',
      '',
    ].join('\n');

  it('allowHosts and allowWrite let the checks run; without them the same code is unverifiable', async () => {
    repo = gitWorkspace({ 'README.md': '# api\n' });
    const outDir = path.join(repo.root, 'out');
    mkdirSync(outDir);
    repo.edit({ 'src/api.ts': source(outDir, 'return response.status;') });
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', 'api');
    repo.edit({
      'src/api.ts': source(outDir, 'const { status } = response;\n  return status;').replace('return text.length;', 'return text.length + 1;'),
      'vouch.config.json': JSON.stringify({ runs: 20, relatedTests: false, sandbox: { allowHosts: [`127.0.0.1:${port}`], allowWrite: ['out'] } }),
    });

    const blocked = await vouchAsync(['verify', '--no-config', '--runs', '20', '--format', 'json'], repo.root);
    const before = JSON.parse(blocked.stdout);
    expect(before.verdicts.map((v: any) => [v.declaration.qualifiedName, v.state, v.reason])).toEqual([
      ['status', 'unverifiable', 'needs network'],
      ['save', 'unverifiable', 'writes files'],
    ]);
    expect(requests).toBe(0);

    const allowed = await vouchAsync(['verify', '--format', 'json'], repo.root);
    const after = JSON.parse(allowed.stdout);
    expect(after.verdicts.map((v: any) => [v.declaration.qualifiedName, v.state])).toEqual([
      ['status', 'verified'],
      ['save', 'changed'],
    ]);
    expect(requests).toBeGreaterThan(20);
    expect(existsSync(path.join(outDir, 'saved.txt'))).toBe(true);
  });
});
