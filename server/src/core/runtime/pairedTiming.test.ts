import { describe, expect, it } from 'vitest';
import { timePair } from './pairedTiming';
import type { TimedCall } from './pairedTiming';

/** A call that sorts a fresh copy of `size` numbers, by insertion (quadratic) or built in. */
function sorting(size: number, quadratic: boolean): TimedCall {
  return {
    prepare: () => Array.from({ length: size }, (_, i) => (i * 7919) % size),
    run: (prepared) => {
      const xs = prepared as number[];
      if (!quadratic) {
        xs.sort((a, b) => a - b);
        return;
      }
      for (let i = 1; i < xs.length; i++) {
        for (let j = i; j > 0 && xs[j - 1] > xs[j]; j--) [xs[j - 1], xs[j]] = [xs[j], xs[j - 1]];
      }
    },
  };
}

describe('paired timing', () => {
  it('reads a quadratic rewrite as many times slower, and a version against itself as about as fast', () => {
    const options = { batchMs: 2, rounds: 5, maxReps: 200 };
    const slower = timePair(sorting(2_000, false), sorting(2_000, true), options);
    expect(slower.newMs / slower.oldMs).toBeGreaterThan(5);
    const same = timePair(sorting(2_000, false), sorting(2_000, false), options);
    expect(same.newMs / same.oldMs).toBeLessThan(3);
    expect(same.newMs / same.oldMs).toBeGreaterThan(1 / 3);
  });

  it('repeats a fast call until a batch is long enough to read, and a slow one only once', () => {
    const fast = timePair(sorting(10, false), sorting(10, false), { batchMs: 2, rounds: 1, maxReps: 500 });
    expect(fast.reps).toBeGreaterThan(10);
    const slow = timePair(sorting(3_000, true), sorting(3_000, true), { batchMs: 0.01, rounds: 1, maxReps: 500 });
    expect(slow.reps).toBe(1);
  });
});
