// Other processes and control of this one: every `child_process` function (and the
// `ChildProcess.prototype.spawn` they all end in), worker threads, cluster workers, and the
// `process` methods that end, signal, move or extend the worker. All of them throw at the call:
// each would otherwise return a handle (or never return at all).
import childProcess from 'node:child_process';
import cluster from 'node:cluster';
import workerThreads from 'node:worker_threads';
import { blocked } from './sandboxGlobal';
import { lookLike, type PatchSet } from './sandboxPatchSet';

type AnyFunction = (...args: any[]) => any;

function commandLine(file: unknown, args: unknown): string {
  const rest = Array.isArray(args) ? args.map(String) : [];
  return [String(file), ...rest].join(' ');
}

/** The command a `child_process` function would run, as a person would type it. */
export function describeCommand(name: string, args: unknown[]): string {
  if (name === 'exec' || name === 'execSync') return String(args[0]);
  if (name === 'fork') return commandLine(`node ${String(args[0])}`, args[1]);
  return commandLine(args[0], args[1]);
}

function startProcess(command: string) {
  return blocked('process', command, `starting the process "${command}"`);
}

function throwingFor(describe: (args: unknown[]) => Error) {
  return (original: AnyFunction) =>
    lookLike(function (...args: unknown[]): never {
      throw describe(args);
    }, original);
}

export function blockProcesses(patches: PatchSet): void {
  const exports = childProcess as unknown as Record<string, unknown>;
  for (const name of Object.keys(exports)) {
    if (name === 'ChildProcess') continue;
    patches.wrap(exports, name, throwingFor((args) => startProcess(describeCommand(name, args))));
  }
  patches.wrap(childProcess.ChildProcess.prototype as unknown as Record<string, unknown>, 'spawn', throwingFor(([options]) => {
    const { file, args } = (options ?? {}) as { file?: unknown; args?: unknown };
    return startProcess(Array.isArray(args) && args.length > 0 ? args.map(String).join(' ') : String(file));
  }));

  const OriginalWorker = workerThreads.Worker as unknown as AnyFunction;
  const BlockedWorker = lookLike(function Worker(filename: unknown, options?: { eval?: boolean }): never {
    const what = options?.eval ? 'inline code' : String(filename);
    throw blocked('process', what, `starting a worker thread (${what})`);
  }, OriginalWorker);
  BlockedWorker.prototype = OriginalWorker.prototype;
  patches.replace(workerThreads, 'Worker', BlockedWorker);
  patches.wrap(cluster as unknown as Record<string, unknown>, 'fork', throwingFor(() => blocked('process', 'cluster.fork', 'forking a cluster worker')));

  blockProcessControl(patches);
}

function blockProcessControl(patches: PatchSet): void {
  const control = process as unknown as Record<string, unknown>;
  for (const name of ['exit', 'reallyExit'] as const) {
    patches.wrap(control, name, throwingFor(([code]) => {
      const call = `process.${name}(${code === undefined ? '' : String(code)})`;
      return blocked('exit', call, call);
    }));
  }
  patches.wrap(control, 'abort', throwingFor(() => blocked('exit', 'process.abort()', 'process.abort()')));
  patches.wrap(control, 'kill', throwingFor(([pid, signal]) => {
    const sent = signal === undefined ? 'SIGTERM' : String(signal);
    return blocked('process', `${String(pid)} ${sent}`, `sending ${sent} to process ${String(pid)}`);
  }));
  patches.wrap(control, 'chdir', throwingFor(([directory]) =>
    blocked('process', String(directory), `changing the working directory to ${String(directory)}`),
  ));
  patches.wrap(control, 'dlopen', throwingFor(([, filename]) =>
    blocked('process', String(filename), `loading the native addon ${String(filename)}`),
  ));
}
