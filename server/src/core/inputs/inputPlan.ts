// Contract of the input generator (implementation in progress): from a function's parameter
// types to fast-check arbitraries written as code, example tuples tried first, and a validator
// for the declared return type.
import type { ClassDeclaration, Node } from 'ts-morph';

/** Resolves a declaration (class, enum, const object) to an expression that evaluates to its
 *  runtime value inside the generated test file, or undefined when the test cannot reach it. */
export interface RuntimeRefs {
  valueOf(declaration: Node): string | undefined;
}

export interface ParameterPlan {
  name: string;
  typeText: string;
  arbitrary: string;
  optional: boolean;
  rest: boolean;
}

export interface InputPlan {
  parameters: ParameterPlan[];
  /** `fc.tuple(...)` over all parameters; a rest parameter is one array element, spread at the call. */
  tuple: string;
  /** Array literal (code) of example tuples tried before random ones. */
  examples: string;
  /** Validator expression over the harness `v` API for the declared return type, or undefined. */
  returns?: string;
  /** True when the last tuple element is a rest parameter's array. */
  spreadLast: boolean;
  constants: { numbers: number[]; strings: string[] };
}

export type InputPlanResult =
  | { ok: true; plan: InputPlan }
  | { ok: false; unsupportedType: string; reason: string };

export type { ClassDeclaration };
