// The parameters of a planned function or of a class constructor, read the same way: name,
// type, whether the caller may leave them out, and whether they are a rest parameter.
import { Node, Scope, type ParameterDeclaration, type Type } from 'ts-morph';
import type { ClassLike, PlannableFunction } from './inputPlan';

export interface ParameterSource {
  name: string;
  type: Type;
  /** The type as written in the source, or as the checker prints it. */
  typeText: string;
  /** `x?: T` or `x = default`: the generator sometimes passes undefined. */
  optional: boolean;
  rest: boolean;
}

/** What a plan reports about a parameter: all but its type. */
export type ParameterHead = Omit<ParameterSource, 'type'>;

export function functionParameters(fn: PlannableFunction): ParameterSource[] {
  return fn
    .getParameters()
    .filter((p) => p.getName() !== 'this')
    .map((p) => fromDeclaration(p, p.getType(), fn));
}

/** Why instances of the class cannot be built through its constructor, or undefined if they can. */
export function constructorProblem(cls: ClassLike): string | undefined {
  if (cls.isAbstract()) return 'the class is abstract';
  for (let c: ClassLike | undefined = cls; c; c = c.getBaseClass()) {
    const constructors = c.getConstructors();
    if (constructors.length === 0) continue;
    const scope = constructors[0].getScope();
    if (scope === Scope.Private) return 'its constructor is private';
    if (scope === Scope.Protected) return 'its constructor is protected';
    return undefined;
  }
  return undefined;
}

/** Parameters of the class's first construct signature (inherited constructors included). */
export function constructorParameters(cls: ClassLike, location: Node): ParameterSource[] {
  return constructorSignatures(cls, location)[0] ?? [];
}

/** Parameters of each construct signature: one per overload of an overloaded constructor. */
export function constructorSignatures(cls: ClassLike, location: Node): ParameterSource[][] {
  const staticSide = cls.getSymbolOrThrow().getTypeAtLocation(location);
  return staticSide.getConstructSignatures().map((signature) =>
    signature.getParameters().map((symbol) => {
      const type = symbol.getTypeAtLocation(location);
      const declaration = symbol.getValueDeclaration();
      if (declaration && Node.isParameterDeclaration(declaration)) return fromDeclaration(declaration, type, location);
      return { name: symbol.getName(), type, typeText: type.getText(location), optional: false, rest: false };
    }),
  );
}

/** The parameters of the constructor body that runs (own or inherited), when it has overloads. */
export function overloadedConstructorParameters(cls: ClassLike): ParameterSource[] | undefined {
  for (let c: ClassLike | undefined = cls; c; c = c.getBaseClass()) {
    const constructors = c.getConstructors();
    if (constructors.length === 0) continue;
    const implementation = constructors.find((k) => k.isImplementation());
    if (!implementation || implementation.getOverloads().length === 0) return undefined;
    return implementation.getParameters().map((p) => fromDeclaration(p, p.getType(), cls));
  }
  return undefined;
}

function fromDeclaration(p: ParameterDeclaration, type: Type, location: Node): ParameterSource {
  const rest = p.isRestParameter();
  return {
    name: p.getName(),
    type,
    typeText: p.getTypeNode()?.getText() ?? type.getText(location),
    optional: !rest && (p.hasQuestionToken() || p.hasInitializer()),
    rest,
  };
}
