// Return-value validators, run inside the test worker: `v.object({ price: v.number })` checks a
// value against a declared return type and answers undefined (fine) or one short sentence
// ("expected number at [1].price, got undefined"). Pure and import-free, for bundling.
//
// They err on the side of accepting: structural typing allows extra properties and primitives
// that carry the members (`'abc'` is a `{ length: number }`), `number` allows NaN, an optional
// member may be missing or undefined, and a member getter that throws is not a contract breach.

export type Validator = ((value: unknown, path?: string) => string | undefined) & {
  /** How the type reads in messages: `number`, `"gold" | "silver"`, `Money`. */
  readonly label: string;
  /** Set on literal validators: object members checked by one are discriminants. */
  readonly literal?: boolean;
  /** Objects: whether the value's discriminant members match, i.e. this union member is meant. */
  readonly selects?: (value: unknown) => boolean;
};

export interface TupleOptions {
  /** How many leading elements must be present (default: all of them). */
  required?: number;
  /** Validator for the elements after the listed ones (a rest element). */
  rest?: Validator;
}

export interface ObjectOptions {
  /** Members that may be missing or undefined. */
  optional?: readonly string[];
  /**
   * Members the type declares that need not exist at run time (`_zod.isst`, a `__brand`, a
   * `declare` field): missing or undefined is fine, a present value is checked.
   */
  typeOnly?: readonly string[];
}

export interface RecordOptions {
  /** A number index signature: only keys that are canonical numbers are checked. */
  numericKeys?: boolean;
}

type Check = (value: unknown, path: string) => string | undefined;

function validator(label: string, check: Check, extra: Partial<Pick<Validator, 'literal' | 'selects'>> = {}): Validator {
  return Object.assign((value: unknown, path = '') => check(value, path), { label, ...extra });
}

function primitive(label: string, test: (value: unknown) => boolean): Validator {
  return validator(label, (value, path) => (test(value) ? undefined : mismatch(label, value, path)));
}

/** `expected number at [1].price, got undefined`. */
export function mismatch(expected: string, value: unknown, path: string): string {
  const where = path ? ` at ${path.replace(/^\./, '')}` : '';
  return `expected ${expected}${where}, got ${describe(value)}`;
}

