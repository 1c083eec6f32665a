import { describe, expect, it } from 'vitest';
import { checkOutcome, declarationOutcome, verdictSignature } from './testOutcomes';
import { FILE, check, declaration, finding } from './verdictFixtures';

describe('checks as test results', () => {
  const total = declaration('total', 3, 9, { state: 'failed' });

  it('passes a passed check with its duration', () => {
    expect(checkOutcome(FILE, total, check({ kind: 'contract', durationMs: 30 }))).toMatchObject({ status: 'passed', durationMs: 30, messages: [] });
  });

  it('fails a failed check with the finding, expected/actual as a diff, and the crash location', () => {
    const crash = check({ kind: 'contract', status: 'failed', finding: finding({ kind: 'contract', expected: 'number', actual: 'NaN', seed: 9, location: { file: '/work/shop/src/cart.ts', line: 5, column: 3 } }) });
    const outcome = checkOutcome(FILE, total, crash);
    expect(outcome.status).toBe('failed');
    expect(outcome.messages).toEqual([{
      text: 'total throws TypeError on an empty cart\nInput: total([])\nSeed 9.',
      expected: 'number',
      actual: 'NaN',
      location: { uri: FILE, range: { start: { line: 4, character: 2 }, end: { line: 4, character: 2 } } },
    }]);
    expect(outcome.output).toBe('total › contract: failed on total([])');
  });

  it('shows a behaviour change as old → new, at the declaration when there is no location', () => {
    const changed = check({ kind: 'behavior-change', status: 'failed', finding: finding({ kind: 'behavior-change', message: 'results differ', old: '10', new: '11', failingInputs: 3, totalInputs: 200 }) });
    const [message] = checkOutcome(FILE, total, changed).messages;
    expect(message).toMatchObject({ expected: '10', actual: '11', location: { uri: FILE, range: { start: { line: 3, character: 0 } } } });
    expect(message!.text).toContain('On 3 of 200 inputs.');
  });

  it('skips skipped and unverifiable checks', () => {
    expect(checkOutcome(FILE, total, check({ kind: 'hang', status: 'skipped' })).status).toBe('skipped');
    expect(checkOutcome(FILE, total, check({ kind: 'crash', status: 'unverifiable', reason: 'needs network' })).output).toBe('total › crash: unverifiable: needs network');
  });

  it('reports a declaration itself only when no check speaks for it', () => {
    expect(declarationOutcome(total)).toBeUndefined();
    expect(declarationOutcome(declaration('p', 0, 1, { state: 'pending' }))).toBeUndefined();
    expect(declarationOutcome(declaration('net', 0, 1, { state: 'unverifiable' }, { checks: [], reason: 'needs network' }))).toMatchObject({ status: 'skipped', output: 'net: unverifiable: needs network' });
    expect(declarationOutcome(declaration('ok', 0, 1, {}, { checks: [] }))?.status).toBe('passed');
  });

  it('signs a verdict so a republished one is not reported twice but a new run is', () => {
    const once = declaration('total', 0, 4);
    expect(verdictSignature(once)).toBe(verdictSignature(declaration('total', 0, 4)));
    expect(verdictSignature(once)).not.toBe(verdictSignature(declaration('total', 0, 4, {}, { durationMs: 999 })));
    expect(verdictSignature(once)).not.toBe(verdictSignature(declaration('total', 0, 4, { state: 'accepted' })));
    expect(verdictSignature(declaration('total', 0, 4, { state: 'pending' }))).toBe('pending');
  });
});
