// Runs inside a real vitest worker whose setup file is the bundled sandbox (driven by
// server/src/core/runtime/sandboxInVitest.test.ts; named `.fixture.ts` so Vouch's own run skips
// it). Built-ins are imported the way user code imports them: ESM named imports, which see the
// sandbox only if it called module.syncBuiltinESMExports() after patching.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { delimiter, join } from 'node:path';
import { expect, test, type TestContext } from 'vitest';
import { describeTotal } from './workerSubject';

interface Recorded {
  effect: string;
  detail: string;
  message: string;
}

const sandbox = () => (globalThis as Record<symbol, { takeBlocked(): Recorded[] } | undefined>)[Symbol.for('vouch.sandbox')];
const writable = process.env.VOUCH_SANDBOX_WRITABLE!.split(delimiter)[0]!;
const outside = process.env.VOUCH_SANDBOX_TEST_OUTSIDE!;

function blocked(effect: string) {
  return expect.objectContaining({ name: 'SideEffectBlocked', code: 'VOUCH_SIDE_EFFECT_BLOCKED', effect });
}

/** Hands what the sandbox recorded during the test to the reporter of the driving test. */
function reportBlocked({ task }: TestContext): void {
  Object.assign(task.meta, { blocked: sandbox()?.takeBlocked() ?? null });
}

test('spawn imported by name from node:child_process is blocked', (context) => {
  expect(() => spawn('echo', ['from the worker'])).toThrow(blocked('process'));
  reportBlocked(context);
});

test('writeFileSync imported by name writes inside the writable folder only', (context) => {
  writeFileSync(join(writable, 'inside.txt'), 'written in the worker');
  expect(readFileSync(join(writable, 'inside.txt'), 'utf8')).toBe('written in the worker');
  expect(() => writeFileSync(join(outside, 'outside.txt'), 'x')).toThrow(blocked('filesystem'));
  reportBlocked(context);
});

test('writeFile from node:fs/promises rejects outside the writable folder', async (context) => {
  await expect(writeFile(join(outside, 'outside-async.txt'), 'x')).rejects.toEqual(blocked('filesystem'));
  reportBlocked(context);
});

test('fetch rejects and net.connect throws', async (context) => {
  await expect(fetch('https://example.com/')).rejects.toEqual(blocked('network'));
  expect(() => connect(443, 'example.com')).toThrow(blocked('network'));
  reportBlocked(context);
});

test('process.exit throws instead of ending the worker', (context) => {
  expect(() => process.exit(1)).toThrow(blocked('exit'));
  reportBlocked(context);
});

test('an attempt that user code swallows is still recorded', (context) => {
  try {
    writeFileSync(join(outside, 'swallowed.txt'), 'x');
  } catch {
    // user code that ignores failures
  }
  expect(existsSync(join(outside, 'swallowed.txt'))).toBe(false);
  reportBlocked(context);
});

test('ordinary imports and console output still work', (context) => {
  console.log('vouch sandbox: console works in the worker');
  expect(describeTotal([1, 2, 3])).toBe('total 6');
  reportBlocked(context);
});
