// When a declaration returns a function (a factory, a curried helper, a predicate builder), the
// old and new versions are compared by calling what they return. Those calls need arguments of
// the returned function's declared parameter types; this plans them as one fast-check tuple.
import { Node, type Type } from 'ts-morph';
import { argumentPlans, instantiations } from './argumentPlans';
import { NO_CONSTANTS, type BodyConstants } from './bodyConstants';
import type { ParameterSource } from './parameterSources';
import type { ShapeContext } from './shapeOfType';
import { UnsupportedTypeError } from './unsupportedTypeError';

/** Longest arbitrary code kept for a returned function's arguments: past this (a large object
 *  type spelled out), the returned function is probed with arguments built from the inputs. */
export const MAX_RETURNED_ARGUMENTS_CODE = 16_000;

/** Parameters of the single call signature of `type`, or undefined when it is not one plain function. */
function callParameters(type: Type, location: Node): ParameterSource[] | undefined {
  const signatures = type.getCallSignatures();
  if (signatures.length !== 1 || type.getConstructSignatures().length > 0 || type.getProperties().length > 0) return undefined;
  return signatures[0].getParameters().map((symbol) => {
    const parameterType = symbol.getTypeAtLocation(location);
    const declaration = symbol.getValueDeclaration();
    const parameter = declaration && Node.isParameterDeclaration(declaration) ? declaration : undefined;
    const rest = parameter?.isRestParameter() ?? false;
    return {
      name: symbol.getName(),
      type: parameterType,
      typeText: parameter?.getTypeNode()?.getText() ?? parameterType.getText(location),
      optional: !rest && Boolean(parameter && (parameter.hasQuestionToken() || parameter.hasInitializer())),
      rest,
    };
  });
}

/** `fc.tuple(…)` code of arguments for the function the declaration returns, or undefined. */
/** `constants` are the declaration's own (the returned function's body is part of it: a lookup
 *  table's keys, a compared bound), so the probes reach the cases the returned function tells apart. */
export function returnedCallArguments(returnTypes: readonly Type[], location: Node, ctx: ShapeContext, constants: BodyConstants = NO_CONSTANTS): string | undefined {
  if (returnTypes.length !== 1) return undefined;
  const parameters = callParameters(returnTypes[0], location);
  if (!parameters) return undefined;
  try {
    const [first] = instantiations(parameters, [], ctx);
    if (!first) return undefined;
    const tuple = argumentPlans(parameters, [first], constants, {}).tuple;
    return tuple.length <= MAX_RETURNED_ARGUMENTS_CODE ? tuple : undefined;
  } catch (error) {
    if (error instanceof UnsupportedTypeError) return undefined;
    throw error;
  }
}
