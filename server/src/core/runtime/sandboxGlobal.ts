// The sandbox's one piece of global state, under `Symbol.for('vouch.sandbox')`, so that every copy
// of this code in a worker (the bundled setup file, the harness, a test) finds the same record:
// the harness reads blocked attempts even when user code swallowed the error, and writes its own
// progress records through the original file functions.
import fs from 'node:fs';
import { SideEffectBlocked, type BlockedEffect, type SideEffect } from './sideEffectBlocked';

export const SANDBOX_KEY: unique symbol = Symbol.for('vouch.sandbox') as never;

/** The file functions as they were before the sandbox wrapped them. Each runs with the gate
 *  open, since Node's own `appendFileSync` calls `fs.writeFileSync` and `writeFileSync` calls
 *  `fs.openSync` through the (wrapped) module object. Synchronous only, so the gate is open for
 *  exactly the length of the call. */
export interface SandboxOriginals {
  writeSync: typeof fs.writeSync;
  openSync: typeof fs.openSync;
  closeSync: typeof fs.closeSync;
  appendFileSync: typeof fs.appendFileSync;
  writeFileSync: typeof fs.writeFileSync;
  mkdirSync: typeof fs.mkdirSync;
  renameSync: typeof fs.renameSync;
  rmSync: typeof fs.rmSync;
  unlinkSync: typeof fs.unlinkSync;
}

/** What `globalThis[Symbol.for('vouch.sandbox')]` holds while the sandbox is installed. */
export interface SandboxGlobal {
  /** Blocked attempts since the last call, oldest first; clears the record. */
  takeBlocked(): BlockedEffect[];
  /** Blocked attempts so far, without clearing. */
  peekBlocked(): BlockedEffect[];
  readonly original: Readonly<SandboxOriginals>;
  /** Absolute directories (as given, and their real paths) where writes are allowed. */
  readonly writableDirs: readonly string[];
  /** Hosts (`host` or `host:port`) the code may connect to; see sandboxAllowances.ts. */
  readonly allowedHosts: readonly string[];
}

/** The global as this code keeps it: the public face plus what a second copy needs to reuse it. */
export interface SandboxState extends SandboxGlobal {
  writableDirs: string[];
  allowedHosts: string[];
  record(effect: BlockedEffect): void;
  /** Above zero while an original from `original` runs: the file gate lets everything through. */
  bypassing: number;
  /** Set by the installer: puts back every wrapped function. */
  uninstall(): void;
  /** Set by the installer: wraps again whatever someone else put back (vitest's forks pool resets
   *  `process.exit` after each file) without wrapping twice. */
  reapply(): void;
}

function captureOriginals(): SandboxOriginals {
  return {
    writeSync: fs.writeSync,
    openSync: fs.openSync,
    closeSync: fs.closeSync,
    appendFileSync: fs.appendFileSync,
    writeFileSync: fs.writeFileSync,
    mkdirSync: fs.mkdirSync,
    renameSync: fs.renameSync,
    rmSync: fs.rmSync,
    unlinkSync: fs.unlinkSync,
  };
}

export function currentSandbox(): SandboxState | undefined {
  return (globalThis as { [SANDBOX_KEY]?: SandboxState })[SANDBOX_KEY];
}

export function publishSandbox(state: SandboxState | undefined): void {
  const holder = globalThis as { [SANDBOX_KEY]?: SandboxState };
  if (state) Object.defineProperty(holder, SANDBOX_KEY, { value: state, configurable: true, writable: false });
  else delete holder[SANDBOX_KEY];
}

export function createSandboxState(writableDirs: string[], allowedHosts: string[] = []): SandboxState {
  let blocked: BlockedEffect[] = [];
  const state: SandboxState = {
    writableDirs,
    allowedHosts,
    bypassing: 0,
    original: Object.freeze(bypassingGate(captureOriginals(), () => state)),
    takeBlocked() {
      const taken = blocked;
      blocked = [];
      return taken;
    },
    peekBlocked: () => blocked.slice(),
    record: (effect) => void blocked.push(effect),
    uninstall() {},
    reapply() {},
  };
  return state;
}

function bypassingGate(originals: SandboxOriginals, state: () => SandboxState): SandboxOriginals {
  const entries = Object.entries(originals).map(([name, original]: [string, (...args: unknown[]) => unknown]) => {
    const open = function (this: unknown, ...args: unknown[]) {
      state().bypassing++;
      try {
        return original.apply(this, args);
      } finally {
        state().bypassing--;
      }
    };
    Object.defineProperty(open, 'name', { value: original.name });
    return [name, open];
  });
  return Object.fromEntries(entries) as SandboxOriginals;
}

/** Records the attempt in the sandbox that is installed now and returns the error to surface. */
export function blocked(effect: SideEffect, detail: string, action: string): SideEffectBlocked {
  const error = new SideEffectBlocked(effect, detail, action);
  currentSandbox()?.record(error.toRecord());
  return error;
}
