// Values written as TypeScript a person would type: `-0`, `NaN`, `12n`, `'héllo'`, `'x'.repeat(1000)`,
// `new Date('2024-01-15T12:00:00.000Z')`, `new Map([['a', 1]])`, `{ id: 1, tags: [] }`. The
// characterization tests Vouch writes into a workspace are made of these, so evaluating a literal
// must give back an equal value. What has no such form (functions, symbols, promises, errors,
// cycles) is refused with the reason; class instances are refused as inputs (they cannot be
// rebuilt from their fields) and written as their own fields as outputs, for `toMatchObject`.
// Pure: it runs inside vitest workers too (bundled into the harness).
import { numberCode, propertyKeyCode, stringCode } from '../inputs/valueCode';

export interface LiteralOptions {
  /** `reject` (inputs): a class instance cannot be written. `fields` (outputs): its own fields. */
  instances: 'reject' | 'fields';
  /** Longest literal accepted; longer values are refused as unreadable (default 240). */
  maxLength?: number;
}

export type LiteralResult =
  | { ok: true; code: string; /** Some object was written as its own fields: compare loosely. */ loose: boolean }
  | { ok: false; reason: string };

const MAX_DEPTH = 6;
/** A string this long made of one repeated character is written as `'x'.repeat(n)`. */
const REPEAT_FROM = 24;
const TYPED_ARRAYS = [
  'Int8Array',
  'Uint8Array',
  'Uint8ClampedArray',
  'Int16Array',
  'Uint16Array',
  'Int32Array',
  'Uint32Array',
  'Float32Array',
  'Float64Array',
  'BigInt64Array',
  'BigUint64Array',
];

class Unwritable extends Error {}

export function valueLiteral(value: unknown, options: LiteralOptions): LiteralResult {
  const writer = new LiteralWriter(options.instances);
  try {
    const code = writer.write(value, 0);
    const max = options.maxLength ?? 240;
    if (code.length > max) return { ok: false, reason: `longer than ${max} characters` };
    return { ok: true, code, loose: writer.loose };
  } catch (error) {
    if (error instanceof Unwritable) return { ok: false, reason: error.message };
    throw error;
  }
}

/** A string literal, compressed when it is one character repeated. */
export function stringLiteral(text: string): string {
  const chars = [...text];
  if (chars.length >= REPEAT_FROM && chars.every((c) => c === chars[0])) return `${stringCode(chars[0])}.repeat(${chars.length})`;
  return stringCode(text);
}

class LiteralWriter {
  loose = false;
  private readonly seen = new Set<object>();

  constructor(private readonly instances: 'reject' | 'fields') {}

  write(value: unknown, depth: number): string {
    switch (typeof value) {
      case 'undefined':
        return 'undefined';
      case 'boolean':
        return String(value);
      case 'number':
        return numberCode(value);
      case 'bigint':
        return `${value}n`;
      case 'string':
        return stringLiteral(value);
      case 'symbol':
        throw new Unwritable('a symbol');
      case 'function':
        throw new Unwritable('a function');
    }
    if (value === null) return 'null';
    const object = value as object;
    if (this.seen.has(object)) throw new Unwritable('a value that contains itself');
    if (depth > MAX_DEPTH) throw new Unwritable('nested too deeply');
    this.seen.add(object);
    try {
      return this.writeObject(object, depth + 1);
    } finally {
      this.seen.delete(object);
    }
  }

  private writeObject(object: object, depth: number): string {
    if (Array.isArray(object)) return this.writeArray(object, depth);
    if (object instanceof Date) return Number.isNaN(object.getTime()) ? 'new Date(NaN)' : `new Date(${stringCode(object.toISOString())})`;
    if (object instanceof RegExp) return `/${object.source}/${object.flags}`;
    if (object instanceof Map) {
      const entries = [...object].map(([k, v]) => `[${this.write(k, depth)}, ${this.write(v, depth)}]`);
      return entries.length === 0 ? 'new Map()' : `new Map([${entries.join(', ')}])`;
    }
    if (object instanceof Set) {
      const items = [...object].map((item) => this.write(item, depth));
      return items.length === 0 ? 'new Set()' : `new Set([${items.join(', ')}])`;
    }
    if (ArrayBuffer.isView(object)) return this.writeTypedArray(object);
    if (object instanceof Error) throw new Unwritable(`an error object (${object.name})`);
    if (object instanceof Promise || typeof (object as { then?: unknown }).then === 'function') throw new Unwritable('a promise');
    if (object instanceof ArrayBuffer || object instanceof WeakMap || object instanceof WeakSet) throw new Unwritable(`a ${object.constructor.name}`);
    if (object instanceof Number || object instanceof String || object instanceof Boolean) throw new Unwritable('a boxed primitive');
    const prototype = Object.getPrototypeOf(object);
    if (prototype !== Object.prototype) {
      const name = prototype === null ? 'an object without prototype' : `an instance of ${prototype.constructor?.name || 'an anonymous class'}`;
      if (this.instances === 'reject') throw new Unwritable(name);
      this.loose = true;
    }
    return this.writeFields(object, depth);
  }

  private writeArray(array: unknown[], depth: number): string {
    const keys = Reflect.ownKeys(array).filter((key) => key !== 'length');
    if (keys.length !== array.length) throw new Unwritable(keys.length < array.length ? 'an array with holes' : 'an array with extra properties');
    return `[${array.map((item) => this.write(item, depth)).join(', ')}]`;
  }

  private writeTypedArray(view: ArrayBufferView): string {
    const name = view.constructor.name;
    if (!TYPED_ARRAYS.includes(name)) throw new Unwritable(`a ${name}`);
    const items = [...(view as unknown as Iterable<number | bigint>)].map((item) => (typeof item === 'bigint' ? `${item}n` : numberCode(item)));
    return `new ${name}([${items.join(', ')}])`;
  }

  private writeFields(object: object, depth: number): string {
    const fields: string[] = [];
    for (const key of Reflect.ownKeys(object)) {
      if (typeof key === 'symbol') throw new Unwritable('an object with symbol keys');
      const descriptor = Object.getOwnPropertyDescriptor(object, key)!;
      if (!descriptor.enumerable) continue;
      if (!('value' in descriptor)) throw new Unwritable(`an object with a getter (${key})`);
      // `{ __proto__: x }` would set the prototype; a computed key makes it a property.
      const name = key === '__proto__' ? `['__proto__']` : propertyKeyCode(key);
      fields.push(`${name}: ${this.write(descriptor.value, depth)}`);
    }
    return fields.length === 0 ? '{}' : `{ ${fields.join(', ')} }`;
  }
}
