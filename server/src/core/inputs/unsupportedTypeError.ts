// The one way the input generator says no: a type it cannot build values of, named as written,
// and where it sits inside the parameter (`_zod.constr`), so the reason can be acted on.

export class UnsupportedTypeError extends Error {
  readonly code = 'unsupported-type';

  constructor(
    /** The type as the source writes it (`Socket`, `WeakMap<object, string>`). */
    readonly typeText: string,
    /** Why, in a few words: `its constructor is private`. */
    readonly detail: string,
    /** The member path from the parameter's value down to the type (`_zod.constr`). */
    readonly path = '',
  ) {
    super(`cannot generate \`${typeText}\`${path ? ` at \`${path}\`` : ''}: ${detail}`);
    this.name = 'UnsupportedTypeError';
  }

  /** The same error with more said after the detail: `(parameter \`schema\`)`. */
  withDetail(more: string): UnsupportedTypeError {
    return new UnsupportedTypeError(this.typeText, `${this.detail} ${more}`, this.path);
  }
}
