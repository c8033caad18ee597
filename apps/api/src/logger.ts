// One logger for the service. Identity numbers, health notes and tokens must never reach it: errors
// go through a serializer that drops SQL statements and their parameters, and known paths are redacted.
import { pino } from 'pino';
import { serializeError } from './db/errors.js';

export const logger = pino({
  level: process.env.LOG_LEVEL || (process.env.VITEST ? 'warn' : 'info'),
  serializers: { err: serializeError, error: serializeError },
  redact: {
    paths: [
      'req.headers.authorization',
      'token',
      'password',
      '*.password',
      '*.token',
      // Belt and braces: whatever is logged, these never go out.
      'query',
      'params',
      'parameters',
      '*.query',
      '*.params',
      '*.parameters',
      '*.variables',
      'variables',
      '*.nationalRegisterNumber',
      '*.healthNotes',
      '*.monthlyIncome',
    ],
    censor: '[redacted]',
  },
});
