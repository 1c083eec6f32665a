// Old and new versions are called under the same "world": Math.random replays the same seeded
// sequence and the clock reads the same instant. A function that uses randomness or time then
// answers alike in both versions unless its logic changed (even when one call runs later or
// slower than the other); calling the old version again under a
// different world tells a nondeterministic function from a changed one.

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

const RealDate = Date;
/** Reads of the clock that see the world's instant, unmoved, before it starts to follow real time. */
export const FROZEN_CLOCK_READS = 1_000;
/** The current world's instant; how often the clock was read; when it started to move. */
let worldNow = FIXED_NOW;
let clockReads = 0;
let movingSince: number | undefined;

/** The clock inside a world: stopped at the world's instant, so old and new read the same time
 *  however long a call takes, until a loop reads it a thousand times; from then on it moves with
 *  real time, so a busy-wait on Date.now() still ends. */
function worldClock(): number {
  if (++clockReads <= FROZEN_CLOCK_READS) return worldNow;
  movingSince ??= RealDate.now();
  return worldNow + (RealDate.now() - movingSince);
}

/**
 * `Date` as seen inside a world (see worldClock). Instances are real Dates; `Date()` called
 * without `new` gives the string, as the real one does. Swapping it in and out is an assignment,
 * far cheaper than fake timers, and calls happen thousands of times per check.
 */
const WorldDate = function (this: unknown, ...args: unknown[]) {
  if (!new.target) return new RealDate(worldClock()).toString();
  return args.length === 0 ? new RealDate(worldClock()) : new (RealDate as unknown as new (...a: unknown[]) => Date)(...args);
} as unknown as DateConstructor;
Object.assign(WorldDate, { now: worldClock, parse: RealDate.parse, UTC: RealDate.UTC });
(WorldDate as unknown as { prototype: Date }).prototype = RealDate.prototype;

function enterWorld(world: World): () => void {
  const realRandom = Math.random;
  Math.random = mulberry32(world.randomSeed);
  worldNow = world.now;
  clockReads = 0;
  movingSince = undefined;
  globalThis.Date = WorldDate;
  return () => {
    globalThis.Date = RealDate;
    Math.random = realRandom;
  };
}

/**
 * Runs `body` with seeded randomness and a clock starting at the world's instant, and waits for it
 * when it returns a promise, at most `timeoutMs` (then rejects with SettleTimeout). The world is
 * restored either way.
 */
export async function inWorld<T>(world: World, timeoutMs: number, body: () => T): Promise<Awaited<T>> {
  const leave = enterWorld(world);
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
    leave();
  }
}

export function isThenable(value: unknown): value is PromiseLike<unknown> {
  return value !== null && (typeof value === 'object' || typeof value === 'function') && typeof (value as { then?: unknown }).then === 'function';
}

/** The synchronous form of inWorld, for short calls that must not be awaited (probes). */
export function inWorldSync<T>(world: World, body: () => T): T {
  const leave = enterWorld(world);
  try {
    return body();
  } finally {
    leave();
  }
}
