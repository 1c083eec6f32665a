// Waits for a state that no message announces (a process appearing, a file being written) by
// checking it every few milliseconds until it holds or the time is up. The test never waits a
// fixed time: it goes on as soon as the state holds.
export async function until<T>(what: string, check: () => T | undefined | false, timeoutMs = 30_000, everyMs = 25): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = check();
    if (found !== undefined && found !== false) return found;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
