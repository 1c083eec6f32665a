// The runner process's brain: one warm vitest session per workspace root, one run at a time,
// results streamed to the engine as they come, and a watchdog that reports a frozen worker.
// The engine answers a hang by killing this process and starting a fresh one.
import { mkdirSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PROGRESS_DIR_ENV } from '../runtime/progress';
import { HangWatchdog, unfinishedCalls } from './hangWatchdog';
import type { EngineToRunner, RunRequest, RunnerToEngine } from './runnerProtocol';
import { VitestSession } from './vitestSession';

export const SANDBOX_WRITABLE_ENV = 'VOUCH_SANDBOX_WRITABLE';

export interface RunnerAssets {
  fastCheckEntry: string;
  harnessEntry: string;
  sandboxEntry: string;
}

export class RunnerHost {
  private readonly sessions = new Map<string, VitestSession>();
  private readonly workDir = path.join(os.tmpdir(), `vouch-runner-${process.pid}`);
  private readonly progressDir = path.join(this.workDir, 'progress');
  private readonly scratchDir = path.join(this.workDir, 'scratch');
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly assets: RunnerAssets,
    private readonly send: (message: RunnerToEngine) => void,
  ) {
    mkdirSync(this.progressDir, { recursive: true });
    mkdirSync(this.scratchDir, { recursive: true });
    process.env[PROGRESS_DIR_ENV] = this.progressDir;
    process.env[SANDBOX_WRITABLE_ENV] = [this.progressDir, this.scratchDir].join(path.delimiter);
    process.env.TMPDIR = this.scratchDir;
  }

  handle(message: EngineToRunner): void {
    if (message.type === 'shutdown') {
      void this.shutdown();
      return;
    }
    this.queue = this.queue.then(() => this.run(message));
  }

  private session(request: RunRequest): VitestSession {
    let session = this.sessions.get(request.root);
    if (!session || session.testsDir !== request.testsDir) {
      session = new VitestSession(request.root, request.testsDir, {
        ...this.assets,
        workerEnv: {
          [PROGRESS_DIR_ENV]: this.progressDir,
          [SANDBOX_WRITABLE_ENV]: [this.progressDir, this.scratchDir].join(path.delimiter),
          TMPDIR: this.scratchDir,
        },
      });
      this.sessions.set(request.root, session);
    }
    return session;
  }

  private async run(request: RunRequest): Promise<void> {
    const started = Date.now();
    rmSync(this.progressDir, { recursive: true, force: true });
    mkdirSync(this.progressDir, { recursive: true });
    const watchdog = new HangWatchdog(this.progressDir, (hang) => this.send({ type: 'hang', runId: request.runId, ...hang }));
    watchdog.start(request.hangAfterMs);
    try {
      await this.session(request).run(request, {
        test: (result) => this.send({ type: 'test', runId: request.runId, ...result }),
        module: (result) => {
          const unfinished = result.errors.length > 0 ? unfinishedCalls(this.progressDir) : undefined;
          this.send({ type: 'module', runId: request.runId, ...result, unfinished });
        },
        runErrors: (errors) => this.send({ type: 'run-errors', runId: request.runId, errors, unfinished: unfinishedCalls(this.progressDir) }),
      });
      this.send({ type: 'done', runId: request.runId, durationMs: Date.now() - started });
    } catch (error) {
      const e = error instanceof Error ? error : new Error(String(error));
      this.send({ type: 'failed', runId: request.runId, error: { message: e.message, stack: e.stack } });
    } finally {
      watchdog.stop();
    }
  }

  async shutdown(): Promise<void> {
    await Promise.allSettled([...this.sessions.values()].map((s) => s.close()));
    rmSync(this.workDir, { recursive: true, force: true });
    process.exit(0);
  }
}
