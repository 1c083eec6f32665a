// The runner process's brain: one warm vitest session per workspace root, one run at a time,
// results streamed to the engine as they come, and a watchdog that reports a frozen worker.
// The engine answers a hang by killing this process and starting a fresh one.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { KNOWN_HANGS_FILE, PROGRESS_DIR_ENV, progressFileName } from '../runtime/progress';
import { allowancesKey, allowancesToEnv } from '../runtime/sandboxAllowances';
import { HangWatchdog, unfinishedCalls } from './hangWatchdog';
import { StallWatch } from './stallWatch';
import { terminateWorkerThread } from './workerThreads';
import type { EngineToRunner, RunRequest, RunnerToEngine } from './runnerProtocol';
import { VitestSession } from './vitestSession';

export const SANDBOX_WRITABLE_ENV = 'VOUCH_SANDBOX_WRITABLE';
/** Workspace roots with a warm vitest in this runner. */
const MAX_SESSIONS = 3;

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

  /** The warm vitest of a root; the least recently used are closed past MAX_SESSIONS. The
   *  project's sandbox allowances are in its workers' environment, which vitest fixes when it is
   *  created: allowances that differ from the session's (the file changed) make a fresh one. */
  private session(request: RunRequest): VitestSession {
    let session = this.sessions.get(request.root);
    if (session) this.sessions.delete(request.root);
    const sandboxEnv = request.sandbox ? allowancesToEnv(request.sandbox) : undefined;
    const sandboxKey = sandboxEnv ? allowancesKey(sandboxEnv) : session?.sandboxKey;
    if (session && (session.testsDir !== request.testsDir || session.sandboxKey !== sandboxKey)) {
      void session.close();
      session = undefined;
    }
    if (!session) {
      session = new VitestSession(
        request.root,
        request.testsDir,
        {
          ...this.assets,
          workerEnv: {
            [PROGRESS_DIR_ENV]: this.progressDir,
            [SANDBOX_WRITABLE_ENV]: [this.progressDir, this.scratchDir].join(path.delimiter),
            TMPDIR: this.scratchDir,
            ...sandboxEnv,
          },
        },
        request.workers,
        sandboxKey,
      );
    }
    this.sessions.set(request.root, session);
    while (this.sessions.size > MAX_SESSIONS) {
      const [oldest, stale] = this.sessions.entries().next().value!;
      this.sessions.delete(oldest);
      void stale.close();
    }
    return session;
  }

  private async run(request: RunRequest): Promise<void> {
    const started = Date.now();
    rmSync(this.progressDir, { recursive: true, force: true });
    mkdirSync(this.progressDir, { recursive: true });
    if (request.knownHangs) writeFileSync(path.join(this.progressDir, KNOWN_HANGS_FILE), JSON.stringify(request.knownHangs));
    // A hang ends its worker thread (the run goes on) when the runner can find it; otherwise the
    // engine is told to kill this process. Calls of a subject ended that way are not "unfinished".
    const ended = new Set<string>();
    const watchdog: HangWatchdog = new HangWatchdog(this.progressDir, (hang) => {
      const recovered = hang.thread !== undefined && terminateWorkerThread(hang.thread);
      if (recovered) {
        ended.add(hang.subject);
        rmSync(path.join(this.progressDir, progressFileName(hang.subject)), { force: true });
        watchdog.start(request.hangAfterMs);
      }
      const { thread: _thread, ...report } = hang;
      this.send({ type: 'hang', runId: request.runId, ...report, recovered });
    });
    const unfinished = () => unfinishedCalls(this.progressDir).filter((call) => !ended.has(call.subject));
    watchdog.start(request.hangAfterMs);
    // The workspace's own test files, which write no progress records: quiet too long is stuck.
    const isWorkspaceTest = (file: string) => !file.startsWith(request.testsDir + path.sep);
    const stalls = new StallWatch();
    const stallTimer = setInterval(() => {
      const stall = stalls.stalled(request.stallAfterMs);
      if (!stall) return;
      clearInterval(stallTimer);
      this.send({ type: 'stalled', runId: request.runId, ...stall });
    }, Math.max(50, Math.min(1_000, Math.floor(request.stallAfterMs / 4))));
    stallTimer.unref();
    try {
      await this.session(request).run(request, {
        test: (result) => this.send({ type: 'test', runId: request.runId, ...result }),
        module: (result) => {
          this.send({ type: 'module', runId: request.runId, ...result, unfinished: result.errors.length > 0 ? unfinished() : undefined });
        },
        heard: (file) => {
          if (isWorkspaceTest(file)) stalls.heard(file);
        },
        finished: (file) => stalls.finished(file),
        runErrors: (errors) => {
          const calls = unfinished();
          // A worker ended by the watchdog leaves a pool error that says nothing new.
          if (ended.size > 0 && calls.length === 0) return;
          this.send({ type: 'run-errors', runId: request.runId, errors, unfinished: calls });
        },
      });
      this.send({ type: 'done', runId: request.runId, durationMs: Date.now() - started });
    } catch (error) {
      const e = error instanceof Error ? error : new Error(String(error));
      this.send({ type: 'failed', runId: request.runId, error: { message: e.message, stack: e.stack } });
    } finally {
      watchdog.stop();
      clearInterval(stallTimer);
    }
  }

  async shutdown(): Promise<void> {
    await Promise.allSettled([...this.sessions.values()].map((s) => s.close()));
    rmSync(this.workDir, { recursive: true, force: true });
    process.exit(0);
  }
}
