// The one way the input generator says no: a type it cannot build values of, named as written.

export class UnsupportedTypeError extends Error {
  readonly code = 'unsupported-type';

  constructor(
    /** The type as the source writes it (`Socket`, `WeakMap<object, string>`). */
    readonly typeText: string,
    /** Why, in a few words: `its constructor is private`. */
    readonly detail: string,
  ) {
    super(`cannot generate \`${typeText}\`: ${detail}`);
    this.name = 'UnsupportedTypeError';
  }
}
