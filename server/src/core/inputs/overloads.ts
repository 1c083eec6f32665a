// Overloaded functions are called the way their overload signatures allow, not the way their
// implementation is typed: `write(fn: ModeWriter)` and `write(line: string)` rather than
// `write(arg: any)`, and `forEach(next)` without the implementation's internal `promiseCtor`.
// The generated call still passes the implementation's parameter list, so each overload's
// arguments are laid out over it: a missing argument is undefined, and arguments that land on
// the implementation's rest parameter become its array (`...args`) with the overload's arity.
import { Node, type FunctionDeclaration, type MethodDeclaration, type TypeParameterDeclaration } from 'ts-morph';
import { instantiations as instantiationsOf } from './argumentPlans';
import type { PlannableFunction } from './inputPlan';
import type { ParameterHead, ParameterSource } from './parameterSources';
import type { ShapeContext } from './shapeOfType';
import { UNDEFINED, UNKNOWN, withUndefined, type TupleElement, type TypeShape } from './typeShape';
import { unionOf } from './unionOf';
import { UnsupportedTypeError } from './unsupportedTypeError';

export type OverloadSignature = FunctionDeclaration | MethodDeclaration;

/** The overload signatures of an implementation, or [] when it has none. */
export function overloadsOf(fn: PlannableFunction): OverloadSignature[] {
  if (!Node.isFunctionDeclaration(fn) && !Node.isMethodDeclaration(fn)) return [];
  return fn.isImplementation() ? fn.getOverloads() : [];
}

/** One way of calling: a signature's parameters and the type parameters chosen per call. */
export interface CallSignature {
  /** How the signature reads in a note: `write(fn: ModeWriter)`. */
  label: string;
  parameters: ParameterSource[];
  typeParameters: TypeParameterDeclaration[];
}

export interface CallForms {
  parameters: ParameterHead[];
  /** One shape list per overload and choice of type parameters, laid out over `parameters`. */
  instantiations: TypeShape[][];
}

/**
 * The calls the overloads allow, over the implementation's parameter list. An overload whose
 * parameters cannot be generated is left out (and noted) as long as another one can be.
 */
export function overloadCallForms(signatures: readonly CallSignature[], implementation: readonly ParameterSource[], ctx: ShapeContext): CallForms {
  const instantiations: TypeShape[][] = [];
  const usable: ParameterSource[][] = [];
  const failures: [CallSignature, UnsupportedTypeError][] = [];
  for (const signature of signatures) {
    const omitted: string[] = [];
    try {
      const shapes = instantiationsOf(signature.parameters, signature.typeParameters, { ...ctx, omitted });
      instantiations.push(...shapes.map((list) => fitToImplementation(list, signature.parameters, implementation)));
      usable.push(signature.parameters);
      ctx.omitted?.push(...omitted.map((note) => `${note} in overload \`${signature.label}\``));
    } catch (error) {
      if (!(error instanceof UnsupportedTypeError)) throw error;
      failures.push([signature, error]);
    }
  }
  if (instantiations.length === 0) throw failures[0][1];
  for (const [signature, error] of failures) ctx.omitted?.push(`overload \`${signature.label}\` is never called: ${error.message}`);
  return { parameters: overloadParameterHeads(usable, implementation), instantiations };
}

/**
 * One overload's argument shapes (one per overload parameter) as shapes of the
 * implementation's parameters, in the implementation's order.
 */
export function fitToImplementation(
  shapes: readonly TypeShape[],
  overload: readonly ParameterSource[],
  implementation: readonly ParameterSource[],
): TypeShape[] {
  const restAt = implementation.findIndex((p) => p.rest);
  const fixed = restAt < 0 ? implementation.length : restAt;
  const overloadRest = overload.findIndex((p) => p.rest);
  const result: TypeShape[] = [];
  for (let i = 0; i < fixed; i++) {
    if (overloadRest >= 0 && i >= overloadRest) result.push(withUndefined(elementOf(shapes[overloadRest])));
    else result.push(i < overload.length ? shapes[i] : UNDEFINED);
  }
  if (restAt < 0) return result;
  const elements = overload.slice(restAt).flatMap((p, k): TupleElement[] => {
    const shape = shapes[restAt + k];
    if (!p.rest) return [{ shape, optional: p.optional, rest: false }];
    return shape.kind === 'tuple' ? shape.elements : [{ shape: elementOf(shape), optional: false, rest: true }];
  });
  result.push({ kind: 'tuple', elements });
  return result;
}

/**
 * What the plan says about each implementation parameter: named and typed as the first
 * overload writes it where it has that parameter, optional when some overload leaves it out.
 */
export function overloadParameterHeads(
  overloads: readonly (readonly ParameterSource[])[],
  implementation: readonly ParameterSource[],
): ParameterHead[] {
  const first = overloads[0] ?? [];
  return implementation.map((p, i) => {
    if (p.rest) return head(p);
    const own = first[i] && !first[i].rest ? first[i] : p;
    const optional = p.optional || overloads.some((o) => !o[i] || o[i].optional || o[i].rest);
    return { ...head(own), optional, rest: false };
  });
}

function head(p: ParameterHead): ParameterHead {
  return { name: p.name, typeText: p.typeText, optional: p.optional, rest: p.rest };
}

/** The element of a rest parameter's array (or of a tuple, any of its elements). */
function elementOf(shape: TypeShape): TypeShape {
  if (shape.kind === 'array') return shape.element;
  if (shape.kind === 'tuple' && shape.elements.length > 0) return unionOf(shape.elements.map((e) => e.shape));
  return UNKNOWN;
}
