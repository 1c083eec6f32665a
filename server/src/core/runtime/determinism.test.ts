import { describe, expect, it } from 'vitest';
import { defaultWorld, inWorld, inWorldSync, otherWorld, SettleTimeout } from './determinism';

describe('worlds', () => {
  it('seed Math.random and start the clock at the world\'s instant, the same for every call', () => {
    const sample = () => [Math.random(), Math.random(), new Date().getTime() - defaultWorld.now < 1000, Date.now() - defaultWorld.now < 1000];
    const first = inWorldSync(defaultWorld, sample);
    expect(inWorldSync(defaultWorld, sample)).toEqual(first);
    expect(inWorldSync(otherWorld, () => Math.random())).not.toBe(first[0]);
    expect(first.slice(2)).toEqual([true, true]);
  });

  it('keep Date behaving like Date: instances, parsing, UTC, Date() as a string, arguments', () => {
    inWorldSync(defaultWorld, () => {
      expect(new Date()).toBeInstanceOf(Date);
      expect(new Date(0).toISOString()).toBe('1970-01-01T00:00:00.000Z');
      expect(new Date(2024, 0, 2).getFullYear()).toBe(2024);
      expect(Date.UTC(2024, 0, 1)).toBe(1704067200000);
      expect(Date.parse('2024-01-01T00:00:00Z')).toBe(1704067200000);
      expect(typeof Date()).toBe('string');
    });
  });

  it('read the same instant in old and new however long the call takes in between', () => {
    const slowRead = () => {
      const first = Date.now();
      const until = performance.now() + 20;
      while (performance.now() < until);
      return [first, Date.now(), new Date().getTime()];
    };
    expect(inWorldSync(defaultWorld, slowRead)).toEqual([defaultWorld.now, defaultWorld.now, defaultWorld.now]);
  });

  it('let the clock move, so a busy-wait on Date.now() ends', () => {
    const waited = inWorldSync(defaultWorld, () => {
      const end = Date.now() + 5;
      while (Date.now() < end);
      return true;
    });
    expect(waited).toBe(true);
  });

  it('restore the real Date and Math.random afterwards, even after a throw', async () => {
    const realDate = Date;
    const realRandom = Math.random;
    expect(() => inWorldSync(defaultWorld, () => { throw new Error('x'); })).toThrow('x');
    await expect(inWorld(defaultWorld, 50, () => new Promise(() => {}))).rejects.toBeInstanceOf(SettleTimeout);
    expect(Date).toBe(realDate);
    expect(Math.random).toBe(realRandom);
  });
});
