// `pnpm db:migrate`: applies the migrations to DATABASE_URL (or the embedded database); non-zero on failure.
import { logger } from '../logger.js';
import { runScript } from './script.js';

await runScript('migration', async () => logger.info('migrations applied'));
