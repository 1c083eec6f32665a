// The knobs of one verification, with the defaults every front end shares.

export interface VerifyOptions {
  /** Inputs per property. */
  runs: number;
  /** Time budget per check of one declaration, and the longest a single call may take. */
  timeoutMs: number;
  /** Seed for every declaration (replays); by default each declaration has its own. */
  seed?: number;
  /** Most unchanged callers checked because they call changed code. */
  affectedLimit: number;
  /** Only these qualified names (`bulkPrice`, `Cart.total`). */
  only?: string[];
  /** Run the workspace's tests that import changed files. */
  relatedTests: boolean;
  /** Answer unchanged code from the verdict cache. */
  useCache: boolean;
  /** A workspace test file that reports nothing for this long is stopped (default 15 s). */
  stallAfterMs?: number;
  /** Stream verdicts before the related workspace tests run, then again with their results. */
  relatedAfterChecks?: boolean;
}

export const DEFAULT_VERIFY_OPTIONS: VerifyOptions = {
  runs: 200,
  timeoutMs: 2_000,
  affectedLimit: 10,
  relatedTests: true,
  useCache: true,
};

export const MAX_RELATED_TESTS = 20;

/** Defaults overridden by the options given; an option given as `undefined` keeps its default. */
export function resolveVerifyOptions(given: Partial<VerifyOptions> | undefined): VerifyOptions {
  const defined = Object.entries(given ?? {}).filter(([, value]) => value !== undefined);
  return { ...DEFAULT_VERIFY_OPTIONS, ...Object.fromEntries(defined) };
}
