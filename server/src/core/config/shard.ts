// `--shard i/n`: one of n parallel CI jobs verifies the i-th share of the changed declarations.
// Every job collects the same declarations from the same diff, sorts them by id and takes every
// n-th one starting at i, so the shares are disjoint, cover everything, and stay balanced by
// count. `vouch merge-reports` joins the jobs' JSON reports into the report of a single run.
import { VouchError } from '../errors';

export interface ShardSpec {
  /** 1-based. */
  index: number;
  count: number;
}

/** What a sharded report says about its share, so a merge can tell when one is missing. */
export interface ShardSummary extends ShardSpec {
  /** Declarations across all shards. */
  total: number;
}

export const MAX_SHARDS = 256;

export function parseShard(text: string): ShardSpec {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  if (!match || count < 1 || count > MAX_SHARDS || index < 1 || index > count) {
    throw new VouchError('INVALID_OPTION', `--shard must be i/n with 1 ≤ i ≤ n ≤ ${MAX_SHARDS}, like 2/4 (got ${JSON.stringify(text)})`);
  }
  return { index, count };
}

/** The items of one shard: sorted by id, every `count`-th from `index`. */
export function selectShard<T>(items: readonly T[], idOf: (item: T) => string, shard: ShardSpec | undefined): T[] {
  if (!shard || shard.count === 1) return [...items];
  const sorted = [...items].sort((a, b) => (idOf(a) < idOf(b) ? -1 : idOf(a) > idOf(b) ? 1 : 0));
  return sorted.filter((_, position) => position % shard.count === shard.index - 1);
}
