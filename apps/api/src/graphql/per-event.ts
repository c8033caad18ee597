// Every screen subscribed to a topic receives the same event. On this process its subscribers share
// the reads made for it (loaders, a row), for a moment, so a change costs one read instead of one
// per subscriber (5,000 kiosks made 5,000 identical queries). Rows only: what each viewer may see
// is still decided per subscriber by the field resolvers.
const SHARED_MS = 2_000;
const KEPT = 256;

interface Entry {
  at: number;
  value: unknown;
}

const byOwner = new WeakMap<object, Map<string, Entry>>();

/**
 * What `make` gives for event `position` (and `key`, when one event needs several reads), made for
 * the first subscriber and reused by the others; `owner` is the process's services (a test may run
 * two APIs in one process). A subscriber resuming from an old cursor after SHARED_MS reads the
 * database as it is then.
 */
export function perEvent<T>(owner: object, position: number, key: string, make: () => T, now = Date.now()): T {
  let entries = byOwner.get(owner);
  if (!entries) byOwner.set(owner, (entries = new Map()));
  const id = `${position}:${key}`;
  const entry = entries.get(id);
  if (entry && now - entry.at <= SHARED_MS) return entry.value as T;
  const made = make();
  // A query builder runs again at each `then`: settle it once, so every subscriber awaits one run.
  const value = isThenable(made) ? (Promise.resolve(made) as T) : made;
  entries.delete(id);
  entries.set(id, { at: now, value });
  if (entries.size > KEPT) entries.delete(entries.keys().next().value as string);
  return value;
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}
