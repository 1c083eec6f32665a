// The contract check for a declared return type: a validator over the runtime `v` API, and
// whether the harness must await the result first. Nothing to check for void, any, unknown,
// never, or a type whose validator would accept anything anyway.
import type { Type } from 'ts-morph';
import { libraryTypeName } from './libraryTypes';
import { shapeOfType, type ShapeContext } from './shapeOfType';
import { ACCEPT_ANYTHING, validatorForShape } from './validatorForShape';

export interface ReturnCheck {
  returns?: string;
  returnsPromise: boolean;
}

export function returnValidator(type: Type, ctx: ShapeContext): ReturnCheck {
  const output: ShapeContext = { ...ctx, mode: 'output', expanding: [], written: undefined };
  const promised = libraryTypeName(type) === 'Promise' ? type.getTypeArguments()[0] : undefined;
  const shape = shapeOfType(promised ?? type, output);
  const code = validatorForShape(shape);
  return {
    ...(code === ACCEPT_ANYTHING ? {} : { returns: code }),
    returnsPromise: libraryTypeName(type) === 'Promise',
  };
}
