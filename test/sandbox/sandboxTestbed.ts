// Shared by the sandbox's unit tests: a writable folder and an outside folder per test, the
// sandbox installed over them, and the checks every blocked family repeats.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect } from 'vitest';
import { installSandbox, SIDE_EFFECT_BLOCKED_CODE, type SandboxHandle, type SideEffect } from '../../server/src/core/runtime/sandbox';

export interface SandboxTestbed {
  /** Real path of the folder the sandbox lets tests write to. */
  writable: string;
  /** Real path of a folder outside it, holding `existing.txt` and `existing-dir/`. */
  outside: string;
  handle: SandboxHandle;
  inWritable(name: string): string;
  inOutside(name: string): string;
}

function makeTempDir(role: string): string {
  return fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), `vouch-sandbox-${role}-`)));
}

/** Installs the sandbox before each test of the calling file and restores it after each. */
export function useSandbox(): SandboxTestbed {
  const bed = {
    inWritable: (name: string) => path.join(bed.writable, name),
    inOutside: (name: string) => path.join(bed.outside, name),
  } as SandboxTestbed;
  beforeEach(() => {
    bed.writable = makeTempDir('writable');
    bed.outside = makeTempDir('outside');
    fs.writeFileSync(bed.inOutside('existing.txt'), 'original');
    fs.mkdirSync(bed.inOutside('existing-dir'));
    fs.writeFileSync(bed.inWritable('inside.txt'), 'inside');
    bed.handle = installSandbox({ writableDirs: [bed.writable] });
  });
  afterEach(() => {
    bed.handle.restore();
    fs.rmSync(bed.writable, { recursive: true, force: true });
    fs.rmSync(bed.outside, { recursive: true, force: true });
  });
  return bed;
}

/** What a blocked call must have produced. */
export function blockedError(effect: SideEffect, detail: string) {
  return expect.objectContaining({ name: 'SideEffectBlocked', code: SIDE_EFFECT_BLOCKED_CODE, effect, detail });
}

/** The error `act` throws; fails the test when it returns normally. */
export function thrownBy(act: () => unknown): unknown {
  try {
    act();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw');
}

/** Every entry below `dir` with its kind, size, mode, times and file contents: equal before and
 *  after a call means the call changed nothing there. */
export function treeState(dir: string): Record<string, string> {
  const state: Record<string, string> = {};
  for (const name of fs.readdirSync(dir, { recursive: true }) as string[]) {
    const full = path.join(dir, name);
    const stat = fs.lstatSync(full);
    const content = stat.isFile() ? fs.readFileSync(full, 'utf8') : stat.isSymbolicLink() ? `-> ${fs.readlinkSync(full)}` : '';
    state[name] = `${stat.mode.toString(8)} ${stat.size} ${stat.mtimeMs} ${stat.nlink} ${content}`;
  }
  return state;
}

/** Names of the active libuv handles and requests (`TCPWrap`, `ProcessWrap`, …) by count. */
export function activeResources(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const name of process.getActiveResourcesInfo()) counts.set(name, (counts.get(name) ?? 0) + 1);
  return counts;
}
