// The generator's front door: a function (or a class's constructor) in, an InputPlan out:
// arbitraries and example tuples for its parameters, a validator for what it returns.
import { Node, type TypeParameterDeclaration } from 'ts-morph';
import { argumentNames } from './argumentNames';
import { bodyConstants, type BodyConstants } from './bodyConstants';
import { argumentPlans } from './argumentPlans';
import type { ClassLike, InputPlan, InputPlanResult, PlanInputsOptions, PlannableFunction, RuntimeRefs } from './inputPlan';
import { constructorParameters, constructorProblem, functionParameters, type ParameterSource } from './parameterSources';
import { returnValidator } from './returnValidator';
import type { ShapeContext } from './shapeOfType';
import { bindingSets } from './typeBindings';
import { UnsupportedTypeError } from './unsupportedTypeError';

const NO_CONSTANTS: BodyConstants = { numbers: [], strings: [], patterns: [] };

export function planInputs(fn: PlannableFunction, refs: RuntimeRefs, options: PlanInputsOptions = {}): InputPlanResult {
  return answer(() => {
    const constants = bodyConstants(fn);
    const ctx = inputContext(fn, refs, options);
    const typeParameters = [...enclosingClassTypeParameters(fn), ...ownTypeParameters(fn)];
    const args = argumentPlans(functionParameters(fn), bindingSets(typeParameters, ctx), ctx, constants, options);
    return {
      ...args,
      ...returnValidator(fn.getReturnType(), { ...ctx, mode: 'output' }),
      constants: publicConstants(constants),
    };
  });
}

/**
 * Inputs for building instances to call instance methods on: the public constructor's
 * arguments (none when the class has no constructor), and `instance`, an arbitrary of instances.
 * A private or protected constructor, an abstract class, or a class the test cannot reach
 * (`refs.valueOf(cls)` undefined) is unsupported.
 */
export function planConstructorInputs(cls: ClassLike, refs: RuntimeRefs, options: PlanInputsOptions = {}): InputPlanResult {
  return answer(() => {
    const className = cls.getName() ?? 'anonymous class';
    const problem = constructorProblem(cls);
    if (problem) throw new UnsupportedTypeError(className, problem);
    const classRef = refs.valueOf(cls);
    if (!classRef) throw new UnsupportedTypeError(className, `the generated test cannot reach class \`${className}\``);
    const constants = constructorConstants(cls);
    const ctx = inputContext(cls, refs, options);
    const parameters: ParameterSource[] = constructorParameters(cls, cls);
    const args = argumentPlans(parameters, bindingSets(cls.getTypeParameters(), ctx), ctx, constants, options);
    const names = argumentNames(parameters.map((p) => p.name));
    const call = parameters.map((p, i) => (p.rest ? '...' : '') + names[i]).join(', ');
    const instance = `${args.tuple}.map(([${names.join(', ')}]) => new ${classRef}(${call}))`;
    return { ...args, returnsPromise: false, constants: publicConstants(constants), instance };
  });
}

function answer(plan: () => InputPlan): InputPlanResult {
  try {
    return { ok: true, plan: plan() };
  } catch (error) {
    if (!(error instanceof UnsupportedTypeError)) throw error;
    return { ok: false, unsupportedType: error.typeText, reason: error.message };
  }
}

function inputContext(location: Node, refs: RuntimeRefs, options: PlanInputsOptions): ShapeContext {
  return { mode: 'input', location, refs, bindings: new Map(), expanding: [], maxRecursion: options.maxRecursion ?? 2 };
}

function ownTypeParameters(fn: PlannableFunction): TypeParameterDeclaration[] {
  return Node.isGetAccessorDeclaration(fn) ? [] : fn.getTypeParameters();
}

/** A method of `class Stack<T>` is planned with T chosen like a type parameter of its own. */
function enclosingClassTypeParameters(fn: PlannableFunction): TypeParameterDeclaration[] {
  if (!Node.isMethodDeclaration(fn) && !Node.isGetAccessorDeclaration(fn)) return [];
  const owner = fn.getParent();
  return (Node.isClassDeclaration(owner) || Node.isClassExpression(owner)) && !fn.isStatic() ? owner.getTypeParameters() : [];
}

/** Constants the constructor's body compares its arguments with. */
function constructorConstants(cls: ClassLike): BodyConstants {
  const constructor = cls.getConstructors()[0];
  return constructor ? bodyConstants(constructor) : NO_CONSTANTS;
}

function publicConstants(constants: BodyConstants): InputPlan['constants'] {
  return {
    numbers: constants.numbers,
    strings: constants.strings,
    patterns: constants.patterns.map((p) => `/${p.source}/${p.flags}`),
  };
}
