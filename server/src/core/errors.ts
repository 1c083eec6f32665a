// Errors the engine raises on purpose. Each has a stable `code`; the CLI maps them to exit code 2
// and a one-line message, the language server to a ResponseError.

export type VouchErrorCode =
  | 'NOT_A_GIT_REPOSITORY'
  | 'UNKNOWN_REF'
  | 'GIT_UNAVAILABLE'
  | 'NO_TYPESCRIPT_FILES'
  | 'TSCONFIG_UNREADABLE'
  | 'PATH_NOT_FOUND'
  | 'RUNNER_FAILED'
  | 'CANCELLED'
  | 'INVALID_OPTION';

export class VouchError extends Error {
  override readonly name = 'VouchError';
  constructor(
    readonly code: VouchErrorCode,
    message: string,
    readonly hint?: string,
  ) {
    super(message);
  }
}

export class CancelledError extends VouchError {
  constructor(what = 'verification') {
    super('CANCELLED', `${what} was cancelled`);
  }
}

export function isVouchError(error: unknown): error is VouchError {
  return error instanceof VouchError;
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new CancelledError();
}
