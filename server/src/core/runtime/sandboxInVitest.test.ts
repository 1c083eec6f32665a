// The sandbox as the runner uses it: bundled like dist/sandbox.mjs, loaded as a `setupFiles` entry
// of a real vitest instance with `pool: 'threads'`, configured through VOUCH_SANDBOX_WRITABLE,
// against a test file that imports built-ins by name. The fixture's tests assert the blocking
// from inside the worker; this file checks what the worker reported and what reached the disk.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createVitest, type Reporter, type TestCase } from 'vitest/node';
import type { BlockedEffect } from './sandbox';

const SANDBOX_SOURCE = fileURLToPath(new URL('./sandbox.ts', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../../../../test/sandbox/', import.meta.url));

interface Outcome {
  state: string;
  errors: string[];
  blocked: BlockedEffect[] | null | undefined;
}

let root: string;
let writable: string;
let outside: string;
const outcomes = new Map<string, Outcome>();
const logs: string[] = [];
let unhandledErrors: unknown[] = [];

const collector: Reporter = {
  onTestCaseResult(testCase: TestCase) {
    const result = testCase.result();
    outcomes.set(testCase.name, {
      state: result.state,
      errors: (result.errors ?? []).map((error) => error.message),
      blocked: (testCase.meta() as { blocked?: BlockedEffect[] | null }).blocked,
    });
  },
  onUserConsoleLog(log) {
    logs.push(log.content);
  },
};

beforeAll(async () => {
  root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'vouch-sandbox-vitest-')));
  writable = path.join(root, 'writable');
  outside = path.join(root, 'outside');
  fs.mkdirSync(writable);
  fs.mkdirSync(outside);
  const bundle = path.join(root, 'sandbox.mjs');
  // The options of esbuild.mjs's dist/sandbox.mjs entry.
  await build({ entryPoints: [SANDBOX_SOURCE], outfile: bundle, bundle: true, platform: 'node', target: 'node20', format: 'esm', logLevel: 'warning' });

  // Worker threads start with a copy of this process's environment.
  const savedEnv = { writable: process.env.VOUCH_SANDBOX_WRITABLE, outside: process.env.VOUCH_SANDBOX_TEST_OUTSIDE };
  process.env.VOUCH_SANDBOX_WRITABLE = [writable, path.join(root, 'progress')].join(path.delimiter);
  process.env.VOUCH_SANDBOX_TEST_OUTSIDE = outside;
  const vitest = await createVitest('test', {
    root,
    dir: FIXTURES,
    include: ['**/*.fixture.ts'],
    exclude: [],
    watch: false,
    config: false,
    pool: 'threads',
    setupFiles: [bundle],
    reporters: [collector],
  });
  try {
    await vitest.start();
    unhandledErrors = vitest.state.getUnhandledErrors();
  } finally {
    await vitest.close();
    restoreEnv('VOUCH_SANDBOX_WRITABLE', savedEnv.writable);
    restoreEnv('VOUCH_SANDBOX_TEST_OUTSIDE', savedEnv.outside);
  }
});

function restoreEnv(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}

afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

describe('the sandbox as a setup file of a real vitest worker', () => {
  it('ran every test of the fixture to a pass, with no unhandled error and no killed worker', () => {
    expect(unhandledErrors).toEqual([]);
    expect(Object.fromEntries([...outcomes].map(([name, outcome]) => [name, outcome.state]))).toEqual({
      'spawn imported by name from node:child_process is blocked': 'passed',
      'writeFileSync imported by name writes inside the writable folder only': 'passed',
      'writeFile from node:fs/promises rejects outside the writable folder': 'passed',
      'fetch rejects and net.connect throws': 'passed',
      'process.exit throws instead of ending the worker': 'passed',
      'an attempt that user code swallows is still recorded': 'passed',
      'ordinary imports and console output still work': 'passed',
    });
  });

  it('reported what each test tried, through the global record', () => {
    const blocked = (name: string) => outcomes.get(name)?.blocked?.map(({ effect, detail }) => `${effect} ${detail}`);
    expect(blocked('spawn imported by name from node:child_process is blocked')).toEqual(['process echo from the worker']);
    expect(blocked('writeFileSync imported by name writes inside the writable folder only')).toEqual([`filesystem ${path.join(outside, 'outside.txt')}`]);
    expect(blocked('writeFile from node:fs/promises rejects outside the writable folder')).toEqual([`filesystem ${path.join(outside, 'outside-async.txt')}`]);
    expect(blocked('fetch rejects and net.connect throws')).toEqual(['network example.com:443', 'network example.com:443']);
    expect(blocked('process.exit throws instead of ending the worker')).toEqual(['exit process.exit(1)']);
    expect(blocked('an attempt that user code swallows is still recorded')).toEqual([`filesystem ${path.join(outside, 'swallowed.txt')}`]);
    expect(blocked('ordinary imports and console output still work')).toEqual([]);
  });

  it('let the write inside the writable folder through and kept everything else off the disk', () => {
    expect(fs.readFileSync(path.join(writable, 'inside.txt'), 'utf8')).toBe('written in the worker');
    expect(fs.readdirSync(outside)).toEqual([]);
  });

  it('kept console output flowing from the worker', () => {
    expect(logs.map((log) => log.trim())).toContain('vouch sandbox: console works in the worker');
  });
});
