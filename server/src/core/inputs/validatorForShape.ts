// An output TypeShape as a validator expression over the runtime `v` API
// (server/src/core/runtime/validators.ts). Anything the shape cannot state precisely becomes
// `v.unknown`: a validator must never reject a value the declared type allows.
import type { TupleElement, TypeShape } from './typeShape';
import { literalCode, propertyKeyCode, stringCode } from './valueCode';

export const ACCEPT_ANYTHING = 'v.unknown';

export function validatorForShape(shape: TypeShape): string {
  switch (shape.kind) {
    case 'number':
    case 'string':
    case 'boolean':
    case 'bigint':
    case 'symbol':
    case 'undefined':
    case 'null':
    case 'date':
    case 'nonPrimitive':
    case 'promise':
      return `v.${shape.kind}`;
    case 'function':
      return 'v.func';
    case 'template':
      return 'v.string';
    case 'void':
    case 'unknown':
    case 'recursion':
      return ACCEPT_ANYTHING;
    case 'literal':
      return `v.literal(${shape.values.map(literalCode).join(', ')})`;
    case 'union': {
      const members = shape.members.map(validatorForShape);
      return members.includes(ACCEPT_ANYTHING) ? ACCEPT_ANYTHING : `v.union(${members.join(', ')})`;
    }
    case 'array':
      return `v.array(${validatorForShape(shape.element)})`;
    case 'tuple':
      return tupleValidator(shape.elements);
    case 'object':
      return objectValidator(shape);
    case 'map':
      return `v.map(${validatorForShape(shape.key)}, ${validatorForShape(shape.value)})`;
    case 'set':
      return `v.set(${validatorForShape(shape.element)})`;
    case 'instance':
      if (shape.classRef) return `v.instanceOf(${shape.classRef})`;
      return shape.structure ? validatorForShape(shape.structure) : ACCEPT_ANYTHING;
    case 'global':
      return `v.instanceOf(${shape.name})`;
    case 'empty':
      return shape.of === 'array' ? 'v.array(v.unknown)' : shape.of === 'map' ? 'v.map(v.unknown, v.unknown)' : 'v.set(v.unknown)';
  }
}

function tupleValidator(elements: readonly TupleElement[]): string {
  const restIndex = elements.findIndex((e) => e.rest);
  if (restIndex >= 0 && restIndex !== elements.length - 1) return 'v.array(v.unknown)';
  const listed = elements.filter((e) => !e.rest);
  const required = listed.filter((e) => !e.optional).length;
  const options: string[] = [];
  if (required < listed.length) options.push(`required: ${required}`);
  if (restIndex >= 0) options.push(`rest: ${validatorForShape(elements[restIndex].shape)}`);
  const list = `[${listed.map((e) => validatorForShape(e.shape)).join(', ')}]`;
  return options.length > 0 ? `v.tuple(${list}, { ${options.join(', ')} })` : `v.tuple(${list})`;
}

function objectValidator(shape: Extract<TypeShape, { kind: 'object' }>): string {
  const index = shape.stringIndex
    ? `v.record(${validatorForShape(shape.stringIndex)})`
    : shape.numberIndex
      ? `v.record(${validatorForShape(shape.numberIndex)}, { numericKeys: true })`
      : undefined;
  const members = shape.members.filter((m) => validatorForShape(m.shape) !== ACCEPT_ANYTHING);
  if (members.length === 0 && index) return index;
  const fields = members.map((m) => `${propertyKeyCode(m.name)}: ${validatorForShape(m.shape)}`);
  const names = (list: typeof members) => `[${list.map((m) => stringCode(m.name)).join(', ')}]`;
  const optional = members.filter((m) => m.optional);
  const typeOnly = members.filter((m) => m.typeOnly && !m.optional);
  const options = [
    ...(optional.length > 0 ? [`optional: ${names(optional)}`] : []),
    ...(typeOnly.length > 0 ? [`typeOnly: ${names(typeOnly)}`] : []),
  ];
  const object = `v.object({ ${fields.join(', ')} }${options.length > 0 ? `, { ${options.join(', ')} }` : ''})`.replace(
    'v.object({  })',
    'v.object({})',
  );
  return index ? `v.intersection(${object}, ${index})` : object;
}
