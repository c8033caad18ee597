// The main job: database (DATABASE_URL or embedded), migrations, demo data, API + board on one port.
import 'reflect-metadata';
import { loadConfig } from './config.js';
import { resolveDatabaseUrl } from './db/resolve.js';
import { SHUTDOWN_GRACE_MS, startApp, traceStart } from './http/app.js';
import { logger } from './logger.js';
import { seedIfEmpty } from './seed/run.js';

const config = loadConfig();
const database = await resolveDatabaseUrl(config).catch((err: Error) => {
  // Said in a sentence (e.g. a checkout the embedded PostgreSQL cannot reach), not a stack trace.
  process.stderr.write(`Relais cannot start: ${err.message}\n`);
  process.exit(1);
});
const app = await startApp({ config, databaseUrl: database.url });
const demo = await seedIfEmpty(app.db, app.services, new Date());
traceStart(config, 'demo checked');

const lines = [
  '',
  `Relais is running: open ${app.url}/`,
  demo.kioskToken
    ? `Meeting-room screen (kiosk token, shown once): ${app.url}/?token=${demo.kioskToken}`
    : 'Meeting-room screen: a kiosk token is already in force. Direction makes another with kioskTokenCreate and revokes a lost one with kioskTokenRevoke.',
  `GraphQL: ${app.url}/graphql    health: ${app.url}/healthz`,
  '',
  `Demo logins (password "${demo.password}"):`,
  ...demo.logins.map((l) => `  ${l.role.padEnd(28)} ${l.email.padEnd(40)} ${l.fullName}`),
  '',
];
process.stdout.write(lines.filter((l, i) => l !== '' || i === 0 || lines[i - 1] !== '').join('\n') + '\n');

// The requests' grace, then a few seconds for the listeners and the pool (db/client.ts ends it within 5 s).
const SHUTDOWN_TIMEOUT_MS = SHUTDOWN_GRACE_MS + 10_000;
let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'shutting down');
  // A supervisor SIGKILLs a process that does not stop: exit ourselves first, saying what held us.
  setTimeout(() => {
    logger.error({ step: app.closing, open: process.getActiveResourcesInfo() }, 'shutdown overran; exiting anyway');
    process.exit(1);
  }, SHUTDOWN_TIMEOUT_MS).unref();
  try {
    await app.close();
    await database.stop();
  } catch (err) {
    logger.error({ err, step: app.closing }, 'shutdown failed');
    process.exit(1);
  }
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
