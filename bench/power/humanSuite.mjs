// Runs the corpus's hand-written vitest suites against edited versions of a module. The suites
// run in a child process (humanSuiteWorker.mjs) holding one warm vitest instance. A run that does
// not answer within the deadline (a mutant that loops forever) or that takes the child down (one
// that allocates without end) counts as a failing suite; the child is killed and the next run
// starts a fresh one.
import { fork } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const WORKER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'humanSuiteWorker.mjs');
const RUN_DEADLINE_MS = 6_000;
const START_DEADLINE_MS = 60_000;

export class HumanSuite {
  #child;
  #ready;
  #nextId = 0;
  #pending = new Map();

  #start() {
    const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST')));
    const child = fork(WORKER, [], { env, execArgv: ['--max-old-space-size=2048'], stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-4000)));
    this.#child = child;
    this.#ready = new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the human suite did not start:\n${stderr}`)), START_DEADLINE_MS);
      child.on('message', (message) => {
        if (message.ready) {
          clearTimeout(timer);
          resolve();
          return;
        }
        this.#pending.get(message.id)?.(message);
      });
      child.on('exit', (code, signal) => {
        clearTimeout(timer);
        if (this.#child === child) this.#child = undefined;
        reject(new Error(`the human suite exited (${signal ?? code}):\n${stderr}`));
        for (const settle of this.#pending.values()) settle({ passed: false, failures: [`the suite's process ended (${signal ?? code})`], crashed: true });
      });
    });
    this.#ready.catch(() => {});
  }

  /**
   * Runs the human suite of `module` (`src/text.ts`) with the module's text replaced by `text`
   * (undefined: as on disk), and the suite's own text by `suiteText` when given. Resolves to
   * `{ passed, failures, timedOut? }`.
   */
  async run(module, text, suiteText) {
    if (!this.#child) this.#start();
    await this.#ready;
    const id = this.#nextId++;
    const child = this.#child;
    let timer;
    const result = await new Promise((resolve) => {
      this.#pending.set(id, resolve);
      timer = setTimeout(() => resolve({ passed: false, failures: [`no answer within ${RUN_DEADLINE_MS} ms`], timedOut: true }), RUN_DEADLINE_MS);
      child.send({ id, module, text, suiteText });
    });
    clearTimeout(timer);
    this.#pending.delete(id);
    if (result.timedOut || result.crashed) this.#stop(child);
    return { passed: result.passed, failures: result.failures, ...(result.timedOut ? { timedOut: true } : {}) };
  }

  #stop(child) {
    if (this.#child === child) this.#child = undefined;
    child.kill('SIGKILL');
  }

  async close() {
    if (this.#child) this.#stop(this.#child);
  }
}
