// Members a type declares that need not exist at run time. zod declares `_zod.isst` (and
// `_zod.input`/`output`) only for inference; a brand (`__brand`) never exists; a `declare` field
// is never assigned by the class; a package's types describe more than its values promise.
// A contract check must not fail correct code over them: such a member may be missing, and is
// checked only when present. Below such a member (`_zod`), every member is type-only too.
import { Node, type Symbol as TsSymbol } from 'ts-morph';
import { isDefaultLibraryNode } from './libraryTypes';

/** Names that mark internal or phantom members: `_zod`, `__brand`, `~standard`, `$brand`. */
const INTERNAL_NAME = /^[_~$]/;
const BRAND_NAME = /brand/i;

/** Whether the member may be missing at run time without breaking the declared type. */
export function isTypeOnlyMember(property: TsSymbol): boolean {
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
