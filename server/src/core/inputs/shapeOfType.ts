// From a checker type to a TypeShape. Input mode builds shapes to generate values from and
// throws UnsupportedTypeError for what it cannot build; output mode builds shapes to validate
// return values against and falls back to `unknown` (accept anything) instead, because a
// validator must never reject a value the declared type allows.
import { ts, type Node, type Type } from 'ts-morph';
import type { RuntimeRefs } from './inputPlan';
import { objectTypeShape } from './objectTypeShape';
import { unionOf } from './unionOf';
import { UnsupportedTypeError } from './unsupportedTypeError';
import { UNKNOWN, type LiteralValue, type TypeShape } from './typeShape';

export interface ShapeContext {
  mode: 'input' | 'output';
  /** Where types are read (property types, type text): the function being planned. */
  location: Node;
  refs: RuntimeRefs;
  /** Type parameter → the shape chosen for it in this instantiation (input mode). */
  bindings: ReadonlyMap<ts.Type, TypeShape>;
  /** Object types being expanded, outermost first: the guard against recursive types. */
  expanding: readonly ts.Type[];
  /** How often one type may be expanded along a path before it is cut. */
  maxRecursion: number;
  /** The type as the source writes it at this position, when known (for messages). */
  written?: string;
  /** Member path from the parameter's value to this position (`_zod.constr`), for messages. */
  path?: string;
  /** Output mode, below a type-only member: every member may be missing at run time. */
  typeOnly?: boolean;
  /** Input mode: optional members and arguments left out because their type is unsupported. */
  omitted?: string[];
}

/** Beyond this nesting even non-recursive types are cut, to bound the size of generated code. */
const MAX_NESTING = 12;

export function shapeOfType(type: Type, ctx: ShapeContext): TypeShape {
  const flags = type.getFlags();
  if (isErrorType(type)) {
    return unsupported(ctx, type, 'the type does not resolve (is its module reachable?)');
  }
  if (type.isTypeParameter()) return typeParameterShape(type, ctx);
  if (type.isAny() || type.isUnknown()) return UNKNOWN;
  if (type.isNever()) return ctx.mode === 'input' ? unsupported(ctx, type, 'no value has type never') : UNKNOWN;
  if (type.isVoid()) return { kind: 'void' };
  if (type.isUndefined()) return { kind: 'undefined' };
  if (type.isNull()) return { kind: 'null' };
  if (type.isBoolean()) return { kind: 'boolean' };
  if (type.isString()) return { kind: 'string' };
  if (type.isNumber()) return { kind: 'number' };
  if (type.isBigInt()) return { kind: 'bigint' };
  if (flags & ts.TypeFlags.ESSymbol) return { kind: 'symbol' };
  if (flags & ts.TypeFlags.UniqueESSymbol) {
    return ctx.mode === 'input' ? unsupported(ctx, type, 'a unique symbol has a single value') : { kind: 'symbol' };
  }
  if (type.isUnion()) return unionOf(type.getUnionTypes().map((member) => shapeOfType(member, ctx)));
  const literal = literalValueOf(type);
  if (literal !== undefined) return { kind: 'literal', values: [literal] };
  if (type.isIntersection()) return intersectionShape(type, ctx);
  if (type.isTemplateLiteral()) return templateShape(type.compilerType, type, ctx);
  if (flags & ts.TypeFlags.Index) return keyofShape(type, ctx);
  if (flags & ts.TypeFlags.StringMapping) {
    return ctx.mode === 'input' ? unsupported(ctx, type, 'string mapping types are not generated') : { kind: 'string' };
  }
  if (flags & ts.TypeFlags.NonPrimitive) return { kind: 'nonPrimitive' };
  if (type.isObject()) {
    const repeats = ctx.expanding.filter((t) => t === type.compilerType).length;
    if (repeats >= ctx.maxRecursion || ctx.expanding.length >= MAX_NESTING) {
      return { kind: 'recursion', typeText: textOf(type, ctx) };
    }
    return objectTypeShape(type, { ...ctx, expanding: [...ctx.expanding, type.compilerType] });
  }
  return ctx.mode === 'input' ? unsupported(ctx, type, 'no generator for this kind of type') : UNKNOWN;
}

