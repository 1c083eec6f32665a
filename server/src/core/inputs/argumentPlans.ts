// The argument list of one call: per parameter a shape, an arbitrary and edge values, put
// together into the `fc.tuple(...)` of all arguments and the example tuples tried first.
// Several ways of calling (generic instantiations, overloads) become `fc.oneof` of tuples.
import type { TypeParameterDeclaration } from 'ts-morph';
import { arbitraryForShape, sizeArbitrary } from './arbitraryForShape';
import type { BodyConstants } from './bodyConstants';
import { edgeValues, interleave, sizeEdgeValues, variations } from './edgeValues';
import { finiteShape } from './finiteShape';
import type { InputPlan, PlanInputsOptions } from './inputPlan';
import type { ParameterHead, ParameterSource } from './parameterSources';
import { shapeOfType, type ShapeContext } from './shapeOfType';
import { bindingSets } from './typeBindings';
import { UNDEFINED, withUndefined, type TypeShape } from './typeShape';
import { UnsupportedTypeError } from './unsupportedTypeError';

export type ArgumentPlans = Pick<InputPlan, 'parameters' | 'tuple' | 'examples' | 'spreadLast'>;

const DEFAULT_MAX_EXAMPLES = 40;

/**
 * `instantiations` holds one shape list per way of calling, one shape per entry of `parameters`
 * (the parameter list the call passes).
 */
export function argumentPlans(
  parameters: readonly ParameterHead[],
  instantiations: readonly (readonly TypeShape[])[],
  constants: BodyConstants,
  options: PlanInputsOptions,
  /** Names of parameters that bound a loop or size an allocation (loopBounds.ts). */
  sizes: ReadonlySet<string> = new Set(),
): ArgumentPlans {
  const isSize = (shape: TypeShape, i: number) => shape.kind === 'number' && sizes.has(parameters[i]?.name);
  const arbitraries = instantiations.map((shapes) => shapes.map((shape, i) => (isSize(shape, i) ? sizeArbitrary(constants) : arbitraryForShape(shape, constants))));

  const tuples = [...new Set(arbitraries.map((list) => `fc.tuple(${list.join(', ')})`))];
  const tuple = tuples.length === 1 ? tuples[0] : `fc.oneof(\n${tuples.map((t) => `  ${t},`).join('\n')}\n)`;

  // Each parameter's edge values, varied one at a time around two bases: every parameter at its
  // first edge value (0 for numbers), and numbers at 1. Around zeros many effects vanish (any price
  // times 0 is 0), so `bulkPrice(1, 10)` shows the boundary at 10 where `bulkPrice(0, 10)` cannot.
  const exampleLists = instantiations.flatMap((shapes) => {
    const edges = shapes.map((shape, i) => (isSize(shape, i) ? sizeEdgeValues(constants) : edgeValues(shape, constants)));
    const zeros = edges.map((e) => e[0]);
    const ones = edges.map((e) => (e[0] === '0' && e.includes('1') ? '1' : e[0]));
    const bases = ones.some((value, i) => value !== zeros[i]) ? [zeros, ones] : [zeros];
    return bases.map((base) => variations(base, edges).map((row) => `[${row.join(', ')}]`));
  });
  const examples = [...new Set(interleave(exampleLists))].slice(0, options.maxExamples ?? DEFAULT_MAX_EXAMPLES);

  return {
    parameters: parameters.map((p, i) => ({
      name: p.name,
      typeText: p.typeText,
      arbitrary: arbitraries[0][i],
      optional: p.optional,
      rest: p.rest,
    })),
    tuple,
    examples: `[\n${examples.map((row) => `  ${row},`).join('\n')}\n]`,
    spreadLast: parameters.length > 0 && parameters[parameters.length - 1].rest,
  };
}

/** One shape list per choice of the type parameters (one list when there are none). */
export function instantiations(
  parameters: readonly ParameterSource[],
  typeParameters: readonly TypeParameterDeclaration[],
  ctx: ShapeContext,
): TypeShape[][] {
  return bindingSets(typeParameters, ctx).map((bindings) => parameterShapes(parameters, { ...ctx, bindings }));
}

/**
 * One finite shape per parameter. An optional parameter whose type cannot be generated is
 * passed as undefined (noted in `ctx.omitted`); a required one makes the call unsupported.
 */
export function parameterShapes(parameters: readonly ParameterSource[], ctx: ShapeContext): TypeShape[] {
  return parameters.map((parameter) => {
    // Notes are only gathered when someone keeps them: writing one prints a type.
    const omitted: string[] | undefined = ctx.omitted ? [] : undefined;
    try {
      const shape = parameterShape(parameter, { ...ctx, omitted, path: undefined });
      if (omitted?.length) ctx.omitted?.push(...omitted.map((note) => `${note} (parameter \`${parameter.name}\`)`));
      return shape;
    } catch (error) {
      if (!(error instanceof UnsupportedTypeError)) throw error;
      if (!parameter.optional) throw error.withDetail(`(parameter \`${parameter.name}\`)`);
      if (ctx.omitted) ctx.omitted.push(`optional parameter \`${parameter.name}\` is always undefined: ${error.message}`);
      return UNDEFINED;
    }
  });
}

function parameterShape(parameter: ParameterSource, ctx: ShapeContext): TypeShape {
  const shape = finiteShape(shapeOfType(parameter.type, { ...ctx, written: parameter.typeText }));
  if (!shape) throw new UnsupportedTypeError(parameter.typeText, 'a recursive type without a finite value');
  return parameter.optional ? withUndefined(shape) : shape;
}
