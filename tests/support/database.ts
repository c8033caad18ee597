// A fresh, migrated database per test file, dropped afterwards, so files can run in parallel.
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { inject } from 'vitest';
import './provided.js';
import { connect, type DatabaseHandle } from '../../apps/api/src/db/client.js';
import { runMigrations } from '../../apps/api/src/db/migrate.js';

export interface TestDatabase extends DatabaseHandle {
  url: string;
  drop: () => Promise<void>;
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = inject('adminDatabaseUrl');
  const name = `relais_t_${randomBytes(6).toString('hex')}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  const url = withDatabase(adminUrl, name);
  const handle = connect(url, { max: 5 });
  await runMigrations(handle.db);
  return {
    ...handle,
    url,
    drop: async () => {
      await handle.close();
      const a = postgres(adminUrl, { max: 1, onnotice: () => {} });
      await a.unsafe(`drop database if exists ${name} with (force)`);
      await a.end();
    },
  };
}
