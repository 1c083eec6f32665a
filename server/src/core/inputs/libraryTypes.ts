// Types declared by TypeScript's own lib files (`lib.es5.d.ts`, ...): the generator knows a few
// of them by name (Date, Map, Set, Promise, errors, typed arrays); any other is unsupported as
// an input rather than generated structurally from its dozens of methods.
import { Node, type Type } from 'ts-morph';
import type { GlobalClassName } from './typeShape';

const LIB_FILE = /[\\/]typescript[\\/]lib[\\/]lib(\.[\w-]+)*\.d\.ts$/;

export const GLOBAL_CLASSES: readonly GlobalClassName[] = [
  'Error',
  'TypeError',
  'RangeError',
  'SyntaxError',
  'RegExp',
  'Uint8Array',
  'Int8Array',
  'Uint16Array',
  'Int16Array',
  'Uint32Array',
  'Int32Array',
  'Float32Array',
  'Float64Array',
  'BigInt64Array',
  'BigUint64Array',
];

export function isGlobalClassName(name: string): name is GlobalClassName {
  return (GLOBAL_CLASSES as readonly string[]).includes(name);
}

export function isDefaultLibraryNode(node: Node): boolean {
  const file = node.getSourceFile();
  return file.isDeclarationFile() && LIB_FILE.test(file.getFilePath());
}

/**
 * The name of a named lib type (`Date`, `Map`, `WeakMap`), or undefined for user types and for
 * the anonymous types that lib aliases (`Partial`, `Record`) expand to.
 */
export function libraryTypeName(type: Type): string | undefined {
  const symbol = type.getSymbol();
  if (!symbol) return undefined;
  const name = symbol.getName();
  if (name.startsWith('__')) return undefined;
  const declarations = symbol.getDeclarations();
  if (declarations.length === 0 || !declarations.every(isDefaultLibraryNode)) return undefined;
  return name;
}
