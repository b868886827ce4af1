/**
 * Typed errors with a stable `name` and `code`. The CLI maps UsageError to exit code 2;
 * tests check `code`, never the message text.
 */
export type ErrorCode =
  | 'INVALID_ID'
  | 'INVALID_OPTION'
  | 'FILE_NOT_FOUND'
  | 'FILE_UNWRITABLE'
  | 'BAD_SNAPSHOT'
  | 'BAD_SAVED_GRAPH'
  | 'BAD_RESPONSE'
  | 'FETCH_FAILED'
  | 'NOT_A_PERSON'
  | 'MISSING_ENTITY'
  | 'OFFLINE_MISS'
  | 'STORE_ERROR'
  | 'GRAPH_TOO_LARGE';

export class WdkinError extends Error {
  override name = 'WdkinError';
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

/** Bad input from the user (ids, options, files): exit code 2, one line, no stack. */
export class UsageError extends WdkinError {
  override name = 'UsageError';
}

export class InvalidIdError extends UsageError {
  override name = 'InvalidIdError';
  constructor(message: string) {
    super('INVALID_ID', message);
  }
}

/** A response from the Wikibase API that failed a shape or size check. */
export class BadResponseError extends WdkinError {
  override name = 'BadResponseError';
  constructor(message: string, options?: { cause?: unknown }) {
    super('BAD_RESPONSE', message, options);
  }
}

export function isUsageError(error: unknown): error is UsageError {
  return error instanceof UsageError;
}
