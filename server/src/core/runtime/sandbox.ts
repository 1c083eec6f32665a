// The sandbox every vitest worker that runs generated tests gets, as a `setupFiles` entry (bundled
// to dist/sandbox.mjs). Loaded with VOUCH_SANDBOX_WRITABLE set, it installs itself: network,
// other processes, ending or moving the worker, and file writes outside the writable folders throw
// `SideEffectBlocked`, and each attempt is recorded under `Symbol.for('vouch.sandbox')` for the
// harness, even when user code catches the error.
//
// It is a guard rail against code that means no harm, not a jail: code that wants out can reach
// the originals (the global below, `process.binding`, a native addon loaded before it).
//
// The patches change the CommonJS objects of the built-ins (`require('fs')`, `fs.promises`, …);
// `module.syncBuiltinESMExports()` then updates the live bindings of `import { spawn } from
// 'node:child_process'` in every ES module, including those vitest evaluates. What a module copied
// out before that (`const { spawn } = cp` at load time, Node's own internals) keeps the original,
// which is why sockets and listeners are also gated on their prototypes.
import module from 'node:module';
import path from 'node:path';
import { gateFileWrites } from './sandboxFilesystem';
import { createSandboxState, currentSandbox, publishSandbox, type SandboxGlobal } from './sandboxGlobal';
import { blockNetwork } from './sandboxNetwork';
import { PatchSet } from './sandboxPatchSet';
import { blockProcesses } from './sandboxProcesses';
import { allowancesFromEnv } from './sandboxAllowances';
import { resolveWritableDirs } from './sandboxWritableArea';

export { SANDBOX_KEY, type SandboxGlobal, type SandboxOriginals } from './sandboxGlobal';
export { SIDE_EFFECT_BLOCKED_CODE, SideEffectBlocked, type BlockedEffect, type SideEffect } from './sideEffectBlocked';

/** Absolute folders where writes are allowed, joined with `path.delimiter`; set by the runner. */
export const SANDBOX_WRITABLE_ENV = 'VOUCH_SANDBOX_WRITABLE';

export interface SandboxOptions {
  /** Absolute folders (and everything below them) where file writes are allowed. */
  writableDirs: string[];
  /** Hosts (`db.local`, `127.0.0.1:5432`) connections may go to; everything else stays blocked. */
  allowedHosts?: string[];
}

export interface SandboxHandle {
  /** The first installation puts every original back; a later one only its writable folders. */
  restore(): void;
}

/** The installed sandbox's record and originals, if a sandbox is installed in this thread. */
export function getSandbox(): SandboxGlobal | undefined {
  return currentSandbox();
}

/**
 * Installs the sandbox in this thread. Installing again (another test file in a reused worker, a
 * second copy of this module) wraps nothing twice: it puts back any patch someone else undid and
 * replaces the writable folders.
 */
export function installSandbox(options: SandboxOptions): SandboxHandle {
  const writableDirs = resolveWritableDirs(options.writableDirs);
  const allowedHosts = [...(options.allowedHosts ?? [])];
  const existing = currentSandbox();
  if (existing) {
    const previous = existing.writableDirs;
    const previousHosts = existing.allowedHosts;
    existing.writableDirs = writableDirs;
    existing.allowedHosts = allowedHosts;
    existing.reapply();
    module.syncBuiltinESMExports();
    let restored = false;
    return {
      restore() {
        if (restored || currentSandbox() !== existing) return;
        restored = true;
        existing.writableDirs = previous;
        existing.allowedHosts = previousHosts;
      },
    };
  }

  const state = createSandboxState(writableDirs, allowedHosts);
  const patches = new PatchSet();
  state.reapply = () => patches.reapply();
  state.uninstall = () => {
    patches.restore();
    module.syncBuiltinESMExports();
    if (currentSandbox() === state) publishSandbox(undefined);
  };
  publishSandbox(state);
  gateFileWrites(patches);
  blockNetwork(patches);
  blockProcesses(patches);
  module.syncBuiltinESMExports();

  let restored = false;
  return {
    restore() {
      if (restored) return;
      restored = true;
      state.uninstall();
    },
  };
}

/** The folders named in VOUCH_SANDBOX_WRITABLE, or undefined when it is not set. */
export function writableDirsFromEnv(env: NodeJS.ProcessEnv = process.env): string[] | undefined {
  const value = env[SANDBOX_WRITABLE_ENV];
  return value === undefined ? undefined : value.split(path.delimiter).filter(Boolean);
}

/** The sandbox the environment describes: the runner's writable folders plus the project's
 *  allowances (sandboxAllowances.ts); undefined when the runner did not configure one. */
export function sandboxOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): SandboxOptions | undefined {
  const writableDirs = writableDirsFromEnv(env);
  if (!writableDirs) return undefined;
  const allowances = allowancesFromEnv(env);
  return { writableDirs: [...writableDirs, ...allowances.allowWrite], allowedHosts: allowances.allowHosts };
}

// As a setup file: install when the runner configured it. Imported for its exports (tests, the
// harness's types) without the variable, it changes nothing.
const configured = sandboxOptionsFromEnv();
if (configured) installSandbox(configured);
