// Objects known by their members: interfaces, type literals, mapped types, records, and class
// instances checked structurally. As inputs, an optional member whose type cannot be built is
// left out (the value is still valid without it); a required one makes the object unsupported,
// and the message names the member's path. As outputs, type-only members may be missing.
import { Node, type Symbol as TsSymbol, type Type } from 'ts-morph';
import { isKeyedBySymbol, memberLabel, memberPath } from './memberNames';
import { shapeOfType, textOf, type ShapeContext } from './shapeOfType';
import { isTypeOnlyMember } from './typeOnlyMembers';
import type { ObjectMember, TypeShape } from './typeShape';
import { UnsupportedTypeError } from './unsupportedTypeError';

/** Members and index signatures of an object type; `filter` drops members (private ones). */
export function structuralShape(
  type: Type,
  ctx: ShapeContext,
  filter: (member: TsSymbol) => boolean = () => true,
): TypeShape {
  const members: ObjectMember[] = [];
  for (const property of type.getProperties()) {
    if (!filter(property)) continue;
    const member = ctx.mode === 'input' ? inputMember(property, type, ctx) : outputMember(property, ctx);
    if (member) members.push(member);
  }
  const stringIndex = type.getStringIndexType();
  const numberIndex = type.getNumberIndexType();
  const indexCtx = { ...ctx, written: undefined, path: memberPath(ctx.path, '[key]') };
  return {
    kind: 'object',
    members,
    ...(stringIndex ? { stringIndex: shapeOfType(stringIndex, indexCtx) } : {}),
    ...(numberIndex && !stringIndex ? { numberIndex: shapeOfType(numberIndex, indexCtx) } : {}),
  };
}

function inputMember(property: TsSymbol, owner: Type, ctx: ShapeContext): ObjectMember | undefined {
  const name = property.getName();
  const label = memberLabel(property);
  const path = memberPath(ctx.path, label);
  const optional = property.isOptional();
  try {
    if (isKeyedBySymbol(name)) {
      throw new UnsupportedTypeError(textOf(owner, ctx), `its member \`${label}\` is keyed by a symbol`, ctx.path);
    }
    return { name, shape: shapeOfType(property.getTypeAtLocation(ctx.location), { ...ctx, written: writtenType(property), path }), optional };
  } catch (error) {
    if (!(error instanceof UnsupportedTypeError) || !optional) throw error;
    ctx.omitted?.push(`optional \`${path}\` is left out: ${error.message}`);
    return undefined;
  }
}

function outputMember(property: TsSymbol, ctx: ShapeContext): ObjectMember | undefined {
  const name = property.getName();
  if (isKeyedBySymbol(name)) return undefined;
  const typeOnly = ctx.typeOnly || isTypeOnlyMember(property);
  const shape = shapeOfType(property.getTypeAtLocation(ctx.location), { ...ctx, written: writtenType(property), typeOnly });
  const optional = property.isOptional();
  return { name, shape, optional, ...(typeOnly && !optional ? { typeOnly } : {}) };
}

/** The member's type as its declaration writes it (for messages). */
function writtenType(property: TsSymbol): string | undefined {
  const declaration = property.getValueDeclaration() ?? property.getDeclarations()[0];
  return declaration && Node.isTyped(declaration) ? declaration.getTypeNode()?.getText() : undefined;
}
