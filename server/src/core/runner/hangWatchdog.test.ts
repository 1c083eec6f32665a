import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findHang, unfinishedCalls } from './hangWatchdog';

function progress(dir: string, name: string, records: object[], ageMs: number) {
  const file = path.join(dir, name);
  writeFileSync(file, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const when = (Date.now() - ageMs) / 1000;
  utimesSync(file, when, when);
}

describe('the hang watchdog', () => {
  it('names the input of a call that stopped writing progress in the middle of a call', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'vouch-progress-'));
    progress(dir, 'busy.progress', [{ subject: 'a#busy', check: 'crash', input: 'busy(1)', event: 'call' }], 100);
    progress(dir, 'done.progress', [{ subject: 'a#done', check: 'crash', input: 'done(1)', event: 'call' }, { subject: 'a#done', check: 'crash', input: '', event: 'done' }], 5_000);
    expect(findHang(dir, 1_000)).toBeUndefined();
    progress(dir, 'stuck.progress', [{ subject: 'a#stuck', check: 'crash', input: 'stuck(0)', event: 'call' }], 5_000);
    expect(findHang(dir, 1_000)).toEqual({ subject: 'a#stuck', check: 'crash', input: 'stuck(0)', version: 'current', index: undefined, thread: undefined });
    // A record of the first pass names its input by run index; the version is read as written.
    progress(dir, 'stuck.progress', [{ subject: 'a#stuck', check: 'contract', input: '', event: 'call', version: 'baseline', index: 6, thread: 3 }], 5_000);
    expect(findHang(dir, 1_000)).toEqual({ subject: 'a#stuck', check: 'contract', input: 'input #7 of the contract check', version: 'baseline', index: 6, thread: 3 });
  });

  it('does not call a worker hanging when its last call returned, however long it has been quiet since', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'vouch-progress-'));
    const call = { subject: 'a#slow', check: 'crash', input: '', event: 'call', index: 3 };
    progress(dir, 'slow.progress', [call, { ...call, event: 'returned' }], 60_000);
    expect(findHang(dir, 1_000)).toBeUndefined();
    expect(unfinishedCalls(dir)).toEqual([]);
    progress(dir, 'slow.progress', [call, { ...call, event: 'returned' }, { ...call, index: 4 }], 60_000);
    expect(findHang(dir, 1_000)).toMatchObject({ subject: 'a#slow', input: 'input #5 of the crash check' });
  });

  it('lists every call left unfinished (after a worker died)', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'vouch-progress-'));
    progress(dir, 'x.progress', [{ subject: 'a#x', check: 'contract', input: 'x(1)', event: 'call' }], 0);
    progress(dir, 'y.progress', [{ subject: 'a#y', check: 'crash', input: '', event: 'done' }], 0);
    expect(unfinishedCalls(dir)).toEqual([{ subject: 'a#x', check: 'contract', input: 'x(1)', version: 'current' }]);
    expect(unfinishedCalls(path.join(dir, 'missing'))).toEqual([]);
  });
});
