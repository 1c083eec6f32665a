// Contract of the input generator: from a function's parameter types to fast-check arbitraries
// written as code, example tuples tried first, and a validator for the declared return type.
// Every `string` below is TypeScript source for the generated test file, evaluated where `fc`
// (fast-check), `v` (runtime/validators) and the names `refs.valueOf` returned are in scope.
import type {
  ArrowFunction,
  ClassDeclaration,
  ClassExpression,
  FunctionDeclaration,
  FunctionExpression,
  GetAccessorDeclaration,
  MethodDeclaration,
  Node,
} from 'ts-morph';

/** Resolves a declaration (class, enum, const object) to an expression that evaluates to its
 *  runtime value inside the generated test file, or undefined when the test cannot reach it. */
export interface RuntimeRefs {
  valueOf(declaration: Node): string | undefined;
}

export type PlannableFunction =
  | FunctionDeclaration
  | ArrowFunction
  | FunctionExpression
  | MethodDeclaration
  | GetAccessorDeclaration;

export type ClassLike = ClassDeclaration | ClassExpression;

export interface PlanInputsOptions {
  /** Most example tuples in `examples` (default 40). */
  maxExamples?: number;
  /** How often one type may be expanded along a path before a recursive type is cut (default 2). */
  maxRecursion?: number;
  /** The old version of the function, when old and new are compared: its constants and loop
   *  bounds join the new one's (a constant an edit removed or changed is where the two versions
   *  part; a loop bound rewritten as a flag still bounds the old loop). */
  baselineBody?: Node;
}

export interface ParameterPlan {
  name: string;
  typeText: string;
  /** Arbitrary of this parameter alone (generic or overloaded: its first instantiation). */
  arbitrary: string;
  optional: boolean;
  rest: boolean;
}

export interface InputPlan {
  /**
   * The parameter list the call passes: the declaration's own. For an overloaded function that
   * is its implementation's list, named and typed as the first overload writes it.
   */
  parameters: ParameterPlan[];
  /**
   * `fc.tuple(...)` over all parameters; a rest parameter is one array element, spread at the
   * call. A generic function gives `fc.oneof(fc.tuple(...), ...)`, one tuple per choice of its
   * type parameters, so a type parameter means the same type throughout one call. An overloaded
   * one gives one tuple per overload (and choice of type parameters), laid out over `parameters`.
   */
  tuple: string;
  /** Array literal (code) of example tuples tried before random ones; evaluate it afresh per use. */
  examples: string;
  /**
   * Validator expression over the harness `v` API for the declared return type (overloaded:
   * the union of the overloads' return types), or undefined.
   */
  returns?: string;
  /** The declared return type (every overload's) is a Promise: await the result, then apply `returns`. */
  returnsPromise: boolean;
  /** When the declaration returns a plain function: `fc.tuple(…)` code of arguments of that
   *  function's parameter types, to call the old and new results with and compare them. */
  returnedCallArguments?: string;
  /** True when the last tuple element is a rest parameter's array. */
  spreadLast: boolean;
  /** Values mined from the body and mixed into the inputs (numbers already as n-1, n, n+1). */
  constants: { numbers: number[]; strings: string[]; patterns: string[] };
  /** planConstructorInputs only: an arbitrary of instances, `fc.tuple(...).map(...)`. */
  instance?: string;
  /**
   * What the inputs leave out, one sentence each, when anything: an optional parameter always
   * undefined or an optional member never set because its type cannot be generated, an
   * overload never called. Worth showing with the verdict: those paths are not exercised.
   */
  notes?: string[];
}

export type InputPlanResult =
  | { ok: true; plan: InputPlan }
  | { ok: false; unsupportedType: string; reason: string };
