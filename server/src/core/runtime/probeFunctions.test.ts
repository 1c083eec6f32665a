import { describe, expect, it } from 'vitest';
import { defaultWorld } from './determinism';
import { pairedFunctions, probeDifference } from './probeFunctions';

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

  it('pairs functions nested in objects', () => {
    const pairs = pairedFunctions({ check: atLeast(1), name: 'x' }, { check: above(1), name: 'x' });
    expect(pairs.map((p) => p.where)).toEqual(['the result.check']);
  });
});
