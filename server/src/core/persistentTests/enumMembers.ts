// An enum-typed parameter is written as its members (`discount(Tier.Gold)`), not their values
// (`discount('GOLD')`): a person reads the member's name, and a string enum does not accept its
// value where the project's compiler checks the test.
import { Node } from 'ts-morph';
import type { ParameterDeclaration, Type } from 'ts-morph';
import { numberCode } from '../inputs/valueCode';
import type { RuntimeRefs } from '../inputs/inputPlan';
import { stringLiteral } from './valueLiteral';

export interface EnumMemberCode {
  /** `Tier.Gold` (through the test file's import of `Tier`). */
  ref: string;
  /** The member's value as a literal: `'GOLD'`, `3`. */
  value: string;
}

/**
 * The members a parameter's type allows when it is an enum (or some members of one, optionally
 * with undefined) that the test file can import; otherwise undefined.
 */
export function enumMembersOf(parameter: ParameterDeclaration, refs: RuntimeRefs): EnumMemberCode[] | undefined {
  const type = parameter.getType();
  const parts: Type[] = type.isUnion() ? type.getUnionTypes().filter((t) => !t.isUndefined()) : [type];
  if (parts.length === 0 || !parts.every((t) => t.isEnumLiteral())) return undefined;
  const members = parts.map((t) => t.getSymbol()?.getDeclarations()[0]).filter((d) => d !== undefined && Node.isEnumMember(d));
  if (members.length !== parts.length) return undefined;
  const enumDeclaration = members[0].getParentOrThrow();
  if (members.some((m) => m.getParent() !== enumDeclaration)) return undefined;
  const enumRef = refs.valueOf(enumDeclaration);
  if (!enumRef) return undefined;
  const codes: EnumMemberCode[] = [];
  for (const member of members) {
    if (!Node.isEnumMember(member)) return undefined;
    const value = member.getValue();
    const name = member.getName();
    if (value === undefined || !/^[A-Za-z_$][\w$]*$/.test(name)) return undefined;
    codes.push({ ref: `${enumRef}.${name}`, value: typeof value === 'string' ? stringLiteral(value) : numberCode(value) });
  }
  return codes;
}

/** Arguments with enum values written as members, where the parameter is an enum. */
export function withEnumMembers(args: readonly string[], parameters: readonly ParameterDeclaration[], refs: RuntimeRefs): string[] {
  return args.map((code, i) => {
    const parameter = parameters[i];
    if (!parameter || parameter.isRestParameter()) return code;
    return enumMembersOf(parameter, refs)?.find((m) => m.value === code)?.ref ?? code;
  });
}
