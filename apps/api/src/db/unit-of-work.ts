// One unit of work: a use case gets the repositories it needs bound to one transaction, so
// everything it writes (and the events it publishes) commits or rolls back together.
//   await this.uow.run(({ team, outbox }) => …)
// Reads that need no transaction use `uow.read`. A service's tests replace the repositories with
// `fakeUnitOfWork(repos)` and exercise its branches without a database.
import type { Database, Executor, Tx } from './client.js';

export interface UnitOfWork<R> {
  /** Runs `work` in one transaction with the repositories bound to it. */
  run<T>(work: (repos: R, tx: Tx) => Promise<T>): Promise<T>;
  /** The repositories outside any transaction, for reads. */
  readonly read: R;
}

export function unitOfWork<R>(db: Database, repositories: (executor: Executor) => R): UnitOfWork<R> {
  return {
    run: (work) => db.transaction((tx) => work(repositories(tx), tx)),
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
