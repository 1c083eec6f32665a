// Members as a person writes them: the checker names a symbol-keyed member `__@observable@84`
// and a private one `__#12@#secret`; messages say `[Symbol.observable]` and `#secret`, and
// member paths read like code (`_zod.constr`, `options["max-age"]`).
import { ts, type Symbol as TsSymbol } from 'ts-morph';

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** Keyed by a symbol or a private name: no string key reaches the member. */
export function isKeyedBySymbol(name: string): boolean {
  return name.startsWith('__@') || name.startsWith('#') || name.startsWith('__#');
}

/** `total`, `max-age`, `[Symbol.observable]`, `#secret`. */
export function memberLabel(property: TsSymbol): string {
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
export function memberPath(path: string | undefined, label: string): string {
  const step = label.startsWith('[') ? label : IDENTIFIER.test(label) || label.startsWith('#') ? `.${label}` : `[${JSON.stringify(label)}]`;
  return `${path ?? ''}${step}`.replace(/^\./, '');
}
