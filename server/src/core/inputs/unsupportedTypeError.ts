// The one way the input generator says no: a type it cannot build values of, named as written,
// and where it sits inside the parameter (`_zod.constr`), so the reason can be acted on.
// Printing a type can be slow (large anonymous types); an optional member that cannot be built is
// only left out, so the text is printed when someone reads it, not when the error is made.

type Text = string | (() => string);

export class UnsupportedTypeError extends Error {
  readonly code = 'unsupported-type';
  private text: Text;

  constructor(
    /** The type as the source writes it (`Socket`, `WeakMap<object, string>`), or how to print it. */
    typeText: Text,
    /** Why, in a few words: `its constructor is private`. */
    readonly detail: string,
    /** The member path from the parameter's value down to the type (`_zod.constr`). */
    readonly path = '',
  ) {
    super();
    this.name = 'UnsupportedTypeError';
    this.text = typeText;
    Object.defineProperty(this, 'message', {
      get: () => `cannot generate \`${this.typeText}\`${this.path ? ` at \`${this.path}\`` : ''}: ${this.detail}`,
      configurable: true,
      enumerable: false,
    });
  }

  /** The type as the source writes it. */
  get typeText(): string {
    if (typeof this.text === 'function') this.text = this.text();
    return this.text;
  }

  /** The same error with more said after the detail: `(parameter \`schema\`)`. */
  withDetail(more: string): UnsupportedTypeError {
    return new UnsupportedTypeError(() => this.typeText, `${this.detail} ${more}`, this.path);
  }
}
