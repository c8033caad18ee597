// One unit of work: a use case gets the repositories it needs bound to one transaction, so
// everything it writes (and the events it publishes) commits or rolls back together.
//   await this.uow.run(({ team, outbox }) => …)
// Reads that need no transaction use `uow.read`. A service's tests replace the repositories with
// `fakeUnitOfWork(repos)` and exercise its branches without a database.
import type { Database, Executor, Tx } from './client.js';
import { databaseCause } from './errors.js';

export interface UnitOfWork<R> {
  /** Runs `work` in one transaction with the repositories bound to it. */
  run<T>(work: (repos: R, tx: Tx) => Promise<T>): Promise<T>;
  /** The repositories outside any transaction, for reads. */
  readonly read: R;
}

// PostgreSQL ends one of two transactions that wait on each other (deadlock, 40P01; serialization
// failure, 40001) so the other can go on: nothing of it was kept, and run again it sees what the other
// committed (20 shifts created at once over one span deadlocked on the overlap constraint and answered
// a 500 instead of SHIFT_OVERLAP). A few attempts, a little apart.
const RETRIED = new Set(['40P01', '40001']);
const ATTEMPTS = 4;

export function unitOfWork<R>(db: Database, repositories: (executor: Executor) => R): UnitOfWork<R> {
  return {
    run: async (work) => {
      for (let attempt = 1; ; attempt++) {
        try {
          return await db.transaction((tx) => work(repositories(tx), tx));
        } catch (err) {
          if (attempt >= ATTEMPTS || !RETRIED.has(databaseCause(err)?.code ?? '')) throw err;
          await new Promise((r) => setTimeout(r, attempt * 5 + Math.random() * 10));
        }
      }
    },
    read: repositories(db),
  };
}

/** A unit of work over given repositories, for a service's fast tests (no database, no transaction). */
export function fakeUnitOfWork<R>(repos: R): UnitOfWork<R> {
  return {
    run: (work) => work(repos, undefined as unknown as Tx),
    read: repos,
  };
}
