import { describe, expect, it } from 'vitest';
import { defaultWorld } from './determinism';
import { pairedFunctions, PROBE_RETRY_TIMEOUT_MS, probeDifference } from './probeFunctions';

describe('probeDifference', () => {
  const atLeast = (min: number) => (n: number) => n >= min;
  const above = (min: number) => (n: number) => n > min;

  it('finds the first probe on which two functions answer differently', () => {
    const pairs = pairedFunctions(atLeast(3), above(3));
    expect(probeDifference(pairs, [[1], [3], [5]], defaultWorld)).toEqual({ where: 'the result', call: 'f(3)', old: 'returns true', new: 'returns false' });
  });

  it('finds nothing when they agree on every probe', () => {
    expect(probeDifference(pairedFunctions(atLeast(3), above(2)), [[1], [3], [5]], defaultWorld)).toBeUndefined();
  });

  it('compares thrown errors by class and message', () => {
    const upper = (s: string) => s.toUpperCase();
    const lower = (s: string) => s.toLowerCase();
    expect(probeDifference(pairedFunctions(upper, lower), [[null]], defaultWorld)?.new).toBe("throws TypeError: Cannot read properties of null (reading 'toLowerCase')");
    expect(probeDifference(pairedFunctions(upper, (s: string) => s.toUpperCase()), [[null]], defaultWorld)).toBeUndefined();
  });

  it('reads a probe the old function does not answer in time as saying nothing', () => {
    const loops = (n: number) => {
      while (n === n) n++;
      return n;
    };
    expect(probeDifference(pairedFunctions(loops, atLeast(3)), [[1]], defaultWorld)).toBeUndefined();
  });

  it('gives the new function a second, longer deadline before calling it a hang', () => {
    let calls = 0;
    const slowOnce = (n: number) => {
      if (calls++ === 0) {
        const until = Date.now() + 400;
        while (Date.now() < until);
      }
      return n >= 3;
    };
    expect(probeDifference(pairedFunctions(atLeast(3), slowOnce), [[5]], defaultWorld)).toBeUndefined();
    expect(calls).toBe(2);
    const loops = (n: number) => {
      while (n === n) n++;
      return n;
    };
    expect(probeDifference(pairedFunctions(atLeast(3), loops), [[5]], defaultWorld)).toEqual({
      where: 'the result',
      call: 'f(5)',
      old: 'returns true',
      new: `throws SettleTimeout: did not return within ${PROBE_RETRY_TIMEOUT_MS} ms`,
    });
  });

  it('pairs functions nested in objects', () => {
    const pairs = pairedFunctions({ check: atLeast(1), name: 'x' }, { check: above(1), name: 'x' });
    expect(pairs.map((p) => p.where)).toEqual(['the result.check']);
  });
});
