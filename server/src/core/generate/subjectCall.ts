// How a generated test calls a declaration on a module namespace `m` (the current version or the
// baseline): a function by name, a method on an instance built from generated constructor
// arguments, a getter, a static method, a constructor.
import type { DeclarationInfo } from '../changes/declarations';

export interface SubjectCall {
  /** `(m, [price, qty]) => m.bulkPrice(price, qty)` */
  call: string;
  /** `(m, [init]) => new m.Cart(...init)`, for members of an instance. */
  construct?: string;
  /** How a person writes the call in a report: `bulkPrice`, `new Cart(…).total`. */
  callee: string;
  /** For members of an instance: how the harness renders the call. */
  member?: { className: string; name: string; getter?: boolean };
}

const RESERVED = new Set(['m', 'self', 'args', 'init', 'setup', 'current', 'baseline', 'fc', 'v', 'subject', 'applyCalls']);
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** Parameter names usable as destructured bindings, or undefined when some are not. */
function bindingNames(declaration: DeclarationInfo): string[] | undefined {
  const names = declaration.fn.getParameters().map((p) => p.getName());
  const unique = new Set(names);
  const usable = names.every((name) => IDENTIFIER.test(name) && !RESERVED.has(name)) && unique.size === names.length;
  return usable ? names : undefined;
}

function member(owner: string, name: string): string {
  return IDENTIFIER.test(name) ? `${owner}.${name}` : `${owner}[${JSON.stringify(name)}]`;
}

/** `m.util.join` for the dotted name `util.join` (namespace members, object members). */
function path(owner: string, dotted: string): string {
  return dotted.split('.').reduce(member, owner);
}

/** Arguments as written in the call, given binding names and whether the last is a rest array. */
function argumentList(names: string[], spreadLast: boolean): string {
  return names.map((name, i) => (spreadLast && i === names.length - 1 ? `...${name}` : name)).join(', ');
}

export function subjectCall(declaration: DeclarationInfo, spreadLast: boolean): SubjectCall {
  const names = bindingNames(declaration);
  const count = declaration.fn.getParameters().length;
  const params = names ?? Array.from({ length: count }, (_, i) => `arg${i}`);
  const pattern = `[${params.join(', ')}]`;
  const args = argumentList(params, spreadLast);
  const dot = declaration.qualifiedName.lastIndexOf('.');
  const className = dot === -1 ? '' : declaration.qualifiedName.slice(0, dot);
  const memberName = declaration.qualifiedName.slice(dot + 1);
  const classRef = path('m', className);

  switch (declaration.kind) {
    case 'function':
    case 'arrow-function':
    case 'function-expression':
      return { call: `(m, ${pattern}) => ${path('m', declaration.qualifiedName)}(${args})`, callee: declaration.qualifiedName };
    case 'object-method':
    case 'static-method':
      return { call: `(m, ${pattern}) => ${member(classRef, memberName)}(${args})`, callee: declaration.qualifiedName };
    case 'constructor':
      return { call: `(m, ${pattern}) => new ${classRef}(${args})`, callee: `new ${className}` };
    case 'getter':
      return {
        construct: `(m, [init, setup]) => applyCalls(new ${classRef}(...init), setup)`,
        call: `(m, [init, setup], self) => ${member('self', memberName)}`,
        callee: `new ${className}(…).${memberName}`,
        member: { className, name: memberName, getter: true },
      };
    case 'method': {
      const withInit = `[init, setup${params.length > 0 ? `, ${params.join(', ')}` : ''}]`;
      return {
        construct: `(m, [init, setup]) => applyCalls(new ${classRef}(...init), setup)`,
        call: `(m, ${withInit}, self) => ${member('self', memberName)}(${args})`,
        callee: `new ${className}(…).${memberName}`,
        member: { className, name: memberName },
      };
    }
  }
}