/** Throws (input mode) or answers `unknown` (output mode) for a type the generator cannot build. */
export function unsupported(ctx: ShapeContext, type: Type, detail: string): TypeShape {
  if (ctx.mode === 'output') return UNKNOWN;
  throw new UnsupportedTypeError(() => textOf(type, ctx), detail, ctx.path);
}

export function textOf(type: Type, ctx: ShapeContext): string {
  const printed = type.getText(ctx.location, ts.TypeFormatFlags.UseAliasDefinedOutsideCurrentScope);
  return isErrorType(type) || printed === 'any' ? (ctx.written ?? printed) : printed;
}

function isErrorType(type: Type): boolean {
  return (type.compilerType as { intrinsicName?: string }).intrinsicName === 'error';
}

function literalValueOf(type: Type): LiteralValue | undefined {
  if (type.isBooleanLiteral()) return type.getText() === 'true';
  const value = type.getLiteralValue();
  if (value === undefined) return undefined;
  if (typeof value === 'object') return BigInt(`${value.negative ? '-' : ''}${value.base10Value}`);
  return value;
}

function typeParameterShape(type: Type, ctx: ShapeContext): TypeShape {
  if (ctx.mode === 'output') return UNKNOWN;
  const bound = ctx.bindings.get(type.compilerType);
  if (bound) return bound;
  const constraint = type.getConstraint();
  return constraint ? shapeOfType(constraint, ctx) : UNKNOWN;
}

/** A primitive intersected with object tags is a branded primitive: generate the primitive. */
function intersectionShape(type: Type, ctx: ShapeContext): TypeShape {
  const members = type.getIntersectionTypes();
  const primitive = members.find(
    (m) => m.isString() || m.isNumber() || m.isBigInt() || m.isBoolean() || m.isLiteral() || m.isTemplateLiteral(),
  );
  if (primitive) return shapeOfType(primitive, ctx);
  if (members.some((m) => m.isTypeParameter())) {
    return unsupported(ctx, type, 'an intersection with a type parameter');
  }
  return objectTypeShape(type, { ...ctx, expanding: [...ctx.expanding, type.compilerType] });
}

/** `${number}px`: the checker's parts are raw compiler types, so only simple parts are read. */
function templateShape(template: ts.TemplateLiteralType, type: Type, ctx: ShapeContext): TypeShape {
  const parts = template.types.map((part) => templatePartShape(part));
  if (parts.some((p) => p === undefined)) {
    return ctx.mode === 'input' ? unsupported(ctx, type, 'a template part is not a primitive') : { kind: 'string' };
  }
  return { kind: 'template', texts: [...template.texts], parts: parts as TypeShape[] };
}

function templatePartShape(part: ts.Type): TypeShape | undefined {
  const f = part.flags;
  if (f & ts.TypeFlags.String) return { kind: 'string' };
  if (f & ts.TypeFlags.Number) return { kind: 'number' };
  if (f & ts.TypeFlags.BigInt) return { kind: 'bigint' };
  if (f & ts.TypeFlags.Boolean) return { kind: 'boolean' };
  if (part.isStringLiteral() || part.isNumberLiteral()) return { kind: 'literal', values: [part.value] };
  if (part.isUnion()) {
    const members = part.types.map(templatePartShape);
    return members.every((m) => m !== undefined) ? unionOf(members as TypeShape[]) : undefined;
  }
  return undefined;
}

/** `keyof T` where T is bound to an object shape: the names of its members. */
function keyofShape(type: Type, ctx: ShapeContext): TypeShape {
  if (ctx.mode === 'output') return UNKNOWN;
  const target = ctx.bindings.get((type.compilerType as ts.IndexType).type);
  if (target?.kind === 'object' && target.members.length > 0) {
    return { kind: 'literal', values: target.members.map((m) => m.name) };
  }
  return unsupported(ctx, type, 'keyof a type without known members');
}
