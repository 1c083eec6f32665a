// Normalising a union: nested unions flattened, literal members gathered into one literal
// shape (`true | false` back into `boolean`), repeated primitives dropped, `unknown` absorbing
// everything, and nullish members last so that a union's first member is a useful default.
import { UNKNOWN, type LiteralValue, type TypeShape } from './typeShape';

const NULLISH_ORDER: Record<string, number> = { null: 1, void: 2, undefined: 2 };

export function unionOf(parts: readonly TypeShape[]): TypeShape {
  const flat = parts.flatMap((p) => (p.kind === 'union' ? p.members : [p]));
  if (flat.some((p) => p.kind === 'unknown')) return UNKNOWN;

  let literals: LiteralValue[] = [];
  const others: TypeShape[] = [];
  for (const part of flat) {
    if (part.kind === 'literal') literals.push(...part.values);
    else if (!others.some((o) => isSamePrimitive(o, part))) others.push(part);
  }
  literals = [...new Set(literals)];
  if (literals.includes(true) && literals.includes(false)) {
    literals = literals.filter((l) => typeof l !== 'boolean');
    if (!others.some((o) => o.kind === 'boolean')) others.unshift({ kind: 'boolean' });
  }
  literals = literals.filter((l) => !others.some((o) => o.kind === typeof l));

  const members: TypeShape[] = literals.length > 0 ? [{ kind: 'literal', values: literals }, ...others] : others;
  members.sort((a, b) => (NULLISH_ORDER[a.kind] ?? 0) - (NULLISH_ORDER[b.kind] ?? 0));
  if (members.length === 1) return members[0];
  return { kind: 'union', members };
}

const PRIMITIVE_KINDS = new Set(['number', 'string', 'boolean', 'bigint', 'symbol', 'undefined', 'null', 'void', 'date']);

function isSamePrimitive(a: TypeShape, b: TypeShape): boolean {
  if (a.kind === 'void' && b.kind === 'undefined') return true;
  if (a.kind === 'undefined' && b.kind === 'void') return true;
  return a.kind === b.kind && PRIMITIVE_KINDS.has(a.kind);
}
