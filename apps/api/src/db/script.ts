// The frame of a one-shot script (migrate, seed, planning:show): the database (DATABASE_URL or the
// embedded one), migrated, handed to `work`; closed and stopped however it ends; non-zero on failure.
import { loadConfig } from '../config.js';
import { logger } from '../logger.js';
import { connect, type Database } from './client.js';
import { runMigrations } from './migrate.js';
import { resolveDatabaseUrl } from './resolve.js';

export async function runScript(name: string, work: (db: Database) => Promise<void>): Promise<never> {
  let failed = false;
  let stop = async () => {};
  let close = async () => {};
  try {
    const resolved = await resolveDatabaseUrl(loadConfig());
    stop = resolved.stop;
    const handle = connect(resolved.url, { max: 1 });
    close = handle.close;
    await runMigrations(handle.db);
    await work(handle.db);
  } catch (err) {
    logger.error({ err }, `${name} failed`);
    failed = true;
  } finally {
    await close();
    await stop();
  }
  // Exit now: a pool or timer left open must not keep a finished script alive.
  process.exit(failed ? 1 : 0);
}
