// The server's one debounce helper: run `action` once, `delayMs` after the last call.

export interface Debounced {
  (): void;
  /** Runs a pending call now (on shutdown). */
  flush(): Promise<void>;
  cancel(): void;
}

export function debounce(action: () => void | Promise<void>, delayMs: number): Debounced {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = async () => {
    timer = undefined;
    await action();
  };
  const call = (() => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), delayMs);
  }) as Debounced;
  call.flush = async () => {
    if (!timer) return;
    clearTimeout(timer);
    await run();
  };
  call.cancel = () => {
    clearTimeout(timer);
    timer = undefined;
  };
  return call;
}
