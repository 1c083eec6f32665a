// The argument list of one call: per parameter a shape, an arbitrary and edge values, put
// together into the `fc.tuple(...)` of all arguments and the example tuples tried first.
import { arbitraryForShape } from './arbitraryForShape';
import type { BodyConstants } from './bodyConstants';
import { edgeValues, interleave, variations } from './edgeValues';
import { finiteShape } from './finiteShape';
import type { InputPlan, PlanInputsOptions } from './inputPlan';
import type { ParameterSource } from './parameterSources';
import { shapeOfType, type ShapeContext } from './shapeOfType';
import type { Bindings } from './typeBindings';
import { withUndefined, type TypeShape } from './typeShape';
import { UnsupportedTypeError } from './unsupportedTypeError';

export type ArgumentPlans = Pick<InputPlan, 'parameters' | 'tuple' | 'examples' | 'spreadLast'>;

const DEFAULT_MAX_EXAMPLES = 40;

export function argumentPlans(
  parameters: readonly ParameterSource[],
  bindingSets: readonly Bindings[],
  ctx: ShapeContext,
  constants: BodyConstants,
  options: PlanInputsOptions,
): ArgumentPlans {
  const instantiations = bindingSets.map((bindings) => parameters.map((p) => parameterShape(p, { ...ctx, bindings })));
  const arbitraries = instantiations.map((shapes) => shapes.map((shape) => arbitraryForShape(shape, constants)));

  const tuples = [...new Set(arbitraries.map((list) => `fc.tuple(${list.join(', ')})`))];
  const tuple = tuples.length === 1 ? tuples[0] : `fc.oneof(\n${tuples.map((t) => `  ${t},`).join('\n')}\n)`;

  const exampleLists = instantiations.map((shapes) => {
    const edges = shapes.map((shape) => edgeValues(shape, constants));
    return variations(edges.map((e) => e[0]), edges).map((row) => `[${row.join(', ')}]`);
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

function parameterShape(parameter: ParameterSource, ctx: ShapeContext): TypeShape {
  try {
    const shape = finiteShape(shapeOfType(parameter.type, { ...ctx, written: parameter.typeText }));
    if (!shape) throw new UnsupportedTypeError(parameter.typeText, 'a recursive type without a finite value');
    return parameter.optional ? withUndefined(shape) : shape;
  } catch (error) {
    if (!(error instanceof UnsupportedTypeError)) throw error;
    throw new UnsupportedTypeError(error.typeText, `${error.detail} (parameter \`${parameter.name}\`)`);
  }
}
