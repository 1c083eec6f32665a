// The generator's front door: a function (or a class's constructor) in, an InputPlan out:
// arbitraries and example tuples for its parameters, a validator for what it returns.
import { Node, type TypeParameterDeclaration } from 'ts-morph';
import { argumentNames } from './argumentNames';
import { bodyConstants, mergeConstants, NO_CONSTANTS, type BodyConstants } from './bodyConstants';
import { argumentPlans, instantiations } from './argumentPlans';
import { loopBoundParameters, loopBoundPositions } from './loopBounds';
import type { ClassLike, InputPlan, InputPlanResult, PlanInputsOptions, PlannableFunction, RuntimeRefs } from './inputPlan';
import { overloadCallForms, overloadsOf, type CallForms } from './overloads';
import {
  constructorProblem,
  constructorSignatures,
  functionParameters,
  overloadedConstructorParameters,
} from './parameterSources';
import { returnValidator } from './returnValidator';
import { returnedCallArguments } from './returnedCallArguments';
import type { ShapeContext } from './shapeOfType';
import { UnsupportedTypeError } from './unsupportedTypeError';

/**
 * Inputs for calling a function or method, and the validator for what it returns. An
 * overloaded one is called as each overload signature allows and checked against the union of
 * their return types; its implementation signature is only the parameter list the call passes.
 */
export function planInputs(fn: PlannableFunction, refs: RuntimeRefs, options: PlanInputsOptions = {}): InputPlanResult {
  return answer((ctx) => {
    const constants = mergeConstants(bodyConstants(fn), options.baselineBody && bodyConstants(options.baselineBody));
    const classTypeParameters = enclosingClassTypeParameters(fn);
    const parameters = functionParameters(fn);
    const overloads = overloadsOf(fn);
    const forms: CallForms =
      overloads.length === 0
        ? { parameters, instantiations: instantiations(parameters, [...classTypeParameters, ...ownTypeParameters(fn)], ctx) }
        : overloadCallForms(
            overloads.map((o) => ({
              label: `${o.getName()}(${o.getParameters().map((p) => p.getText()).join(', ')})`.replace(/\s+/g, ' '),
              parameters: functionParameters(o),
              typeParameters: [...classTypeParameters, ...o.getTypeParameters()],
            })),
            parameters,
            ctx,
          );
    const returnTypes = overloads.length === 0 ? [fn.getReturnType()] : overloads.map((o) => o.getReturnType());
    const returnedArguments = returnedCallArguments(returnTypes, fn, { ...ctx, mode: 'input', omitted: undefined }, constants);
    return {
      ...argumentPlans(forms.parameters, forms.instantiations, constants, options, loopBounds(fn, parameters, options.baselineBody)),
      ...returnValidator(returnTypes, { ...ctx, mode: 'output' }),
      ...(returnedArguments ? { returnedCallArguments: returnedArguments } : {}),
      constants: publicConstants(constants),
    };
  }, fn, refs, options);
}

/**
 * Inputs for building instances to call instance methods on: the public constructor's
 * arguments (none when the class has no constructor), and `instance`, an arbitrary of instances.
 * A private or protected constructor, an abstract class, or a class the test cannot reach
 * (`refs.valueOf(cls)` undefined) is unsupported.
 */
export function planConstructorInputs(cls: ClassLike, refs: RuntimeRefs, options: PlanInputsOptions = {}): InputPlanResult {
  return answer((ctx) => {
    const className = cls.getName() ?? 'anonymous class';
    const problem = constructorProblem(cls);
    if (problem) throw new UnsupportedTypeError(className, problem);
    const classRef = refs.valueOf(cls);
    if (!classRef) throw new UnsupportedTypeError(className, `the generated test cannot reach class \`${className}\``);
    const constants = constructorConstants(cls);
    const forms = constructorCallForms(cls, ctx);
    const constructor = cls.getConstructors()[0];
    const args = argumentPlans(forms.parameters, forms.instantiations, constants, options, constructor ? loopBoundParameters(constructor) : undefined);
    const names = argumentNames(forms.parameters.map((p) => p.name));
    const call = forms.parameters.map((p, i) => (p.rest ? '...' : '') + names[i]).join(', ');
    const instance = `${args.tuple}.map(([${names.join(', ')}]) => new ${classRef}(${call}))`;
    return { ...args, returnsPromise: false, constants: publicConstants(constants), instance };
  }, cls, refs, options);
}

/** The construct signatures; several when the constructor is overloaded. */
function constructorCallForms(cls: ClassLike, ctx: ShapeContext): CallForms {
  const typeParameters = cls.getTypeParameters();
  const signatures = constructorSignatures(cls, cls);
  const implementation = overloadedConstructorParameters(cls);
  if (!implementation) {
    const parameters = signatures[0] ?? [];
    return { parameters, instantiations: instantiations(parameters, typeParameters, ctx) };
  }
  const label = (parameters: readonly { name: string; typeText: string }[]) =>
    `constructor(${parameters.map((p) => `${p.name}: ${p.typeText}`).join(', ')})`;
  return overloadCallForms(
    signatures.map((parameters) => ({ label: label(parameters), parameters, typeParameters })),
    implementation,
    ctx,
  );
}

/** Runs a planner with a fresh input context; notes it leaves in `ctx.omitted` join the plan. */
function answer(plan: (ctx: ShapeContext) => InputPlan, location: Node, refs: RuntimeRefs, options: PlanInputsOptions): InputPlanResult {
  const notes: string[] = [];
  try {
    const result = plan({ ...inputContext(location, refs, options), omitted: notes });
    const unique = [...new Set(notes)];
    return { ok: true, plan: unique.length > 0 ? { ...result, notes: unique } : result };
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

/** The parameters bounding a loop in the new version or, by position, in the old one. */
function loopBounds(fn: PlannableFunction, parameters: readonly { name: string }[], baselineBody: Node | undefined): Set<string> {
  const names = loopBoundParameters(fn);
  const old = baselineBody as (Node & { getParameters?(): Node[] }) | undefined;
  if (old?.getParameters) for (const i of loopBoundPositions(old as Node & { getParameters(): Node[] })) if (parameters[i]) names.add(parameters[i].name);
  return names;
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
