import childProcess from 'node:child_process';
import cluster from 'node:cluster';
import fs from 'node:fs';
import workerThreads from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { activeResources, blockedError, thrownBy, useSandbox } from '../../../../test/sandbox/sandboxTestbed';
import { getSandbox } from './sandbox';

const bed = useSandbox();

/** A command that would leave a marker file in the outside folder if it ever ran. */
function markerScript(): { marker: string; script: string; command: string } {
  const marker = bed.inOutside('spawned.marker');
  const script = `require('fs').writeFileSync(${JSON.stringify(marker)}, 'ran')`;
  return { marker, script, command: `${JSON.stringify(process.execPath)} -e ${JSON.stringify(script)}` };
}

describe('child processes', () => {
  const cases: Array<[string, (m: ReturnType<typeof markerScript>) => unknown, (m: ReturnType<typeof markerScript>) => string]> = [
    ['spawn', (m) => childProcess.spawn(process.execPath, ['-e', m.script]), (m) => `${process.execPath} -e ${m.script}`],
    ['spawnSync', (m) => childProcess.spawnSync(process.execPath, ['-e', m.script]), (m) => `${process.execPath} -e ${m.script}`],
    ['exec', (m) => childProcess.exec(m.command, () => undefined), (m) => m.command],
    ['execSync', (m) => childProcess.execSync(m.command), (m) => m.command],
    ['execFile', (m) => childProcess.execFile(process.execPath, ['-e', m.script], () => undefined), (m) => `${process.execPath} -e ${m.script}`],
    ['execFileSync', (m) => childProcess.execFileSync(process.execPath, ['-e', m.script]), (m) => `${process.execPath} -e ${m.script}`],
    ['fork', (m) => childProcess.fork('-e', [m.script]), (m) => `node -e ${m.script}`],
    [
      'ChildProcess.prototype.spawn',
      (m) => (new childProcess.ChildProcess() as unknown as { spawn(options: object): void }).spawn({ file: process.execPath, args: [process.execPath, '-e', m.script] }),
      (m) => `${process.execPath} -e ${m.script}`,
    ],
  ];

  it.each(cases)('%s throws, and no process starts', (_name, act, detail) => {
    const marker = markerScript();
    const processesBefore = activeResources().get('ProcessWrap') ?? 0;
    expect(thrownBy(() => act(marker))).toEqual(blockedError('process', detail(marker)));
    expect(activeResources().get('ProcessWrap') ?? 0).toBe(processesBefore);
    expect(fs.existsSync(marker.marker)).toBe(false);
  });

  it('reaches ESM named imports of node:child_process', async () => {
    const { spawn, execSync } = await import('node:child_process');
    const marker = markerScript();
    expect(thrownBy(() => spawn(process.execPath, ['-e', marker.script]))).toEqual(blockedError('process', `${process.execPath} -e ${marker.script}`));
    expect(thrownBy(() => execSync(marker.command))).toEqual(blockedError('process', marker.command));
    expect(fs.existsSync(marker.marker)).toBe(false);
  });
});

describe('threads and cluster workers', () => {
  it('throws when a worker thread is constructed, and keeps instanceof working', () => {
    const { script, marker } = markerScript();
    const threadsBefore = activeResources().get('MessagePort') ?? 0;
    expect(thrownBy(() => new workerThreads.Worker(script, { eval: true }))).toEqual(blockedError('process', 'inline code'));
    expect(thrownBy(() => new workerThreads.Worker('/some/worker.js'))).toEqual(blockedError('process', '/some/worker.js'));
    expect(activeResources().get('MessagePort') ?? 0).toBe(threadsBefore);
    expect(fs.existsSync(marker)).toBe(false);
    expect({} instanceof workerThreads.Worker).toBe(false);
  });

  it('throws from cluster.fork', () => {
    expect(thrownBy(() => cluster.fork())).toEqual(blockedError('process', 'cluster.fork'));
    expect(Object.keys(cluster.workers ?? {})).toEqual([]);
  });
});

describe('process control', () => {
  it('throws from process.exit, and the worker goes on', () => {
    const exitCode = process.exitCode;
    expect(thrownBy(() => process.exit(3))).toEqual(
      expect.objectContaining({ effect: 'exit', detail: 'process.exit(3)', message: 'Vouch blocked process.exit(3): generated tests cannot stop the test worker.' }),
    );
    expect(process.exitCode).toBe(exitCode);
  });

  it('throws from process.reallyExit and process.abort', () => {
    const internals = process as unknown as { reallyExit(code: number): never };
    expect(thrownBy(() => internals.reallyExit(4))).toEqual(blockedError('exit', 'process.reallyExit(4)'));
    expect(thrownBy(() => process.abort())).toEqual(blockedError('exit', 'process.abort()'));
  });

  it('throws from process.kill, even for a probe signal', () => {
    expect(thrownBy(() => process.kill(process.pid, 0))).toEqual(blockedError('process', `${process.pid} 0`));
    expect(thrownBy(() => process.kill(process.pid))).toEqual(blockedError('process', `${process.pid} SIGTERM`));
  });

  it('throws from process.chdir and leaves the working directory alone', () => {
    const cwd = process.cwd();
    expect(thrownBy(() => process.chdir(bed.outside))).toEqual(blockedError('process', bed.outside));
    expect(process.cwd()).toBe(cwd);
  });

  it('throws from process.dlopen', () => {
    expect(thrownBy(() => process.dlopen({ exports: {} } as NodeJS.Module, '/no/such/addon.node'))).toEqual(
      blockedError('process', '/no/such/addon.node'),
    );
  });

  it('records each blocked attempt once, in order, even when the caller catches it', () => {
    for (const act of [() => process.exit(1), () => childProcess.execSync('true')]) {
      try {
        act();
      } catch {
        // swallowed by user code
      }
    }
    expect(getSandbox()!.takeBlocked().map(({ effect, detail }) => ({ effect, detail }))).toEqual([
      { effect: 'exit', detail: 'process.exit(1)' },
      { effect: 'process', detail: 'true' },
    ]);
    expect(getSandbox()!.takeBlocked()).toEqual([]);
  });
});
