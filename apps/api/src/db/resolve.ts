// DATABASE_URL when set; otherwise the embedded cluster under .data/, with a `relais` database.
import postgres from 'postgres';
import type { Config } from '../config.js';
import { startEmbeddedPostgres } from './embedded.js';

async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    const found = await admin`select 1 from pg_database where datname = ${name}`;
    if (found.length === 0) await admin.unsafe(`create database "${name.replace(/"/g, '""')}"`);
  } finally {
    await admin.end({ timeout: 5 });
  }
}

export async function resolveDatabaseUrl(config: Config): Promise<{ url: string; stop: () => Promise<void> }> {
  if (config.databaseUrl) return { url: config.databaseUrl, stop: async () => {} };
  const cluster = await startEmbeddedPostgres(config.embeddedDataDir, config.embeddedPort);
  await ensureDatabase(cluster.url('postgres'), 'relais');
  return { url: cluster.url('relais'), stop: cluster.stop };
}
