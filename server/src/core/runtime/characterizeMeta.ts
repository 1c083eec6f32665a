// What a characterization test reports to the engine through `task.meta.vouch`: each input the
// declaration was called on, written as code, and what the current code did with it, written as
// code too. Plain data: it crosses from the worker to the runner to the engine. The runner's
// protocol types `meta` as a check's result; a characterization is told apart by its `mode`.

/** How a recorded value is compared in the test a person reads. */
export type Matcher = 'toBe' | 'toEqual' | 'toMatchObject';

export type RecordedOutcome =
  | {
      kind: 'value';
      /** The call returned a promise that resolved to the value. */
      async: boolean;
      code: string;
      matcher: Matcher;
      /** Methods that return nothing: the instance's own fields after the call. */
      state?: string;
    }
  | {
      kind: 'throws';
      /** The call returned a promise that rejected. */
      async: boolean;
      /** The error's class name (`RangeError`, `ValidationError`), or undefined for a thrown non-error. */
      errorName?: string;
      message: string;
    };

export interface CharacterizedExample {
  /** Edge values from the input plan, or a random input from its arbitrary. */
  source: 'edge' | 'random';
  /** The call's arguments as code (a rest parameter's elements one by one). */
  args: string[];
  /** Members of an instance: the constructor's arguments (the instance is fresh). */
  init?: string[];
  outcome: RecordedOutcome;
}

export interface CharacterizationMeta {
  mode: 'characterize';
  subject: string;
  examples: CharacterizedExample[];
  /** Inputs left out, by reason ("crashes with TypeError: …", "an argument is a function"). */
  skipped: Record<string, number>;
}

export function isCharacterization(meta: unknown): meta is CharacterizationMeta {
  return typeof meta === 'object' && meta !== null && (meta as { mode?: unknown }).mode === 'characterize';
}
