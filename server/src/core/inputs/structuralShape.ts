// Objects known by their members: interfaces, type literals, mapped types, records, and class
// instances checked structurally. As inputs, an optional member whose type cannot be built is
// left out (the value is still valid without it); a required one makes the object unsupported,
// and the message names the member's path as code reads it (`_zod.constr`, `[Symbol.observable]`,
// not the checker's `__@observable@84`).
//
// As outputs, members that exist only in the types may be missing: zod declares `_zod.isst`
// only for inference, a brand (`__brand`) never exists, a `declare` field is never assigned by
// its class, and a package's types describe more than its values promise. Such a member is
// checked only when present; below one (`_zod`), every member is type-only too.
import { Node, ts, type Symbol as TsSymbol, type Type } from 'ts-morph';
import { isDefaultLibraryNode } from './libraryTypes';
import { shapeOfType, textOf, type ShapeContext } from './shapeOfType';
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
      throw new UnsupportedTypeError(() => textOf(owner, ctx), `its member \`${label}\` is keyed by a symbol`, ctx.path);
    }
    return { name, shape: shapeOfType(property.getTypeAtLocation(ctx.location), { ...ctx, written: writtenType(property), path }), optional };
  } catch (error) {
    if (!(error instanceof UnsupportedTypeError) || !optional) throw error;
    if (ctx.omitted) ctx.omitted.push(`optional \`${path}\` is left out: ${error.message}`);
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

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** Keyed by a symbol or a private name: no string key reaches the member. */
function isKeyedBySymbol(name: string): boolean {
  return name.startsWith('__@') || name.startsWith('#') || name.startsWith('__#');
}

/** `total`, `max-age`, `[Symbol.observable]`, `#secret`. */
function memberLabel(property: TsSymbol): string {
  const name = property.getName();
  if (!isKeyedBySymbol(name)) return name;
  for (const declaration of property.getDeclarations()) {
    const nameNode = ts.getNameOfDeclaration(declaration.compilerNode as ts.Declaration);
    if (nameNode) return nameNode.getText();
  }
  const privateName = /^__#\d+@(#.+)$/.exec(name);
  if (privateName) return privateName[1];
  const symbolName = /^__@(.+)@\d+$/.exec(name);
  return symbolName ? `[Symbol.${symbolName[1]}]` : name;
}

/** `path` one member further in: `_zod` + `constr` → `_zod.constr`; `a` + `max-age` → `a["max-age"]`. */
function memberPath(path: string | undefined, label: string): string {
  const step = label.startsWith('[') ? label : IDENTIFIER.test(label) || label.startsWith('#') ? `.${label}` : `[${JSON.stringify(label)}]`;
  return `${path ?? ''}${step}`.replace(/^\./, '');
}

/** Names that mark internal or phantom members: `_zod`, `__brand`, `~standard`, `$brand`. */
const INTERNAL_NAME = /^[_~$]/;
const BRAND_NAME = /brand/i;

/** Whether the member may be missing at run time without breaking the declared type. */
function isTypeOnlyMember(property: TsSymbol): boolean {
  const name = property.getName();
  if (INTERNAL_NAME.test(name) || BRAND_NAME.test(name)) return true;
  const declarations = property.getDeclarations();
  if (declarations.some((d) => (Node.isPropertyDeclaration(d) && d.hasDeclareKeyword()) || isMarkedInternal(d))) return true;
  return declarations.length > 0 && declarations.every(isFromPackage);
}

/** Declared in a package's types (not TypeScript's own lib files, which describe real values). */
function isFromPackage(declaration: Node): boolean {
  return declaration.getSourceFile().isInNodeModules() && !isDefaultLibraryNode(declaration);
}

/** A `/** @internal *\/` doc comment on the member (read as text: JSDoc may not be parsed). */
function isMarkedInternal(declaration: Node): boolean {
  const trivia = declaration.getSourceFile().getFullText().slice(declaration.getPos(), declaration.getStart());
  return /\/\*\*(?:(?!\*\/)[^])*@internal\b/.test(trivia);
}
