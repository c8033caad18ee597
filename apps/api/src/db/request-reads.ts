// Reads shared within one GraphQL query request: several resolvers of one query (the board's sector
// cards ask the sector's social worker, who to call now and who to call next) re-read the same rows
// (the teams, direction, the shift at an instant, the week's closing days). Inside a query they are
// read once; a mutation, a subscription or a job reads the database every time (a write in between
// would make a shared read stale).
import { AsyncLocalStorage } from 'node:async_hooks';

interface Scope {
  shared: boolean;
  reads: Map<string, Promise<unknown>>;
}

const scope = new AsyncLocalStorage<Scope>();

/** Runs one HTTP request's handling in a scope of its own; reads are shared once `shareReads()` is called in it. */
export function withRequestReads<T>(run: () => T): T {
  return scope.run({ shared: false, reads: new Map() }, run);
}

/** Called once the operation is known to be a query: from here, equal reads of this request are made once. */
export function shareReads(): void {
  const current = scope.getStore();
  if (current) current.shared = true;
}

/** Whether this is a query request's scope (a repository may then read wider once, and filter). */
export function inSharedReads(): boolean {
  return scope.getStore()?.shared === true;
}

/** What an earlier `sharedRead(key)` of this query request read (undefined if none was made): a narrower read may filter it instead. */
export function madeRead<T>(key: string): Promise<T> | undefined {
  const current = scope.getStore();
  if (!current?.shared) return undefined;
  const made = current.reads.get(key) as Promise<T> | undefined;
  // A copy, as sharedRead hands out: a caller filtering or sorting in place must not change the next one's.
  return made?.then((value) => (Array.isArray(value) ? ([...value] as T) : value));
}

/**
 * A wider statement of this query request read the rows of `key` anyway: later `sharedRead(key)` and
 * `madeRead(key)` use them. A read already made for `key` is kept (nothing is read twice either way).
 */
export function offerRead<T>(key: string, value: T): void {
  const current = scope.getStore();
  if (!current?.shared || current.reads.has(key)) return;
  current.reads.set(key, Promise.resolve(value));
}

/**
 * `read()` once per key within a query request (every time elsewhere). Arrays are handed out as
 * copies, so a caller sorting or filtering in place does not change what the next caller gets.
 */
export function sharedRead<T>(key: string, read: () => PromiseLike<T>): Promise<T> {
  const current = scope.getStore();
  if (!current?.shared) return Promise.resolve(read());
  let made = current.reads.get(key) as Promise<T> | undefined;
  if (!made) {
    made = Promise.resolve(read());
    current.reads.set(key, made);
    made.catch(() => current.reads.delete(key));
  }
  return made.then((value) => (Array.isArray(value) ? ([...value] as T) : value));
}
