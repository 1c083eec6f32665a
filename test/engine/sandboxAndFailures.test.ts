// What the runner does with code that reaches outside its sandbox, with types it cannot generate,
// with a runner that dies, and with a function that eats memory: the verdict says what it could
// not do and why, and nothing outside the temp folder is touched.
import { existsSync } from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { useEngine } from '../helpers/engineHarness';
import { gitWorkspace, tempFolder } from '../helpers/gitWorkspace';

const { engine, verifyEdit } = useEngine({ memoryMb: 256 });

describe('side effects are blocked and make a declaration unverifiable', () => {
  const connections: net.Socket[] = [];
  const server = net.createServer((socket) => connections.push(socket));
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('a function that calls fetch: unverifiable, needs network, and no connection is made', async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as net.AddressInfo).port;
    const fetcher = (suffix: string) =>
      `export async function ping(path: string): Promise<number> {\n  const response = await fetch('http://127.0.0.1:${port}/' + path${suffix});\n  return response.status;\n}\n`;
    const { verdict } = await verifyEdit({ 'src/ping.ts': fetcher('') }, { 'src/ping.ts': fetcher(" + '?v=2'") });
    const result = verdict('ping');
    expect(result.state).toBe('unverifiable');
    expect(result.reason).toBe('needs network');
    expect(connections).toHaveLength(0);
  });

  it('a function that spawns a process: unverifiable, and the process never ran', async () => {
    const marker = path.join(tempFolder(), 'spawned');
    const spawner = (flag: string) =>
      `import { execSync } from 'node:child_process';\nexport function touch(name: string): string {\n  execSync('touch ${marker}');\n  return name${flag};\n}\n`;
    const { verdict } = await verifyEdit({ 'src/touch.ts': spawner('') }, { 'src/touch.ts': spawner(".trim()") });
    expect(verdict('touch').state).toBe('unverifiable');
    expect(verdict('touch').reason).toBe('starts processes');
    expect(existsSync(marker)).toBe(false);
  });

  it('a function that writes a file next to the user code: unverifiable, and nothing is written', async () => {
    const writer = (ext: string) =>
      `import { writeFileSync } from 'node:fs';\nexport function save(name: string): number {\n  writeFileSync(name + '${ext}', 'data');\n  return name.length;\n}\n`;
    const { workspace, verdict } = await verifyEdit({ 'src/save.ts': writer('.txt') }, { 'src/save.ts': writer('.json') });
    expect(verdict('save').state).toBe('unverifiable');
    expect(verdict('save').reason).toBe('writes files');
    expect(workspace.git('status', '--porcelain')).toBe(' M src/save.ts\n');
  });
});

describe('what cannot be generated or run', () => {
  it('a parameter type with no generator: unverifiable, naming the type', async () => {
    const source = (body: string) => `export function size(map: WeakMap<object, number>): number {\n  return ${body};\n}\n`;
    const { verdict } = await verifyEdit({ 'src/weak.ts': source('0') }, { 'src/weak.ts': source('1') });
    expect(verdict('size').state).toBe('unverifiable');
    expect(verdict('size').reason).toContain('WeakMap');
  });

  it('a function that exhausts memory fails as a crash instead of taking the runner down', async () => {
    const source = (n: string) => `export function grow(n: number): number {\n  const chunks: number[][] = [];\n  for (let i = 0; i < ${n}; i++) chunks.push(new Array(1_000_000).fill(i));\n  return chunks.length + n;\n}\n`;
    const { verdict } = await verifyEdit({ 'src/grow.ts': source('1') }, { 'src/grow.ts': source('(n > 5 ? 1e9 : 1)') }, { timeoutMs: 20_000 });
    const result = verdict('grow');
    expect(result.state).toBe('failed');
    expect(JSON.stringify(result.checks)).toMatch(/memory/);
  });

  it('a runner killed mid-run is reported, and the next verification starts a fresh runner', async () => {
    const slowBody = 'const end = performance.now() + 3;\n  while (performance.now() < end);\n  return n + 1;';
    const workspace = gitWorkspace({
      'src/quick.ts': 'export function quick(n: number): number {\n  return n;\n}\n',
      'src/slow.ts': 'export function slow(n: number): number {\n  return n;\n}\n',
    });
    workspace.edit({
      'src/quick.ts': 'export function quick(n: number): number {\n  return n + 1;\n}\n',
      'src/slow.ts': `export function slow(n: number): number {\n  ${slowBody}\n}\n`,
    });
    const startsBefore = engine.runnerStarts;
    // The quick declaration's verdict arrives while the slow one still runs: kill the runner then.
    const killed = await engine.verify({
      root: workspace.root,
      options: { useCache: false, runs: 2000, timeoutMs: 30_000 },
      onVerdict: (verdict) => {
        if (verdict.declaration.qualifiedName === 'quick') engine.killRunner();
      },
    });
    const slow = killed.verdicts.find((v) => v.declaration.qualifiedName === 'slow')!;
    expect(slow.state).toBe('unverifiable');
    expect(slow.reason).toMatch(/^the runner crashed: the runner process exited \(code none, signal SIGKILL\)$/);
    const again = await engine.verify({ root: workspace.root, paths: ['src/slow.ts'], options: { useCache: false, runs: 20 } });
    expect(again.verdicts[0].state).toBe('changed');
    expect(engine.runnerStarts).toBeGreaterThan(startsBefore);
  });
});
