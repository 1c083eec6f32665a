// Object types: arrays, tuples, the lib types the generator knows by name, class instances,
// callbacks, and structural objects (interfaces, type literals, mapped types, records).
import { Node, ts, type Signature, type Type } from 'ts-morph';
import { classDeclarationOf, classInstanceShape } from './classInstanceShape';
import { isGlobalClassName, libraryTypeName } from './libraryTypes';
import { shapeOfType, unsupported, type ShapeContext } from './shapeOfType';
import { structuralShape } from './structuralShape';
import { UNKNOWN, type TupleElement, type TypeShape } from './typeShape';

export function objectTypeShape(type: Type, ctx: ShapeContext): TypeShape {
  if (type.isArray() || type.isReadonlyArray()) {
    const element = type.getArrayElementType() ?? type.getTypeArguments()[0];
    return element ? { kind: 'array', element: shapeOfType(element, ctx) } : UNKNOWN;
  }
  if (type.isTuple()) return tupleShape(type, ctx);

  const libraryName = libraryTypeName(type);
  if (libraryName) return libraryShape(libraryName, type, ctx);

  const cls = classDeclarationOf(type);
  if (cls) return classInstanceShape(type, cls, ctx);

  if (type.getConstructSignatures().length > 0) {
    return ctx.mode === 'input' ? unsupported(ctx, type, 'a constructor type') : { kind: 'function', returns: UNKNOWN };
  }
  const calls = type.getCallSignatures();
  if (calls.length > 0) {
    if (ctx.mode === 'output') return { kind: 'function', returns: UNKNOWN };
    if (type.getProperties().length > 0) return unsupported(ctx, type, 'a function that also has properties');
    return { kind: 'function', returns: shapeOfType(calls[0].getReturnType(), ctx), arity: declaredArity(calls[0]) };
  }
  if (ctx.mode === 'input' && isPackageTypeWithMethods(type, ctx)) {
    return unsupported(ctx, type, 'a type from a package, with methods only the package can implement');
  }
  return structuralShape(type, ctx);
}

/** Plain data types from packages (option bags) are generated; a `Socket`-like interface is not. */
function isPackageTypeWithMethods(type: Type, ctx: ShapeContext): boolean {
  const declarations = type.getSymbol()?.getDeclarations() ?? [];
  const fromPackage = declarations.length > 0 && declarations.every((d) => d.getSourceFile().isInNodeModules());
  return fromPackage && type.getProperties().some((p) => p.getTypeAtLocation(ctx.location).getCallSignatures().length > 0);
}

function tupleShape(type: Type, ctx: ShapeContext): TypeShape {
  const target = type.getTargetType()?.compilerType as ts.TupleType | undefined;
  const flags = target?.elementFlags ?? [];
  const elements: TupleElement[] = [];
  for (const [index, elementType] of type.getTupleElements().entries()) {
    const flag = flags[index] ?? ts.ElementFlags.Required;
    if (flag & ts.ElementFlags.Variadic) {
      if (ctx.mode === 'input') return unsupported(ctx, type, 'a variadic tuple element');
      return { kind: 'array', element: UNKNOWN };
    }
    elements.push({
      shape: shapeOfType(elementType, ctx),
      optional: (flag & ts.ElementFlags.Optional) !== 0,
      rest: (flag & ts.ElementFlags.Rest) !== 0,
    });
  }
  return { kind: 'tuple', elements };
}

function libraryShape(name: string, type: Type, ctx: ShapeContext): TypeShape {
  const args = type.getTypeArguments();
  const arg = (i: number): TypeShape => (args[i] ? shapeOfType(args[i], ctx) : UNKNOWN);
  switch (name) {
    case 'Date':
      return { kind: 'date' };
    case 'Map':
    case 'ReadonlyMap':
      return { kind: 'map', key: arg(0), value: arg(1) };
    case 'Set':
    case 'ReadonlySet':
      return { kind: 'set', element: arg(0) };
    case 'Promise':
    case 'PromiseLike':
      return { kind: 'promise', value: arg(0) };
    case 'Iterable':
    case 'ArrayLike':
      return ctx.mode === 'input' ? { kind: 'array', element: arg(0) } : UNKNOWN;
    case 'Function':
      return { kind: 'function', returns: UNKNOWN };
    case 'String':
      return ctx.mode === 'input' ? { kind: 'string' } : UNKNOWN;
    case 'Number':
      return ctx.mode === 'input' ? { kind: 'number' } : UNKNOWN;
    case 'Boolean':
      return ctx.mode === 'input' ? { kind: 'boolean' } : UNKNOWN;
  }
  if (isGlobalClassName(name)) return { kind: 'global', name };
  return unsupported(ctx, type, `no generator for the built-in type \`${name}\``);
}

/** How many arguments a call signature reads; undefined when it has a rest parameter. */
function declaredArity(signature: Signature): number | undefined {
  const parameters = signature.getParameters();
  const last = parameters[parameters.length - 1]?.getValueDeclaration();
  if (last && Node.isParameterDeclaration(last) && last.isRestParameter()) return undefined;
  return parameters.length;
}
