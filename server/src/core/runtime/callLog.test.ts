import { mkdtempSync, readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CallLog } from './callLog';
import { PROGRESS_DIR_ENV, ProgressLog, progressFileName } from './progress';

const saved = process.env[PROGRESS_DIR_ENV];
afterEach(() => {
  if (saved === undefined) delete process.env[PROGRESS_DIR_ENV];
  else process.env[PROGRESS_DIR_ENV] = saved;
});

function records(dir: string, subject: string): { event: string; index?: number; input: string }[] {
  return readFileSync(path.join(dir, progressFileName(subject)), 'utf8')
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line));
}

describe('the call log', () => {
  it('writes a call before it runs and its return after, so only an unanswered call can be read as a hang', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'vouch-calllog-'));
    process.env[PROGRESS_DIR_ENV] = dir;
    const progress = new ProgressLog('src/a.ts#f');
    const calls = new CallLog('src/a.ts#f', 'crash', progress);
    calls.runIndex = 2;
    expect(calls.before('current', 'f(1)')).toBe(true);
    expect(records(dir, 'src/a.ts#f').at(-1)).toMatchObject({ event: 'call', index: 2 });
    calls.after('current');
    expect(records(dir, 'src/a.ts#f').at(-1)).toMatchObject({ event: 'returned', index: 2 });
    // While shrinking, the rendering names the call.
    calls.runIndex = undefined;
    calls.before('baseline', () => 'f(0)');
    expect(records(dir, 'src/a.ts#f').at(-1)).toMatchObject({ event: 'call', input: 'f(0)', version: 'baseline' });
    progress.close();
  });
});