export function describe(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'undefined':
      return 'undefined';
    case 'string':
      return `string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
    case 'number':
      return `number ${Object.is(value, -0) ? '-0' : String(value)}`;
    case 'bigint':
      return `bigint ${value}n`;
    case 'boolean':
    case 'symbol':
      return `${typeof value} ${String(value)}`;
    case 'function':
      return 'function';
  }
  if (Array.isArray(value)) return `array of ${value.length}`;
  const name = (Object.getPrototypeOf(value) as { constructor?: { name?: string } } | null)?.constructor?.name;
  return name && name !== 'Object' ? `${name}` : 'object';
}

/** Whether a validator rejected the value itself (`expected array, got …`), not a part of it. */
function failedAtTop(failure: string, value: unknown, path: string): boolean {
  const tail = `, got ${describe(value)}`;
  if (!failure.endsWith(tail)) return false;
  const head = failure.slice(0, -tail.length);
  return path ? head.endsWith(` at ${path.replace(/^\./, '')}`) : !head.includes(' at ');
}

function memberPath(path: string, key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

function readMember(value: unknown, key: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: (value as Record<string, unknown>)[key] };
  } catch {
    return { ok: false };
  }
}

function literalLabel(value: unknown): string {
  return typeof value === 'bigint' ? `${value}n` : typeof value === 'string' ? JSON.stringify(value) : String(value);
}

const isNonNullish = (value: unknown) => value !== null && value !== undefined;

function hasClassNamed(value: unknown, name: string): boolean {
  if (!name || value === null || typeof value !== 'object') return false;
  for (let proto = Object.getPrototypeOf(value); proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) {
    if (proto.constructor?.name === name) return true;
  }
  return false;
}

export const v = {
  number: primitive('number', (x) => typeof x === 'number'),
  string: primitive('string', (x) => typeof x === 'string'),
  boolean: primitive('boolean', (x) => typeof x === 'boolean'),
  bigint: primitive('bigint', (x) => typeof x === 'bigint'),
  symbol: primitive('symbol', (x) => typeof x === 'symbol'),
  undefined: primitive('undefined', (x) => x === undefined),
  null: primitive('null', (x) => x === null),
  unknown: validator('unknown', () => undefined),
  func: primitive('function', (x) => typeof x === 'function'),
  date: primitive('Date', (x) => x instanceof Date),
  /** The `object` keyword: anything but a primitive. */
  nonPrimitive: primitive('object', (x) => (typeof x === 'object' && x !== null) || typeof x === 'function'),
  /** A promise nested in a returned value: anything with a `then` method. */
  promise: primitive('Promise', (x) => isNonNullish(x) && typeof (x as { then?: unknown }).then === 'function'),

  /** One of the given values (`v.literal('gold', 'silver')`). */
  literal(...values: readonly unknown[]): Validator {
    const label = values.map(literalLabel).join(' | ');
    const accepts = (x: unknown) => values.some((value) => value === x);
    return validator(label, (x, path) => (accepts(x) ? undefined : mismatch(label, x, path)), { literal: true });
  },

  /**
   * Accepts what any member accepts. When the value is meant as one member (its discriminants
   * match and it failed below the top) that member's message is reported, else all labels.
   */
  union(...members: readonly Validator[]): Validator {
    const label = members.map((m) => m.label).join(' | ');
    return validator(label, (value, path) => {
      const failures: string[] = [];
      for (const member of members) {
        const failure = member(value, path);
        if (failure === undefined) return undefined;
        const meant = member.selects?.(value) ?? true;
        if (meant && !failedAtTop(failure, value, path)) failures.push(failure);
      }
      return failures.length === 1 ? failures[0] : mismatch(label, value, path);
    });
  },

  /** Accepts what every member accepts (`A & B`). */
  intersection(...members: readonly Validator[]): Validator {
    return validator(members.map((m) => m.label).join(' & '), (value, path) => {
      for (const member of members) {
        const failure = member(value, path);
        if (failure !== undefined) return failure;
      }
      return undefined;
    });
  },

  array(element: Validator): Validator {
    return validator(`${element.label}[]`, (value, path) => {
      if (!Array.isArray(value)) return mismatch('array', value, path);
      for (let i = 0; i < value.length; i++) {
        const failure = element(value[i], `${path}[${i}]`);
        if (failure !== undefined) return failure;
      }
      return undefined;
    });
  },

  tuple(elements: readonly Validator[], options: TupleOptions = {}): Validator {
    const required = options.required ?? elements.length;
    return validator('tuple', (value, path) => {
      if (!Array.isArray(value)) return mismatch('tuple', value, path);
      if (value.length < required || (!options.rest && value.length > elements.length)) {
        const expected = options.rest ? `at least ${required}` : required === elements.length ? `${required}` : `${required} to ${elements.length}`;
        return mismatch(`tuple of ${expected} elements`, value, path);
      }
      for (let i = 0; i < value.length; i++) {
        const element = i < elements.length ? elements[i] : options.rest;
        if (i >= required && i < elements.length && value[i] === undefined) continue;
        const failure = element?.(value[i], `${path}[${i}]`);
        if (failure !== undefined) return failure;
      }
      return undefined;
    });
  },

  /** Members by name; extra properties are fine. Only null and undefined fail outright. */
  object(members: Readonly<Record<string, Validator>>, options: ObjectOptions = {}): Validator {
    const mayBeMissing = new Set([...(options.optional ?? []), ...(options.typeOnly ?? [])]);
    const discriminants = Object.entries(members).filter(([, member]) => member.literal);
    const selects = (value: unknown) =>
      isNonNullish(value) &&
      discriminants.every(([key, member]) => {
        const read = readMember(value, key);
        return read.ok && member(read.value) === undefined;
      });
    return validator('object', (value, path) => {
      if (!isNonNullish(value)) return mismatch('object', value, path);
      for (const [key, member] of Object.entries(members)) {
        const read = readMember(value, key);
        if (!read.ok || (read.value === undefined && mayBeMissing.has(key))) continue;
        const failure = member(read.value, memberPath(path, key));
        if (failure !== undefined) return failure;
      }
      return undefined;
    }, { selects });
  },

  /** Every own enumerable property (`Record<string, V>`, index signatures). */
  record(value: Validator, options: RecordOptions = {}): Validator {
    return validator('object', (input, path) => {
      if (!isNonNullish(input)) return mismatch('object', input, path);
      for (const key of Object.keys(input as object)) {
        if (options.numericKeys && String(Number(key)) !== key) continue;
        const failure = value((input as Record<string, unknown>)[key], memberPath(path, key));
        if (failure !== undefined) return failure;
      }
      return undefined;
    });
  },

  /** `value instanceof C`; a class that is not a function at run time accepts anything. */
  instanceOf(cls: unknown): Validator {
    const name = typeof cls === 'function' && cls.name ? cls.name : 'instance';
    // The old and the new version of a module each have their own class object: an instance of
    // either's class of this name counts.
    return primitive(name, (x) => typeof cls !== 'function' || x instanceof cls || hasClassNamed(x, cls.name));
  },

  map(key: Validator, value: Validator): Validator {
    return validator(`Map`, (input, path) => {
      if (!(input instanceof Map)) return mismatch('Map', input, path);
      let i = 0;
      for (const [k, x] of input) {
        const failure = key(k, `${path}.keys[${i}]`) ?? value(x, `${path}.get(${describeKey(k)})`);
        if (failure !== undefined) return failure;
        i++;
      }
      return undefined;
    });
  },

  set(element: Validator): Validator {
    return validator('Set', (input, path) => {
      if (!(input instanceof Set)) return mismatch('Set', input, path);
      let i = 0;
      for (const x of input) {
        const failure = element(x, `${path}.values[${i++}]`);
        if (failure !== undefined) return failure;
      }
      return undefined;
    });
  },
};

function describeKey(key: unknown): string {
  return typeof key === 'string' ? JSON.stringify(key) : typeof key === 'number' || typeof key === 'bigint' ? literalLabel(key) : '…';
}

export type Validators = typeof v;
