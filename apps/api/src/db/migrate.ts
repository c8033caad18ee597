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
  const { url, stop } = await resolveDatabaseUrl(config);
  const handle = connect(url, { max: 1 });
  try {
    await runMigrations(handle.db);
    logger.info('migrations applied');
  } catch (err) {
    logger.error({ err }, 'migration failed');
    process.exitCode = 1;
  } finally {
    await handle.close();
    await stop();
  }
}
