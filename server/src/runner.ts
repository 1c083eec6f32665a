// Entry of dist/runner.js: the child process that hosts vitest and runs user code in sandboxed
// workers. It talks to the engine over Node IPC (see core/runner/runnerProtocol.ts).
import * as path from 'node:path';
import { RunnerHost } from './core/runner/runnerHost';
import { trackWorkerThreads } from './core/runner/workerThreads';
import type { EngineToRunner, RunnerToEngine } from './core/runner/runnerProtocol';

function send(message: RunnerToEngine): void {
  process.send?.(message);
}

trackWorkerThreads(); // before vitest loads

const distDir = __dirname;
const fastCheckEntry = path.join(path.dirname(require.resolve('fast-check/package.json')), 'lib', 'fast-check.js');
const host = new RunnerHost(
  {
    fastCheckEntry,
    harnessEntry: path.join(distDir, 'harness.mjs'),
    sandboxEntry: path.join(distDir, 'sandbox.mjs'),
  },
  send,
);

process.on('message', (message: EngineToRunner) => host.handle(message));
process.on('disconnect', () => void host.shutdown());
process.on('uncaughtException', (error) => {
  send({ type: 'log', level: 'error', message: `runner: ${error.stack ?? error.message}` });
});
send({ type: 'ready', pid: process.pid });
