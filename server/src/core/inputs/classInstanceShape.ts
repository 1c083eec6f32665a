// Instances of user classes. As inputs they are built through the public constructor from the
// class's runtime value (`refs.valueOf(cls)`); as return values they are checked with
// `instanceof` when that value is reachable, else structurally by their public members.
import { Node, Scope, type Symbol as TsSymbol, type Type } from 'ts-morph';
import type { ClassLike } from './inputPlan';
import { structuralShape } from './structuralShape';
import { constructorParameters, constructorProblem } from './parameterSources';
import { shapeOfType, textOf, unsupported, type ShapeContext } from './shapeOfType';
import { UNDEFINED, withUndefined, type ArgumentShape, type TypeShape } from './typeShape';
import { UnsupportedTypeError } from './unsupportedTypeError';

/** The class declaring an instance type; undefined for the class's static side and non-classes. */
export function classDeclarationOf(type: Type): ClassLike | undefined {
  if (type.getConstructSignatures().length > 0) return undefined;
  const declarations = type.getSymbol()?.getDeclarations() ?? [];
  return declarations.find((d): d is ClassLike => Node.isClassDeclaration(d) || Node.isClassExpression(d));
}

export function classInstanceShape(type: Type, cls: ClassLike, ctx: ShapeContext): TypeShape {
  const className = cls.getName() ?? textOf(type, ctx);
  const classRef = ctx.refs.valueOf(cls);
  if (ctx.mode === 'output') {
    if (classRef) return { kind: 'instance', className, classRef };
    return { kind: 'instance', className, structure: structuralShape(type, ctx, isPublicMember) };
  }
  const problem = constructorProblem(cls);
  if (problem) return unsupported(ctx, type, problem);
  if (!classRef) return unsupported(ctx, type, `the generated test cannot reach class \`${className}\``);

  const bindings = new Map(ctx.bindings);
  const typeArguments = type.getTypeArguments();
  cls.getTypeParameters().forEach((parameter, i) => {
    if (typeArguments[i]) bindings.set(parameter.getType().compilerType, shapeOfType(typeArguments[i], ctx));
  });
  const constructorArgs = constructorArgumentShapes(cls, { ...ctx, bindings });
  return { kind: 'instance', className, classRef, constructorArgs };
}

/** An optional argument whose type cannot be generated is passed as undefined (and noted). */
export function constructorArgumentShapes(cls: ClassLike, ctx: ShapeContext): ArgumentShape[] {
  const argumentOf = (name: string) => `argument \`${name}\` of \`new ${cls.getName() ?? 'class'}\``;
  return constructorParameters(cls, ctx.location).map((p) => {
    try {
      const shape = shapeOfType(p.type, { ...ctx, written: p.typeText, path: undefined });
      return { name: p.name, shape: p.optional ? withUndefined(shape) : shape, rest: p.rest };
    } catch (error) {
      if (!(error instanceof UnsupportedTypeError)) throw error;
      if (!p.optional) throw error.withDetail(`(${argumentOf(p.name)})`);
      ctx.omitted?.push(`optional ${argumentOf(p.name)} is always undefined: ${error.message}`);
      return { name: p.name, shape: UNDEFINED, rest: false };
    }
  });
}

function isPublicMember(member: TsSymbol): boolean {
  return member.getDeclarations().every((d) => {
    if (Node.isScoped(d) || Node.isScopeable(d)) return (d.getScope() ?? Scope.Public) === Scope.Public;
    return true;
  });
}
