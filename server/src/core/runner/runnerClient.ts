// The engine's handle on the runner child process. It starts the runner on first use and keeps it
// warm. Runs are queued in the runner and answered by id; a caller that gives up on a run (a newer
// edit made it stale) stops listening, and the runner finishes it unheard instead of being killed.
// A hang the runner cannot recover from, a stalled workspace test, a crash or a deadline ends the
// process (SIGKILL), and the next run starts a fresh one.
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
  | { kind: 'stalled'; file: string; idleMs: number }
  | { kind: 'crashed'; reason: string }
  | { kind: 'deadline' }
  | { kind: 'cancelled' };

export type RunParameters = Omit<RunRequest, 'type' | 'runId'>;

interface ActiveRun {
  listener: RunListener;
  finish(end: RunEnd, kill: boolean): void;
}

export class RunnerClient {
  private child: ChildProcess | undefined;
  private ready: Promise<void> | undefined;
  private nextRunId = 1;
  private readonly active = new Map<number, ActiveRun>();
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
      execArgv: [`--max-old-space-size=${this.options.memoryMb}`, '--max-semi-space-size=4'],
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      serialization: 'advanced',
    });
    this.child = child;
    child.stdout?.on('data', (chunk: Buffer) => this.logger.verbose?.(`runner: ${chunk.toString().trimEnd()}`));
    child.stderr?.on('data', (chunk: Buffer) => this.logger.verbose?.(`runner: ${chunk.toString().trimEnd()}`));
    child.on('message', (message: RunnerToEngine) => this.dispatch(child, message));
    child.once('exit', (code, signal) => {
      if (this.child === child) {
        this.child = undefined;
        this.ready = undefined;
      }
      const reason = `the runner process exited (code ${code ?? 'none'}${signal ? `, signal ${signal}` : ''})`;
      for (const run of [...this.active.values()]) run.finish({ kind: 'crashed', reason }, false);
    });
    this.ready = new Promise<void>((resolve, reject) => {
      const onMessage = (message: RunnerToEngine) => {
        if (message.type !== 'ready') return;
        child.off('message', onMessage);
        child.off('exit', onExit);
        this.logger.verbose?.(`runner ${message.pid} started in ${Date.now() - startedAt} ms`);
        resolve();
      };
      const onExit = (code: number | null, signal: string | null) =>
        reject(new Error(`the runner process exited while starting (code ${code ?? 'none'}${signal ? `, signal ${signal}` : ''})`));
      child.on('message', onMessage);
      child.once('exit', onExit);
    });
    return this.ready;
  }

  private dispatch(child: ChildProcess, message: RunnerToEngine): void {
    if (message.type === 'log') {
      this.logger[message.level](message.message);
      return;
    }
    if (!('runId' in message)) return;
    const run = this.active.get(message.runId);
    if (!run) {
      // A run nobody waits for any more: let it finish, unless it is stuck for good.
      const stuck = (message.type === 'hang' && !message.recovered) || message.type === 'stalled';
      if (stuck && this.child === child) {
        this.logger.verbose?.(`run ${message.runId} (abandoned) is stuck for good: ending the runner`);
        this.kill();
      }
      return;
    }
    switch (message.type) {
      case 'test':
        run.listener.test(message);
        break;
      case 'module':
        this.logger.verbose?.(`run ${message.runId}: ${message.file} ${message.state}${message.errors.length ? `: ${message.errors[0].message}` : ''}`);
        run.listener.module(message);
        break;
      case 'run-errors':
        run.listener.runErrors?.(message);
        break;
      case 'hang':
        if (message.recovered) {
          this.logger.verbose?.(`run ${message.runId}: ${message.subject} hangs on ${message.input} (${message.version} version); its worker was ended`);
          run.listener.hang?.(message);
        } else run.finish({ kind: 'hang', hang: message }, true);
        break;
      case 'stalled':
        run.finish({ kind: 'stalled', file: message.file, idleMs: message.idleMs }, true);
        break;
      case 'done':
        run.finish({ kind: 'done' }, false);
        break;
      case 'failed':
        run.finish({ kind: 'crashed', reason: message.error.message }, true);
        break;
    }
  }

  /** Runs once; the caller decides what to do after a hang or a crash. */
  async run(parameters: RunParameters, listener: RunListener, options: { deadlineMs: number; signal?: AbortSignal }): Promise<RunEnd> {
    if (options.signal?.aborted) return { kind: 'cancelled' };
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
      const finish = (end: RunEnd, kill: boolean) => {
        if (!this.active.has(runId)) return;
        this.active.delete(runId);
        clearTimeout(deadline);
        options.signal?.removeEventListener('abort', onAbort);
        const detail =
          end.kind === 'hang'
            ? ` (${end.hang.subject} on ${end.hang.input}, ${end.hang.version} version)`
            : end.kind === 'crashed'
              ? ` (${end.reason})`
              : end.kind === 'stalled'
                ? ` (${end.file} quiet for ${end.idleMs} ms)`
                : '';
        this.logger.verbose?.(`run ${runId}: ${end.kind}${detail} after ${Date.now() - startedAt} ms`);
        if (kill) this.kill();
        resolve(end);
      };
      // Giving up on a run leaves it to finish in the runner, unheard; later runs queue behind it.
      const onAbort = () => finish({ kind: 'cancelled' }, false);
      const deadline = setTimeout(() => finish({ kind: 'deadline' }, true), options.deadlineMs);
      this.active.set(runId, { listener, finish });
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
