// Replacing properties of built-in objects so that they can be put back exactly, and the three
// ways a blocked call hands its error to the caller (throw, callback, rejected promise).
import type { SideEffectBlocked } from './sideEffectBlocked';

type AnyFunction = (...args: any[]) => any;

interface Patch {
  target: object;
  key: PropertyKey;
  descriptor: PropertyDescriptor | undefined;
  replacement: unknown;
}

/** Every replacement the sandbox made, in order, so `restore` can undo them in reverse. */
export class PatchSet {
  private readonly patches: Patch[] = [];

  /** Replaces `target[key]` by `wrap(original)`; skips keys that are missing or not functions. */
  wrap<T extends object>(target: T | undefined, key: keyof T & PropertyKey, wrap: (original: AnyFunction) => unknown): void {
    if (!target) return;
    const original = (target as Record<PropertyKey, unknown>)[key];
    if (typeof original !== 'function') return;
    this.replace(target, key, wrap(original as AnyFunction));
  }

  replace(target: object, key: PropertyKey, replacement: unknown): void {
    const descriptor = Object.getOwnPropertyDescriptor(target, key);
    this.patches.push({ target, key, descriptor, replacement });
    define(target, key, replacement, descriptor);
  }

  /** Puts the replacement back wherever someone else restored or overwrote it. */
  reapply(): void {
    for (const patch of this.patches) {
      if ((patch.target as Record<PropertyKey, unknown>)[patch.key] !== patch.replacement) {
        define(patch.target, patch.key, patch.replacement, patch.descriptor);
      }
    }
  }

  restore(): void {
    for (const patch of this.patches.splice(0).reverse()) {
      if (patch.descriptor) Object.defineProperty(patch.target, patch.key, patch.descriptor);
      else delete (patch.target as Record<PropertyKey, unknown>)[patch.key];
    }
  }
}

// Some built-in exports are accessors (`fs.promises`) or lazily defined; a data property with the
// original's enumerability keeps `Object.keys(fs)` and the ESM named exports unchanged.
function define(target: object, key: PropertyKey, value: unknown, original: PropertyDescriptor | undefined): void {
  Object.defineProperty(target, key, {
    value,
    writable: true,
    configurable: true,
    enumerable: original?.enumerable ?? true,
  });
}

/** Gives a function the name and arity of the one it stands in for (stack traces, `fn.length`). */
export function lookLike<F extends AnyFunction>(replacement: F, original: AnyFunction): F {
  Object.defineProperty(replacement, 'name', { value: original.name, configurable: true });
  Object.defineProperty(replacement, 'length', { value: original.length, configurable: true });
  return replacement;
}

/**
 * The error-first callback among `args` (the last function argument), called on the next tick
 * with `error` as Node does for failures; without one, throws like Node throws for a missing
 * callback, so the error still surfaces.
 */
export function failCallback(args: unknown[], error: SideEffectBlocked): void {
  const callback = args.findLast((arg) => typeof arg === 'function') as AnyFunction | undefined;
  if (!callback) throw error;
  process.nextTick(callback, error);
}
