// Reads shared within one GraphQL query request: several resolvers of one query (the board's sector
// cards ask the sector's social worker, who to call now and who to call next) re-read the same rows
// (the teams, direction, the shift at an instant, the week's closing days). Inside a query they are
// read once; a mutation, a subscription or a job reads the database every time (a write in between
// would make a shared read stale).
//
// The scope is handed explicitly: a query request's context carries one `RequestReads` (made once the
// operation is known to be a query), resolvers and loaders pass it to the services, and these to the
// repositories. Without one (undefined), every read goes to the database. No AsyncLocalStorage: the one
// the process had turned on Node's promise hooks for every promise of every request (issue 14).

export class RequestReads {
  private readonly reads = new Map<string, Promise<unknown>>();

  /** `read()` once per key; arrays are handed out as copies. */
  shared<T>(key: string, read: () => PromiseLike<T>): Promise<T> {
    let made = this.reads.get(key) as Promise<T> | undefined;
    if (!made) {
      made = Promise.resolve(read());
      this.reads.set(key, made);
      made.catch(() => this.reads.delete(key));
    }
    return made.then(copy);
  }

  /** What an earlier `shared(key)` read (undefined if none was made), as a copy. */
  made<T>(key: string): Promise<T> | undefined {
    return (this.reads.get(key) as Promise<T> | undefined)?.then(copy);
  }

  /** Rows of `key` read by a wider statement: later reads of `key` use them. A read already made is kept. */
  offer<T>(key: string, value: T): void {
    if (!this.reads.has(key)) this.reads.set(key, Promise.resolve(value));
  }
}

// A copy, so a caller sorting or filtering in place does not change what the next caller gets.
const copy = <T>(value: T): T => (Array.isArray(value) ? ([...value] as T) : value);

/**
 * `read()` once per key within a query request's `reads` (every time without one). Arrays are handed
 * out as copies, so a caller sorting or filtering in place does not change what the next caller gets.
 */
export function sharedRead<T>(reads: RequestReads | undefined, key: string, read: () => PromiseLike<T>): Promise<T> {
  return reads ? reads.shared(key, read) : Promise.resolve(read());
}

/** What an earlier `sharedRead(reads, key)` of this query request read (undefined if none): a narrower read may filter it instead. */
export function madeRead<T>(reads: RequestReads | undefined, key: string): Promise<T> | undefined {
  return reads?.made<T>(key);
}

/**
 * A wider statement of this query request read the rows of `key` anyway: later `sharedRead(key)` and
 * `madeRead(key)` use them. A read already made for `key` is kept (nothing is read twice either way).
 */
export function offerRead<T>(reads: RequestReads | undefined, key: string, value: T): void {
  reads?.offer(key, value);
}
