// Generic functions are tested at concrete types. A constrained type parameter takes its
// constraint; an unconstrained one takes each of a few candidates in turn. Every binding set is
// used for a whole call, so `T` is the same type in `xs: T[]` and in `key: (t: T) => number`.
import { ts, type TypeParameterDeclaration } from 'ts-morph';
import { shapeOfType, type ShapeContext } from './shapeOfType';
import { NUMBER, STRING, type TypeShape } from './typeShape';

/** A plain record, also the candidate for a type parameter something takes `keyof` of. */
const RECORD_CANDIDATE: TypeShape = {
  kind: 'object',
  members: [
    { name: 'id', shape: NUMBER, optional: false },
    { name: 'label', shape: STRING, optional: false },
  ],
};

const CANDIDATES: readonly TypeShape[] = [NUMBER, STRING, RECORD_CANDIDATE];

export type Bindings = ReadonlyMap<ts.Type, TypeShape>;

export function bindingSets(parameters: readonly TypeParameterDeclaration[], ctx: ShapeContext): Bindings[] {
  if (parameters.length === 0) return [ctx.bindings];
  const keyofTargets = new Set<ts.Type>();
  for (const parameter of parameters) {
    const constraint = parameter.getConstraint()?.getType().compilerType;
    if (constraint && constraint.flags & ts.TypeFlags.Index) keyofTargets.add((constraint as ts.IndexType).type);
  }
  const candidatesOf = (p: TypeParameterDeclaration) =>
    keyofTargets.has(p.getType().compilerType) ? [RECORD_CANDIDATE] : CANDIDATES;
  const unconstrained = parameters.filter((p) => !p.getConstraint());
  const count = Math.max(1, ...unconstrained.map((p) => candidatesOf(p).length));

  const sets: Bindings[] = [];
  for (let i = 0; i < count; i++) {
    const bindings = new Map(ctx.bindings);
    parameters.forEach((parameter, j) => {
      const constraint = parameter.getConstraint();
      const shape = constraint
        ? shapeOfType(constraint.getType(), { ...ctx, bindings, written: constraint.getText() })
        : candidatesOf(parameter)[(i + j) % candidatesOf(parameter).length];
      bindings.set(parameter.getType().compilerType, shape);
    });
    sets.push(bindings);
  }
  return sets;
}
