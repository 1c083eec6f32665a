// One light debounce for the views: many store events in a burst (a run reporting declaration by
// declaration) become one refresh, at most `delayMs` after the first, so a steady stream of events
// never starves the view. No `vscode` here.

export interface Coalesced {
  /** Run the action `delayMs` after the first call of a burst, once for the whole burst. */
  schedule(): void;
  /** Run now if something is scheduled. */
  flush(): void;
  dispose(): void;
}

export function coalesce(action: () => void, delayMs: number): Coalesced {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    timer = undefined;
    action();
  };
  return {
    schedule() {
      if (timer === undefined) timer = setTimeout(run, delayMs);
    },
    flush() {
      if (timer === undefined) return;
      clearTimeout(timer);
      run();
    },
    dispose() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    },
  };
}
