// The one place that reads and validates the environment.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CompileOn } from './graphql/compiled-queries.js';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  production: boolean;
  /** Folder of the embedded PostgreSQL used when DATABASE_URL is not set. */
  embeddedDataDir: string;
  embeddedPort: number;
  /** Origins allowed to open the WebSocket (besides the server's own). */
  allowedOrigins: string[];
  sessionHours: number;
  publicUrl: string | undefined;
  /** Conflict engine: the speed helpers travel between homes (km/h, straight line). */
  travelSpeedKmh: number;
  /**
   * Express's `trust proxy` (TRUST_PROXY: `true`, a hop count, or addresses/subnets such as
   * `loopback, 10.0.0.0/8`). Unset: X-Forwarded-For is ignored, so a client cannot pick the
   * address login throttling counts it under.
   */
  trustProxy: boolean | number | string;
  /**
   * RELAIS_TRUSTED_DOCUMENTS_ONLY (`1`/`0`; on by default in production): kiosk tokens and sessions
   * opened by the board's login run the board's persisted documents only (graphql/trusted-documents.ts).
   */
  trustedDocumentsOnly: boolean;
  /**
   * RELAIS_COMPILE_QUERIES (`second`, `first`, `never`): when a query document sent over HTTP is
   * compiled by graphql-jit (graphql/compiled-queries.ts). When seen a second time by default; at once
   * under test, so the suites run the compiled code; `never` runs graphql's own execute.
   */
  compileQueries: CompileOn;
  /** RELAIS_START_TRACE=1: each step of the start, in ms since the process began, on stderr (bench:start). */
  traceStart: boolean;
}

function trustProxyFrom(raw: string | undefined): boolean | number | string {
  if (raw === undefined || raw === '' || raw === 'false') return false;
  if (raw === 'true') return true;
  return /^\d+$/.test(raw) ? Number(raw) : raw;
}

function compileOnFrom(raw: string | undefined, test: boolean): CompileOn {
  if (raw === undefined || raw === '') return test ? 'first sight' : 'second sight';
  if (raw === 'first' || raw === 'second') return `${raw} sight`;
  if (raw === 'never') return raw;
  throw new Error(`RELAIS_COMPILE_QUERIES must be first, second or never, got "${raw}"`);
}

function intFrom(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`${name} must be an integer from 0 to 65535, got "${raw}"`);
  return n;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: intFrom('PORT', env.PORT, 4000),
    host: env.HOST || '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    production: env.NODE_ENV === 'production',
    embeddedDataDir: env.RELAIS_PG_DIR || path.join(projectRoot, '.data', 'pg'),
    embeddedPort: intFrom('RELAIS_PG_PORT', env.RELAIS_PG_PORT, 54329),
    allowedOrigins: (env.ALLOWED_ORIGINS ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    sessionHours: intFrom('SESSION_HOURS', env.SESSION_HOURS, 12),
    publicUrl: env.PUBLIC_URL || undefined,
    travelSpeedKmh: intFrom('SCHEDULE_TRAVEL_KMH', env.SCHEDULE_TRAVEL_KMH, 20) || 20,
    trustProxy: trustProxyFrom(env.TRUST_PROXY),
    trustedDocumentsOnly: env.RELAIS_TRUSTED_DOCUMENTS_ONLY ? env.RELAIS_TRUSTED_DOCUMENTS_ONLY === '1' : env.NODE_ENV === 'production',
    traceStart: env.RELAIS_START_TRACE === '1',
    compileQueries: compileOnFrom(env.RELAIS_COMPILE_QUERIES, env.NODE_ENV === 'test'),
  };
}
