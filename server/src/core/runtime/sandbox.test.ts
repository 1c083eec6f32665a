import childProcess from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { blockedError, thrownBy } from '../../../../test/sandbox/sandboxTestbed';
import {
  getSandbox,
  installSandbox,
  SANDBOX_KEY,
  SIDE_EFFECT_BLOCKED_CODE,
  SideEffectBlocked,
  writableDirsFromEnv,
  type SandboxGlobal,
  type SandboxHandle,
} from './sandbox';

let writable: string;
let outside: string;
const handles: SandboxHandle[] = [];

function install(dirs: string[]): SandboxHandle {
  const handle = installSandbox({ writableDirs: dirs });
  handles.push(handle);
  return handle;
}

beforeEach(() => {
  writable = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'vouch-sandbox-writable-')));
  outside = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'vouch-sandbox-outside-')));
});

afterEach(() => {
  for (const handle of handles.splice(0).reverse()) handle.restore();
  fs.rmSync(writable, { recursive: true, force: true });
  fs.rmSync(outside, { recursive: true, force: true });
});

describe('installSandbox', () => {
  it('restores every original, the ESM bindings and the global', async () => {
    const originals = { writeFileSync: fs.writeFileSync, spawn: childProcess.spawn, exit: process.exit };
    const fetchDescriptor = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
    const handle = install([writable]);
    expect(fs.writeFileSync).not.toBe(originals.writeFileSync);
    expect((await import('node:child_process')).spawn).toBe(childProcess.spawn);
    handle.restore();
    expect({ writeFileSync: fs.writeFileSync, spawn: childProcess.spawn, exit: process.exit }).toEqual(originals);
    expect((await import('node:child_process')).spawn).toBe(originals.spawn);
    expect(Object.getOwnPropertyDescriptor(globalThis, 'fetch')).toEqual(fetchDescriptor);
    expect(getSandbox()).toBeUndefined();
    fs.writeFileSync(path.join(outside, 'after-restore.txt'), 'x');
    expect(fs.existsSync(path.join(outside, 'after-restore.txt'))).toBe(true);
  });

  it('does not wrap twice when installed twice, and records one attempt per call', () => {
    install([writable]);
    const wrapped = fs.writeFileSync;
    install([writable]);
    expect(fs.writeFileSync).toBe(wrapped);
    expect(thrownBy(() => fs.writeFileSync(path.join(outside, 'x.txt'), 'x'))).toEqual(blockedError('filesystem', path.join(outside, 'x.txt')));
    expect(getSandbox()!.takeBlocked()).toHaveLength(1);
  });

  it('lets a second installation change the writable folders until it is restored', () => {
    install([writable]);
    const second = install([outside]);
    fs.writeFileSync(path.join(outside, 'allowed-now.txt'), 'x');
    expect(thrownBy(() => fs.writeFileSync(path.join(writable, 'not-any-more.txt'), 'x'))).toBeInstanceOf(SideEffectBlocked);
    second.restore();
    expect(getSandbox()!.writableDirs).toEqual([writable]);
    expect(thrownBy(() => fs.writeFileSync(path.join(outside, 'blocked-again.txt'), 'x'))).toBeInstanceOf(SideEffectBlocked);
    expect(fs.readdirSync(outside)).toEqual(['allowed-now.txt']);
  });

  it('wraps again what someone else put back (vitest forks reset process.exit between files)', () => {
    const exit = process.exit;
    install([writable]);
    process.exit = exit;
    install([writable]);
    expect(thrownBy(() => process.exit(2))).toEqual(blockedError('exit', 'process.exit(2)'));
  });

  it('rejects a relative writable folder', () => {
    expect(() => installSandbox({ writableDirs: ['relative/dir'] })).toThrow(/must be absolute/);
    expect(getSandbox()).toBeUndefined();
  });

  it('reads the writable folders from VOUCH_SANDBOX_WRITABLE', () => {
    expect(writableDirsFromEnv({ VOUCH_SANDBOX_WRITABLE: ['/run/tmp', '/run/progress', ''].join(path.delimiter) })).toEqual(['/run/tmp', '/run/progress']);
    expect(writableDirsFromEnv({ VOUCH_SANDBOX_WRITABLE: '' })).toEqual([]);
    expect(writableDirsFromEnv({})).toBeUndefined();
  });
});

describe('the global record', () => {
  it('is published under Symbol.for("vouch.sandbox"); takeBlocked clears, peekBlocked does not', async () => {
    install([writable]);
    const sandbox = (globalThis as Record<symbol, SandboxGlobal | undefined>)[Symbol.for('vouch.sandbox')]!;
    expect(sandbox).toBe(getSandbox());
    expect(SANDBOX_KEY).toBe(Symbol.for('vouch.sandbox'));
    await fetch('https://example.com/').catch(() => undefined);
    expect(() => childProcess.execSync('ls')).toThrow(SideEffectBlocked);
    expect(sandbox.peekBlocked()).toHaveLength(2);
    expect(sandbox.takeBlocked()).toEqual([
      { effect: 'network', detail: 'example.com:443', message: 'Vouch blocked a network request to example.com:443: generated tests run without network access.' },
      { effect: 'process', detail: 'ls', message: 'Vouch blocked starting the process "ls": generated tests cannot start or control processes.' },
    ]);
    expect(sandbox.peekBlocked()).toEqual([]);
  });

  it('keeps the original file functions, for the harness to write its own records anywhere', () => {
    install([writable]);
    const { openSync, writeSync, closeSync, appendFileSync } = getSandbox()!.original;
    const progress = path.join(outside, 'progress.jsonl');
    const fd = openSync(progress, 'a');
    writeSync(fd, '{"input":1}\n');
    closeSync(fd);
    appendFileSync(progress, '{"input":2}\n');
    expect(fs.readFileSync(progress, 'utf8')).toBe('{"input":1}\n{"input":2}\n');
    expect(getSandbox()!.takeBlocked()).toEqual([]);
  });
});

describe('SideEffectBlocked', () => {
  it('carries a stable name, code, effect and detail', () => {
    const error = new SideEffectBlocked('network', 'example.com:443', 'a network request to example.com:443');
    expect(error).toBeInstanceOf(Error);
    expect({ name: error.name, code: error.code, effect: error.effect, detail: error.detail }).toEqual({
      name: 'SideEffectBlocked',
      code: SIDE_EFFECT_BLOCKED_CODE,
      effect: 'network',
      detail: 'example.com:443',
    });
    expect(String(error)).toBe('SideEffectBlocked: Vouch blocked a network request to example.com:443: generated tests run without network access.');
  });

  it('recognises an error from another copy of the module by its code', () => {
    const fromOtherCopy = Object.assign(new Error('blocked elsewhere'), { code: SIDE_EFFECT_BLOCKED_CODE });
    expect(fromOtherCopy instanceof SideEffectBlocked).toBe(true);
    expect(new Error('other') instanceof SideEffectBlocked).toBe(false);
    expect({ code: SIDE_EFFECT_BLOCKED_CODE } instanceof SideEffectBlocked).toBe(false);
  });
});
