// The generator's intermediate form of a TypeScript type: what the checker said, reduced to the
// few shapes that arbitraries, edge values and return validators are written from. One tree
// serves all three, so the inputs and the contract check can never disagree about a type.

export type LiteralValue = string | number | boolean | bigint;

export interface TupleElement {
  shape: TypeShape;
  optional: boolean;
  /** A rest element (`...T[]`): `shape` is the element type, not the array. */
  rest: boolean;
}

/** One argument of a call: a rest argument's shape is its array (or tuple), spread at the call. */
export interface ArgumentShape {
  name: string;
  shape: TypeShape;
  rest: boolean;
}

export interface ObjectMember {
  name: string;
  shape: TypeShape;
  optional: boolean;
  /** Output shapes: declared, but may be missing at run time (`_zod.isst`, `__brand`, `declare x`). */
  typeOnly?: boolean;
}

/** Global classes the generator builds without runtime refs (they are in every realm). */
export type GlobalClassName =
  | 'Error'
  | 'TypeError'
  | 'RangeError'
  | 'SyntaxError'
  | 'RegExp'
  | 'Uint8Array'
  | 'Int8Array'
  | 'Uint16Array'
  | 'Int16Array'
  | 'Uint32Array'
  | 'Int32Array'
  | 'Float32Array'
  | 'Float64Array'
  | 'BigInt64Array'
  | 'BigUint64Array';

export type TypeShape =
  | { kind: 'number' }
  | { kind: 'string' }
  | { kind: 'boolean' }
  | { kind: 'bigint' }
  | { kind: 'symbol' }
  | { kind: 'undefined' }
  | { kind: 'null' }
  | { kind: 'void' }
  /** `any` / `unknown`: mostly JSON-like values as input (see anyValues), nothing checked as output. */
  | { kind: 'unknown' }
  /** The `object` keyword: any non-primitive. */
  | { kind: 'nonPrimitive' }
  /** One or more literal values (a literal union, an enum, `true`). */
  | { kind: 'literal'; values: LiteralValue[] }
  /** Members sorted: non-nullish first, then `null`, then `undefined`. */
  | { kind: 'union'; members: TypeShape[] }
  | { kind: 'array'; element: TypeShape }
  | { kind: 'tuple'; elements: TupleElement[] }
  | { kind: 'object'; members: ObjectMember[]; stringIndex?: TypeShape; numberIndex?: TypeShape }
  | { kind: 'date' }
  | { kind: 'map'; key: TypeShape; value: TypeShape }
  | { kind: 'set'; element: TypeShape }
  | { kind: 'promise'; value: TypeShape }
  /** A callback; what it returns matters for generating one, and how many arguments it reads
   *  (callers such as `Array.prototype.filter` pass more than the callback declares). */
  | { kind: 'function'; returns: TypeShape; arity?: number }
  /**
   * An instance of a user class. Input shapes carry `classRef` (the runtime expression) and
   * `constructorArgs`; output shapes carry `classRef` when reachable, else `structure`.
   */
  | {
      kind: 'instance';
      className: string;
      classRef?: string;
      constructorArgs?: ArgumentShape[];
      structure?: TypeShape;
    }
  | { kind: 'global'; name: GlobalClassName }
  /** `${A}-${B}`: `texts` has one more entry than `parts`. */
  | { kind: 'template'; texts: string[]; parts: TypeShape[] }
  /** A container left empty where a recursive type was cut (`[]`, `new Map()`, `new Set()`). */
  | { kind: 'empty'; of: 'array' | 'map' | 'set' }
  /** Where a recursive type reached the depth limit; removed before emitting inputs. */
  | { kind: 'recursion'; typeText: string };

export type ShapeKind = TypeShape['kind'];

export const NUMBER: TypeShape = { kind: 'number' };
export const STRING: TypeShape = { kind: 'string' };
export const UNKNOWN: TypeShape = { kind: 'unknown' };
export const UNDEFINED: TypeShape = { kind: 'undefined' };

export function isNullish(shape: TypeShape): boolean {
  return shape.kind === 'undefined' || shape.kind === 'null' || shape.kind === 'void';
}

/** Whether `undefined` is among the values of the shape (so an optional wrapper is not needed). */
export function allowsUndefined(shape: TypeShape): boolean {
  if (shape.kind === 'undefined' || shape.kind === 'void' || shape.kind === 'unknown') return true;
  return shape.kind === 'union' && shape.members.some(allowsUndefined);
}

/** `T | undefined`, without doubling an `undefined` the shape already has. */
export function withUndefined(shape: TypeShape): TypeShape {
  if (allowsUndefined(shape)) return shape;
  const members = shape.kind === 'union' ? shape.members : [shape];
  return { kind: 'union', members: [...members, UNDEFINED] };
}
