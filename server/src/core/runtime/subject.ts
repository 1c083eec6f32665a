// What a generated test file hands the harness: the declaration under test, how to call it on a
// module (the current version or the baseline), and how to make its inputs.
import type { Arbitrary } from 'fast-check';
import type { Validator } from './validators';

/** A module namespace as imported by the generated test (`import * as current from …`). */
export type ModuleNamespace = Record<string, any>;

export interface Subject<Input extends unknown[] = unknown[]> {
  /** `src/pricing.ts#bulkPrice`: names progress records and findings. */
  id: string;
  /** How calls are written in reports: `bulkPrice`, `new Cart(…).total`. */
  callee: string;
  /** Absolute path of the user's file that declares it. */
  file: string;
  seed: number;
  numRuns: number;
  /** Time allowed for one check's inputs; input generation stops when it runs out. */
  timeBudgetMs: number;
  /** A call that has not settled after this long is a hang. */
  callTimeoutMs: number;
  inputs: Arbitrary<Input>;
  /** Inputs tried before random ones: edge values and constants from the body. */
  examples: Input[];
  /** Builds the instance a method is called on; an error here discards the input. */
  construct?: (module: ModuleNamespace, input: Input) => object;
  call: (module: ModuleNamespace, input: Input, self?: any) => unknown;
  /** Renders an input as the call a person would write. Defaults to `callee(args…)`. */
  render?: (input: Input) => string;
  /** For members of an instance: the input starts with the constructor's arguments and the calls
   *  made on the instance first (`[init, setup, …args]`); calls render as a short script. */
  member?: { className: string; name: string; getter?: boolean; setup?: boolean };
  /** Arguments for the function the declaration returns (from its declared type): probes that
   *  tell two returned functions apart. Without them returned functions are not compared. */
  probeInputs?: Arbitrary<unknown[]>;
  /** Validator for the declared return type (awaited first when `returnsPromise`). */
  returns?: Validator;
  returnsPromise?: boolean;
  current: ModuleNamespace;
  /** The old version, when there is one and it can be called the same way. */
  baseline?: ModuleNamespace;
  /** The old version takes only the first this-many arguments (the new version adds optional
   *  ones): old and new are compared on calls that leave the new ones out. */
  baselineArity?: number;
  /** Absolute paths that count as the user's code in stack traces (the workspace root). */
  userRoot: string;
}

export function defineSubject<Input extends unknown[]>(subject: Subject<Input>): Subject<Input> {
  return subject;
}

/** A call made on the instance before the call under test threw: the input is discarded, and the
 *  note names the call rather than blaming the constructor. */
export class SetupCallFailed extends Error {
  constructor(
    readonly method: string,
    readonly reason: unknown,
  ) {
    super(`${method}(…) threw ${reason instanceof Error ? `${reason.name}: ${reason.message}` : String(reason)}`);
    this.name = 'SetupCallFailed';
  }
}

/** Setup calls made on a new instance before the call under test: `[["add", [item, 2]], …]`. */
export type SetupCalls = [method: string, args: unknown[]][];

/** Makes the setup calls on an instance, in order, waiting for any that return a promise, and
 *  gives back the instance (an error discards the input). */
export function applyCalls<T extends object>(self: T, setup: SetupCalls | undefined): T | Promise<T> {
  const call = (method: string, args: unknown[]) => {
    const failed = (error: unknown) => {
      throw new SetupCallFailed(method, error);
    };
    try {
      const result = (self as Record<string, (...a: unknown[]) => unknown>)[method](...args);
      return result && typeof (result as PromiseLike<unknown>).then === 'function' ? Promise.resolve(result).catch(failed) : result;
    } catch (error) {
      return failed(error);
    }
  };
  let pending: Promise<unknown> | undefined;
  for (const [method, args] of setup ?? []) {
    if (pending) pending = pending.then(() => call(method, args));
    else {
      const result = call(method, args);
      if (result && typeof (result as PromiseLike<unknown>).then === 'function') pending = Promise.resolve(result);
    }
  }
  return pending ? pending.then(() => self) : self;
}
