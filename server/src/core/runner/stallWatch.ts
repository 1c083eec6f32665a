// A workspace test that loops forever in promises (`while (!done) await step()`) never returns to
// its worker's event loop: vitest's test timeout, a timer, can never fire, and the file would hold
// its worker until the engine's deadline. Generated checks have the progress-file watchdog; the
// workspace's own tests have this: a file that started and has reported nothing for too long is
// stalled. Vitest's own timeouts (5 s a test, 10 s a hook) end every test that still yields, so a
// file quiet for longer than both is stuck.

export interface Stall {
  file: string;
  idleMs: number;
}

export class StallWatch {
  /** Files running now, with when each last reported. */
  private readonly lastHeard = new Map<string, number>();

  /** The file started, or reported a test or hook. */
  heard(file: string, now = Date.now()): void {
    this.lastHeard.set(file, now);
  }

  /** The file finished: it can no longer stall. */
  finished(file: string): void {
    this.lastHeard.delete(file);
  }

  /** The file quiet the longest, when it has been quiet for `afterMs` or more. */
  stalled(afterMs: number, now = Date.now()): Stall | undefined {
    let found: Stall | undefined;
    for (const [file, at] of this.lastHeard) {
      const idleMs = now - at;
      if (idleMs >= afterMs && (!found || idleMs > found.idleMs)) found = { file, idleMs };
    }
    return found;
  }
}
