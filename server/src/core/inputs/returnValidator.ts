// The contract check for a declared return type: a validator over the runtime `v` API, and
// whether the harness must await the result first. Nothing to check for void, any, unknown,
// never, or a type whose validator would accept anything anyway. An overloaded function is
// checked against the union of its overloads' return types.
import type { Type } from 'ts-morph';
import { libraryTypeName } from './libraryTypes';
import { shapeOfType, type ShapeContext } from './shapeOfType';
import { unionOf } from './unionOf';
import { ACCEPT_ANYTHING, validatorForShape } from './validatorForShape';

export interface ReturnCheck {
  returns?: string;
  returnsPromise: boolean;
}

/** `types`: the declared return type, or one per overload signature. */
export function returnValidator(types: readonly Type[], ctx: ShapeContext): ReturnCheck {
  const output: ShapeContext = { ...ctx, mode: 'output', expanding: [], written: undefined, path: undefined };
  // Awaited only when every signature returns a Promise; otherwise a Promise is checked as one.
  const returnsPromise = types.length > 0 && types.every((type) => libraryTypeName(type) === 'Promise');
  const shapes = types.map((type) => {
    const promised = returnsPromise ? type.getTypeArguments()[0] : undefined;
    return shapeOfType(promised ?? type, output);
  });
  const code = validatorForShape(shapes.length === 1 ? shapes[0] : unionOf(shapes));
  return { ...(code === ACCEPT_ANYTHING ? {} : { returns: code }), returnsPromise };
}
