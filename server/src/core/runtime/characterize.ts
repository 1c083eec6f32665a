// "Generate tests", inside the sandboxed vitest worker. Two steps run here:
//  - characterizeExamples: calls the current code on the input plan's edge values and a few random
//    inputs, and reports each input and outcome as code (task.meta.vouch) for the engine to turn
//    into readable tests. Each input is called twice, under two "worlds" (seeded randomness, a
//    fixed clock); one that answers differently is not recorded: its test would be flaky.
//  - confirmGenerated: runs a test exactly as it will be written into the workspace, so only tests
//    that pass on the current code are written.
// Every call is recorded to the progress log first, so the runner's watchdog can end a frozen
// worker and name the input; a re-run answers a known hang at once instead of calling again.
import type { Arbitrary } from 'fast-check';
import fc from 'fast-check';
import type { TestContext } from 'vitest';
import { CallLog } from './callLog';
import { characterizeCall, sameRecord } from './characterizeCall';
import type { CharacterizationMeta, CharacterizedExample } from './characterizeMeta';
import { META_KEY } from './checkMeta';
import { cloneInput } from './cloneInput';
import { defaultWorld, otherWorld } from './determinism';
import { ProgressLog } from './progress';
import type { ModuleNamespace } from './subject';
import { valueLiteral } from '../persistentTests/valueLiteral';

export interface CharacterizeSpec<Input extends unknown[] = unknown[]> {
  /** `src/pricing.ts#bulkPrice`: names progress records. */
  id: string;
  /** `bulkPrice`: how progress records write a call. */
  callee: string;
  /** Absolute root of the workspace: stack frames under it are the user's code. */
  userRoot: string;
  seed: number;
  /** Random inputs drawn from `inputs` after the examples. */
  random: number;
  callTimeoutMs: number;
  inputs: Arbitrary<Input>;
  /** Edge values from the input plan, tried first. */
  examples: Input[];
  /** Members of an instance: the input is `[init, setup, ...args]`; the instance is built first. */
  construct?: (module: ModuleNamespace, input: Input) => object;
  call: (module: ModuleNamespace, input: Input, self?: any) => unknown;
  member?: { getter?: boolean };
  /** The last argument is a rest parameter's array, spread at the call. */
  spreadLast: boolean;
  current: ModuleNamespace;
}

/** The longest argument written into a test; longer inputs are not readable examples. */
const MAX_ARGUMENT_LENGTH = 160;

/** Arguments as code, or why the input cannot be written. Trailing `undefined`s are left out. */
function inputCode(spec: CharacterizeSpec<any>, input: unknown[]): { args: string[]; init?: string[] } | { skip: string } {
  const write = (values: unknown[]): string[] | string => {
    const codes: string[] = [];
    for (const value of values) {
      const written = valueLiteral(value, { instances: 'reject', maxLength: MAX_ARGUMENT_LENGTH });
      if (!written.ok) return written.reason;
      codes.push(written.code);
    }
    while (codes.length > 0 && codes[codes.length - 1] === 'undefined') codes.pop();
    return codes;
  };
  let args = spec.construct ? input.slice(2) : [...input];
  if (spec.spreadLast && args.length > 0) args = [...args.slice(0, -1), ...(args[args.length - 1] as unknown[])];
  const written = write(args);
  if (typeof written === 'string') return { skip: `an argument is ${written}` };
  if (!spec.construct) return { args: written };
  const init = write(input[0] as unknown[]);
  if (typeof init === 'string') return { skip: `a constructor argument is ${init}` };
  return { args: written, init };
}

export async function characterizeExamples<Input extends unknown[]>(context: TestContext, spec: CharacterizeSpec<Input>): Promise<void> {
  const progress = new ProgressLog(spec.id);
  const calls = new CallLog(spec.id, 'characterize', progress);
  const meta: CharacterizationMeta = { mode: 'characterize', subject: spec.id, examples: [], skipped: {} };
  const skip = (reason: string) => (meta.skipped[reason] = (meta.skipped[reason] ?? 0) + 1);
  const random = spec.random > 0 ? fc.sample(spec.inputs, { numRuns: spec.random, seed: spec.seed }) : [];
  const candidates = [...spec.examples.map((input) => ({ input, source: 'edge' as const })), ...random.map((input) => ({ input, source: 'random' as const }))];
  const seen = new Set<string>();
  try {
    for (const { input, source } of candidates) {
      const code = inputCode(spec, input);
      if ('skip' in code) {
        skip(code.skip);
        continue;
      }
      const callee = code.init ? spec.callee.replace('(…)', `(${code.init.join(', ')})`) : spec.callee;
      const rendered = `${callee}(${code.args.join(', ')})`;
      if (seen.has(rendered)) continue;
      seen.add(rendered);
      // Known to hang (an earlier run's watchdog ended the worker on it): not called again.
      if (!calls.before('current', rendered)) {
        skip('hangs');
        continue;
      }
      const first = await characterizeCall(spec, cloneInput(input), defaultWorld, calls.guarded);
      calls.after('current');
      if ('skip' in first) {
        skip(first.skip);
        continue;
      }
      calls.before('current', rendered);
      const second = await characterizeCall(spec, cloneInput(input), otherWorld, calls.guarded);
      calls.after('current');
      if (!sameRecord(first, second)) {
        skip('answers differently from one call to the next (time, randomness or state)');
        continue;
      }
      const example: CharacterizedExample = { source, args: code.args, outcome: first.outcome };
      if (code.init) example.init = code.init;
      meta.examples.push(example);
    }
  } finally {
    progress.record('characterize', '', 'done');
    progress.close();
    (context.task.meta as Record<string, unknown>)[META_KEY] = meta;
  }
}

/** Longest a confirmed test may run; one that takes longer is not written. */
const CONFIRM_TIMEOUT_MS = 15_000;

/** Runs a generated test's body as it will be written; a failure, a hang or a timeout leaves it out. */
export async function confirmGenerated(context: TestContext, subject: string, body: () => unknown): Promise<void> {
  const progress = new ProgressLog(subject);
  const calls = new CallLog(subject, 'confirm', progress);
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    if (!calls.before('current', context.task.name)) context.skip('hangs');
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`did not finish within ${CONFIRM_TIMEOUT_MS} ms`)), CONFIRM_TIMEOUT_MS);
    });
    await Promise.race([Promise.resolve().then(body), timeout]);
  } finally {
    if (timer) clearTimeout(timer);
    progress.record('confirm', '', 'done');
    progress.close();
  }
}
