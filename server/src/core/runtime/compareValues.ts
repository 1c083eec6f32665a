// Structural equality for comparing what the old and the new version returned: object identity is
// ignored, floats compare with a tolerance, NaN equals NaN, errors compare by class and message.
// Runs inside test workers: no imports beyond the language.

export interface CompareOptions {
  /** Relative tolerance for floats. */
  relativeTolerance: number;
  /** Absolute tolerance for floats near zero. */
  absoluteTolerance: number;
}

export const defaultCompareOptions: CompareOptions = { relativeTolerance: 1e-9, absoluteTolerance: 1e-12 };

export function numbersClose(a: number, b: number, options: CompareOptions = defaultCompareOptions): boolean {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b);
  if (a === b) return true; // also 0 and -0, equal infinities
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  const difference = Math.abs(a - b);
  return difference <= options.absoluteTolerance || difference <= options.relativeTolerance * Math.max(Math.abs(a), Math.abs(b));
}

function className(value: object): string {
  const proto = Object.getPrototypeOf(value);
  return proto === null ? 'null-prototype' : (proto.constructor?.name ?? 'Object');
}

function keyLabel(key: unknown): string {
  if (typeof key === 'string') return JSON.stringify(key);
  if (typeof key === 'object' && key !== null) return Array.isArray(key) ? '[…]' : '{…}';
  return String(key);
}

/** The first place where `a` and `b` differ (`[2].price`), or undefined when they are equal. */
export function firstDifference(a: unknown, b: unknown, options: CompareOptions = defaultCompareOptions): string | undefined {
  return differ(a, b, '', options, new Map());
}

export function valuesEqual(a: unknown, b: unknown, options: CompareOptions = defaultCompareOptions): boolean {
  return firstDifference(a, b, options) === undefined;
}

function differ(a: unknown, b: unknown, at: string, options: CompareOptions, seen: Map<object, object>): string | undefined {
  const here = at || 'the result';
  if (typeof a === 'number' && typeof b === 'number') return numbersClose(a, b, options) ? undefined : here;
  if (typeof a !== typeof b) return here;
  if (a === null || b === null || typeof a !== 'object') {
    if (typeof a === 'function') return undefined; // functions cannot be compared by behaviour here
    return Object.is(a, b) || a === b ? undefined : here;
  }
  const x = a as object;
  const y = b as object;
  if (seen.get(x) === y) return undefined;
  seen.set(x, y);
  if (className(x) !== className(y)) return here;
  if (x instanceof Error && y instanceof Error) {
    return x.name === y.name && x.message === y.message ? undefined : here;
  }
  if (x instanceof Date && y instanceof Date) return numbersClose(x.getTime(), y.getTime(), options) ? undefined : here;
  if (x instanceof RegExp && y instanceof RegExp) return String(x) === String(y) ? undefined : here;
  if (Array.isArray(x) && Array.isArray(y)) {
    if (x.length !== y.length) return `${here} (length ${x.length} vs ${y.length})`;
    for (let i = 0; i < x.length; i++) {
      const found = differ(x[i], y[i], `${at}[${i}]`, options, seen);
      if (found) return found;
    }
    return undefined;
  }
  if (x instanceof Map && y instanceof Map) {
    if (x.size !== y.size) return `${here} (size ${x.size} vs ${y.size})`;
    // Object keys are fresh objects in each run: a key matches an equal one, as set members do.
    const unmatched = [...y.keys()].filter((key) => typeof key === 'object' && key !== null && !x.has(key));
    for (const [key, value] of x) {
      const label = `${at}.get(${keyLabel(key)})`;
      let twin: unknown = key;
      if (!y.has(key)) {
        const index = typeof key === 'object' && key !== null ? unmatched.findIndex((other) => differ(key, other, at, options, new Map()) === undefined) : -1;
        if (index < 0) return label;
        twin = unmatched.splice(index, 1)[0];
      }
      const found = differ(value, y.get(twin), label, options, seen);
      if (found) return found;
    }
    return undefined;
  }
  if (x instanceof Set && y instanceof Set) {
    if (x.size !== y.size) return `${here} (size ${x.size} vs ${y.size})`;
    for (const value of x) {
      if (y.has(value)) continue;
      const twin = [...y].some((other) => differ(value, other, at, options, new Map()) === undefined);
      if (!twin) return `${here} (set members)`;
    }
    return undefined;
  }
  if (ArrayBuffer.isView(x) && ArrayBuffer.isView(y)) {
    const left = new Uint8Array(x.buffer, x.byteOffset, x.byteLength);
    const right = new Uint8Array(y.buffer, y.byteOffset, y.byteLength);
    return left.length === right.length && left.every((byte, i) => byte === right[i]) ? undefined : here;
  }
  // Plain objects and class instances: own enumerable properties; `undefined` equals missing.
  const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
  for (const key of keys) {
    const found = differ((x as Record<string, unknown>)[key], (y as Record<string, unknown>)[key], `${at}.${key}`, options, seen);
    if (found) return found;
  }
  return undefined;
}
