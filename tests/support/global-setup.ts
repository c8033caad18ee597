// Gives every test file a PostgreSQL: DATABASE_URL when set (CI: the machine's server), otherwise
// one embedded cluster for the run. Each file then creates a database of its own (see database.ts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import './provided.js';
import { startEmbeddedPostgres } from '../../apps/api/src/db/embedded.js';

export default async function setup(project: TestProject) {
  if (process.env.DATABASE_URL) {
    project.provide('adminDatabaseUrl', process.env.DATABASE_URL);
    return;
  }
  const dir = path.join(os.tmpdir(), `relais-test-pg-${process.pid}`);
  const cluster = await startEmbeddedPostgres(dir, 55_000 + (process.pid % 5_000));
  project.provide('adminDatabaseUrl', cluster.url('postgres'));
  return async () => {
    await cluster.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  };
}
