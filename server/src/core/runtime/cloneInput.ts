// The old and the new version must each get their own copy of an input: a function that mutates
// its argument would otherwise feed the mutation to the other version. structuredClone loses
// prototypes (class instances), so this copies own properties under the original prototype.

/**
 * Copies `value`. `prototypes` maps a prototype to the one the copy should have: an instance of
 * the current version's `Cart` becomes an instance of the baseline's `Cart` for the old code.
 */
export function cloneInput<T>(value: T, prototypes?: ReadonlyMap<object, object>, seen = new Map<object, unknown>()): T {
  if (value === null || typeof value !== 'object') return value; // primitives and functions are shared
  const object = value as unknown as object;
  if (seen.has(object)) return seen.get(object) as T;
  if (object instanceof Date) return new Date(object.getTime()) as T;
  if (object instanceof RegExp) return new RegExp(object.source, object.flags) as T;
  if (object instanceof Map) {
    const copy = new Map();
    seen.set(object, copy);
    for (const [k, v] of object) copy.set(cloneInput(k, prototypes, seen), cloneInput(v, prototypes, seen));
    return copy as T;
  }
  if (object instanceof Set) {
    const copy = new Set();
    seen.set(object, copy);
    for (const v of object) copy.add(cloneInput(v, prototypes, seen));
    return copy as T;
  }
  if (ArrayBuffer.isView(object)) return (object as unknown as { slice(): T }).slice();
  if (typeof (object as { then?: unknown }).then === 'function') return value; // promises are shared
  if (Array.isArray(object)) {
    const copy: unknown[] = [];
    seen.set(object, copy);
    for (const item of object) copy.push(cloneInput(item, prototypes, seen));
    return copy as T;
  }
  const prototype = Object.getPrototypeOf(object);
  const copy = Object.create(prototypes?.get(prototype) ?? prototype);
  seen.set(object, copy);
  for (const key of Reflect.ownKeys(object)) {
    const descriptor = Object.getOwnPropertyDescriptor(object, key)!;
    if ('value' in descriptor) descriptor.value = cloneInput(descriptor.value, prototypes, seen);
    Object.defineProperty(copy, key, descriptor);
  }
  return copy;
}
