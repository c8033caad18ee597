// One logger for the service. Identity numbers and tokens must never reach it (redacted paths).
import { pino } from 'pino';

export const logger = pino({
  level: process.env.LOG_LEVEL || (process.env.VITEST ? 'warn' : 'info'),
  redact: ['req.headers.authorization', 'token', 'password', '*.password', '*.token'],
});
export type Logger = typeof logger;
