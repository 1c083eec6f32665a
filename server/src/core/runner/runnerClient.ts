// The engine's handle on the runner child process. It starts the runner on first use and keeps it
// warm; a hang, a crash or a deadline ends the process (SIGKILL), and the next run starts a fresh
// one. Results stream to a listener as the runner reports them.
import { fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import type { Logger } from '../logger';
import { silentLogger } from '../logger';
import type { HangMessage, ModuleMessage, RunErrorsMessage, RunRequest, RunnerToEngine, TestMessage } from './runnerProtocol';

export interface RunnerOptions {
  runnerPath: string;
  /** Heap limit of the runner and of each worker thread, in MB. */
  memoryMb: number;
  logger?: Logger;
}

export interface RunListener {
  test(message: TestMessage): void;
  module(message: ModuleMessage): void;
  runErrors?(message: RunErrorsMessage): void;
  /** A hang the runner recovered from by ending the worker; the run goes on. */
  hang?(message: HangMessage): void;
}

export type RunEnd =
  | { kind: 'done' }
  | { kind: 'hang'; hang: HangMessage }
  | { kind: 'crashed'; reason: string }
  | { kind: 'deadline' }
  | { kind: 'cancelled' };

export type RunParameters = Omit<RunRequest, 'type' | 'runId'>;

export class RunnerClient {
  private child: ChildProcess | undefined;
  private ready: Promise<void> | undefined;
  private nextRunId = 1;
  private readonly logger: Logger;
  /** Runner processes started so far (a restart after a hang or crash counts). */
  starts = 0;

  constructor(private readonly options: RunnerOptions) {
    this.logger = options.logger ?? silentLogger;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  private start(): Promise<void> {
    if (this.ready && this.child && this.child.exitCode === null && !this.child.killed) return this.ready;
    this.starts++;
    const startedAt = Date.now();
    const child = fork(this.options.runnerPath, [], {
      execArgv: [`--max-old-space-size=${this.options.memoryMb}`],
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      serialization: 'advanced',
    });
    this.child = child;
    child.stdout?.on('data', (chunk: Buffer) => this.logger.verbose?.(`runner: ${chunk.toString().trimEnd()}`));
    child.stderr?.on('data', (chunk: Buffer) => this.logger.verbose?.(`runner: ${chunk.toString().trimEnd()}`));
    child.on('message', (message: RunnerToEngine) => {
      if (message.type === 'log') this.logger[message.level](message.message);
    });
    this.ready = new Promise<void>((resolve, reject) => {
      const onMessage = (message: RunnerToEngine) => {
        if (message.type !== 'ready') return;
        child.off('message', onMessage);
        child.off('exit', onExit);
        this.logger.verbose?.(`runner ${message.pid} started in ${Date.now() - startedAt} ms`);
        resolve();
      };
      const onExit = (code: number | null, signal: string | null) => reject(new Error(`the runner exited while starting (code ${code}, signal ${signal})`));
      child.on('message', onMessage);
      child.once('exit', onExit);
    });
    return this.ready;
  }

  /** Runs once; the caller decides what to do after a hang or a crash. */
  async run(parameters: RunParameters, listener: RunListener, options: { deadlineMs: number; signal?: AbortSignal }): Promise<RunEnd> {
    try {
      await this.start();
    } catch (error) {
      this.child = undefined;
      return { kind: 'crashed', reason: error instanceof Error ? error.message : String(error) };
    }
    const child = this.child!;
    const runId = this.nextRunId++;
    const startedAt = Date.now();
    this.logger.verbose?.(`run ${runId}: ${parameters.testFiles.length} test file(s)`);
    return new Promise<RunEnd>((resolve) => {
      let settled = false;
      const finish = (end: RunEnd, kill: boolean) => {
        if (settled) return;
        settled = true;
        const detail = end.kind === 'hang' ? ` (${end.hang.subject} on ${end.hang.input}, ${end.hang.version} version)` : end.kind === 'crashed' ? ` (${end.reason})` : '';
        this.logger.verbose?.(`run ${runId}: ${end.kind}${detail} after ${Date.now() - startedAt} ms`);
        clearTimeout(deadline);
        child.off('message', onMessage);
        child.off('exit', onExit);
        options.signal?.removeEventListener('abort', onAbort);
        if (kill) this.kill();
        resolve(end);
      };
      const onMessage = (message: RunnerToEngine) => {
        if (!('runId' in message) || message.runId !== runId) return;
        if (message.type === 'test') listener.test(message);
        else if (message.type === 'module') {
          this.logger.verbose?.(`run ${runId}: ${message.file} ${message.state}${message.errors.length ? `: ${message.errors[0].message}` : ''}`);
          listener.module(message);
        }
        else if (message.type === 'run-errors') listener.runErrors?.(message);
        else if (message.type === 'hang' && message.recovered) {
          this.logger.verbose?.(`run ${runId}: ${message.subject} hangs on ${message.input} (${message.version} version); its worker was ended`);
          listener.hang?.(message);
        } else if (message.type === 'hang') finish({ kind: 'hang', hang: message }, true);
        else if (message.type === 'done') finish({ kind: 'done' }, false);
        else if (message.type === 'failed') finish({ kind: 'crashed', reason: message.error.message }, true);
      };
      const onExit = (code: number | null, signal: string | null) => {
        this.child = undefined;
        finish({ kind: 'crashed', reason: `the runner process exited (code ${code ?? 'none'}${signal ? `, signal ${signal}` : ''})` }, false);
      };
      const onAbort = () => finish({ kind: 'cancelled' }, true);
      const deadline = setTimeout(() => finish({ kind: 'deadline' }, true), options.deadlineMs);
      child.on('message', onMessage);
      child.once('exit', onExit);
      if (options.signal?.aborted) return onAbort();
      options.signal?.addEventListener('abort', onAbort, { once: true });
      child.send({ type: 'run', runId, ...parameters } satisfies RunRequest);
    });
  }

  /** Ends the runner now; the next run starts a fresh one. */
  kill(): void {
    const child = this.child;
    this.child = undefined;
    this.ready = undefined;
    if (child && child.exitCode === null) child.kill('SIGKILL');
  }

  async dispose(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.send({ type: 'shutdown' });
    const timer = setTimeout(() => this.kill(), 2_000);
    await exited;
    clearTimeout(timer);
    this.child = undefined;
  }
}
