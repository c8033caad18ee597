// Applies drizzle/ migrations (at start, in tests, and by `db:migrate`: migrate.main.ts).
import path from 'node:path';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import { projectRoot } from '../config.js';
import type { Database } from './client.js';

const migrationsFolder = path.join(projectRoot, 'drizzle');

export async function runMigrations(db: Database): Promise<void> {
  await migrate(db, { migrationsFolder });
}
