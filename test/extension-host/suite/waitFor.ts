// Waiting for a state in the extension host: poll with a deadline, never a fixed sleep.

export interface WaitOptions {
  /** Default 30 s: a verdict on a busy 2-core machine, with the runner starting cold. */
  timeoutMs?: number;
  intervalMs?: number;
  /** What was seen last, for the failure message. */
  describe?: () => unknown;
}

/**
 * Resolves with the first truthy answer of `check` (polled every `intervalMs`), or rejects after
 * the deadline saying what was awaited and what was seen last.
 */
export async function waitFor<T>(what: string, check: () => T | undefined | null | false | Promise<T | undefined | null | false>, options: WaitOptions = {}): Promise<T> {
  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  for (;;) {
    const answer = await check();
    if (answer) return answer;
    if (Date.now() > deadline) {
      const seen = options.describe ? `; last seen: ${JSON.stringify(options.describe())}` : '';
      throw new Error(`timed out waiting for ${what}${seen}`);
    }
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 50));
  }
}
