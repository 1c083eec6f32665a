// Where a recursive type was cut, keep only what still has a finite value: an array becomes
// empty, an optional member is left out, a union keeps its other members. Inputs are generated
// from the result; undefined means the type has no finite value at all.
import type { ArgumentShape, TupleElement, TypeShape } from './typeShape';

export function finiteShape(shape: TypeShape): TypeShape | undefined {
  switch (shape.kind) {
    case 'recursion':
      return undefined;
    case 'union': {
      const members = shape.members.map(finiteShape).filter((m): m is TypeShape => m !== undefined);
      if (members.length === 0) return undefined;
      return members.length === 1 ? members[0] : { kind: 'union', members };
    }
    case 'array': {
      const element = finiteShape(shape.element);
      return element ? { kind: 'array', element } : { kind: 'empty', of: 'array' };
    }
    case 'set': {
      const element = finiteShape(shape.element);
      return element ? { kind: 'set', element } : { kind: 'empty', of: 'set' };
    }
    case 'map': {
      const key = finiteShape(shape.key);
      const value = finiteShape(shape.value);
      return key && value ? { kind: 'map', key, value } : { kind: 'empty', of: 'map' };
    }
    case 'tuple': {
      const elements = finiteElements(shape.elements);
      return elements && { kind: 'tuple', elements };
    }
    case 'object':
      return finiteObject(shape);
    case 'promise': {
      const value = finiteShape(shape.value);
      return value && { kind: 'promise', value };
    }
    case 'function': {
      const returns = finiteShape(shape.returns);
      return returns && { kind: 'function', returns, arity: shape.arity };
    }
    case 'instance': {
      if (!shape.constructorArgs) return shape;
      const constructorArgs = finiteArguments(shape.constructorArgs);
      return constructorArgs && { ...shape, constructorArgs };
    }
    default:
      return shape;
  }
}

export function finiteArguments(args: readonly ArgumentShape[]): ArgumentShape[] | undefined {
  const result: ArgumentShape[] = [];
  for (const arg of args) {
    const shape = finiteShape(arg.shape);
    if (!shape) return undefined;
    result.push({ ...arg, shape });
  }
  return result;
}

function finiteElements(elements: readonly TupleElement[]): TupleElement[] | undefined {
  const result: TupleElement[] = [];
  for (const element of elements) {
    const shape = finiteShape(element.shape);
    if (shape) {
      result.push({ ...element, shape });
      continue;
    }
    if (!element.optional && !element.rest) return undefined;
    if (element.optional) break; // later elements are optional or rest too
  }
  return result;
}

function finiteObject(shape: Extract<TypeShape, { kind: 'object' }>): TypeShape | undefined {
  const members = [];
  for (const member of shape.members) {
    const memberShape = finiteShape(member.shape);
    if (memberShape) members.push({ ...member, shape: memberShape });
    else if (!member.optional) return undefined;
  }
  const stringIndex = shape.stringIndex && finiteShape(shape.stringIndex);
  const numberIndex = shape.numberIndex && finiteShape(shape.numberIndex);
  return {
    kind: 'object',
    members,
    ...(stringIndex ? { stringIndex } : {}),
    ...(numberIndex ? { numberIndex } : {}),
  };
}
