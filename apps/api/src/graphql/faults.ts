// The one place a resolver's error becomes what the client reads: a broken rule or a database
// refusal of the input is BAD_USER_INPUT naming the field; any other fault is logged without
// statements or parameters and answered without them (a bare message in production).
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { databaseCause, faultyField, safeMessage } from '../db/errors.js';
import { logger } from '../logger.js';
import { BadInput, Forbidden, RuleViolation } from '../shared/outcome.js';

// PostgreSQL data errors caused by what the client sent, and how to say so.
const INPUT_ERRORS: Record<string, [string, string]> = {
  '22021': ['BAD_CHARACTER', 'contains a character that cannot be stored (e.g. a NUL byte)'],
  '22P05': ['BAD_CHARACTER', 'contains a character that cannot be stored (e.g. a NUL byte)'],
  '22003': ['OUT_OF_RANGE', 'is out of the range that can be stored'],
  '22001': ['TOO_LONG', 'is longer than can be stored'],
  '22P02': ['BAD_FORMAT', 'is not in the expected format'],
  '22007': ['BAD_FORMAT', 'is not a valid date or time'],
  '22008': ['OUT_OF_RANGE', 'is a date or time out of range'],
  '23502': ['REQUIRED', 'is required'],
  '23514': ['INVALID_VALUE', 'breaks a rule of the stored data'],
};

type Formatted = GraphQLFormattedError;

export function formatFault(formatted: Formatted, error: unknown, production: boolean): Formatted {
  const err = unwrapResolverError(error);
  if (err instanceof RuleViolation) {
    // A rule broken on a path without a payload (a query): the client's input, not a fault.
    const [first] = err.errors;
    return { message: err.message, path: formatted.path, extensions: { code: 'BAD_USER_INPUT', field: first?.field.at(-1), reason: first?.code } };
  }
  if (err instanceof BadInput) {
    return { message: err.message, path: formatted.path, extensions: { code: 'BAD_USER_INPUT', field: err.field, ...(err.reason ? { reason: err.reason } : {}) } };
  }
  if (err instanceof Forbidden) return { message: err.message, path: formatted.path, extensions: { code: 'FORBIDDEN', ...(err.field ? { field: err.field } : {}) } };
  const db = databaseCause(err);
  const known = db && INPUT_ERRORS[db.code];
  if (known) {
    const field = faultyField(err);
    logger.warn({ err }, 'input refused by the database');
    return {
      message: `${field ? `\`${field}\`` : 'A value'} ${known[1]}.`,
      path: formatted.path,
      extensions: { code: 'BAD_USER_INPUT', ...(field ? { field } : {}), reason: known[0] },
    };
  }
  logger.error({ err }, 'graphql fault');
  if (production) return { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  return { ...formatted, message: safeMessage(err) };
}
