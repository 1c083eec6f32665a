// Old and new versions are called under the same "world": Math.random replays the same seeded
// sequence and the clock reads the same instant. A function that uses randomness or time then
// answers alike in both versions unless its logic changed; calling the old version again under a
// different world tells a nondeterministic function from a changed one.
import { vi } from 'vitest';

const FIXED_NOW = Date.UTC(2024, 0, 15, 12, 0, 0);

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface World {
  randomSeed: number;
  now: number;
}

export const defaultWorld: World = { randomSeed: 0x5eed, now: FIXED_NOW };
export const otherWorld: World = { randomSeed: 0xa11ce, now: FIXED_NOW + 86_400_000 * 37 + 3_600_000 * 5 + 1234 };

export class SettleTimeout extends Error {
  override readonly name = 'SettleTimeout';
}

/**
 * Runs `body` with seeded randomness and a fixed clock, and waits for it when it returns a
 * promise, at most `timeoutMs` (then rejects with SettleTimeout). The world is restored either way.
 */
export async function inWorld<T>(world: World, timeoutMs: number, body: () => T): Promise<Awaited<T>> {
  const realRandom = Math.random;
  Math.random = mulberry32(world.randomSeed);
  // The clock starts at the same instant for old and new and then moves with real time, so a
  // busy-wait on Date.now() still ends.
  vi.useFakeTimers({ toFake: ['Date'], now: world.now, shouldAdvanceTime: true });
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const result = body();
    if (!isThenable(result)) return result as Awaited<T>;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new SettleTimeout(`did not settle within ${timeoutMs} ms`)), timeoutMs);
    });
    return await Promise.race([result as Awaited<T>, timeout]);
  } finally {
    if (timer) clearTimeout(timer);
    vi.useRealTimers();
    Math.random = realRandom;
  }
}

export function isThenable(value: unknown): value is PromiseLike<unknown> {
  return value !== null && (typeof value === 'object' || typeof value === 'function') && typeof (value as { then?: unknown }).then === 'function';
}

/** The synchronous form of inWorld, for short calls that must not be awaited (probes). */
export function inWorldSync<T>(world: World, body: () => T): T {
  const realRandom = Math.random;
  Math.random = mulberry32(world.randomSeed);
  vi.useFakeTimers({ toFake: ['Date'], now: world.now, shouldAdvanceTime: true });
  try {
    return body();
  } finally {
    vi.useRealTimers();
    Math.random = realRandom;
  }
}
