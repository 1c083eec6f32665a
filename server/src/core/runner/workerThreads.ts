// The runner keeps a handle on every worker thread vitest starts, so that a worker frozen in a
// synchronous infinite loop can be terminated by itself: vitest reports the file as failed and
// the run goes on, in the same warm vitest, with no process restart. Must be installed before
// vitest is imported (it takes `Worker` from node:worker_threads when its modules load).
import { createRequire, syncBuiltinESMExports } from 'node:module';
import type * as WorkerThreads from 'node:worker_threads';

// The CommonJS module object: its `Worker` can be replaced (an ESM namespace's cannot).
const workerThreads = createRequire(import.meta.url)('node:worker_threads') as typeof WorkerThreads;

const live = new Map<number, WorkerThreads.Worker>();
let installed = false;

export function trackWorkerThreads(): void {
  if (installed) return;
  installed = true;
  const Original = workerThreads.Worker;
  class TrackedWorker extends Original {
    constructor(...args: ConstructorParameters<typeof Original>) {
      super(...args);
      const id = this.threadId;
      live.set(id, this);
      this.once('exit', () => live.delete(id));
    }
  }
  workerThreads.Worker = TrackedWorker;
  syncBuiltinESMExports();
}

/** Terminates the worker thread with this id; false when there is none. */
export function terminateWorkerThread(threadId: number): boolean {
  const worker = live.get(threadId);
  if (!worker) return false;
  void worker.terminate();
  return true;
}
