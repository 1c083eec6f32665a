// Types of stats.mjs.

export interface Summary {
  n: number;
  median: number | null;
  p95: number | null;
  min: number | null;
  max: number | null;
}

export declare function summarize(values: readonly number[], digits?: number): Summary;
export declare function percentile(sorted: readonly number[], p: number): number;
export declare function ratio(a: number | null, b: number | null): number | null;
