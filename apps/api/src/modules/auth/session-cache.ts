// Live sessions recognised without a query (issue 14: every operation of the board paid one). A
// token's viewer is kept only while this process LISTENs for revocations (http/session-watch.ts):
// a revocation drops it at once (this process's own after commit, another's by NOTIFY), expiry is
// checked on every use, and nothing is kept longer than MAX_AGE_MS in case a notification was lost
// while the listener reconnected (a reconnection forgets everything too).
import type { Viewer } from '../../shared/viewer.js';

const MAX_ENTRIES = 10_000;
const MAX_AGE_MS = 30_000;

interface Entry {
  viewer: Viewer;
  expiresAt: number;
  keptAt: number;
}

export class SessionCache {
  /** By token hash. */
  private readonly entries = new Map<string, Entry>();
  private listening = false;
  /** Moves on every forget: a lookup that started before a revocation must not keep what it read. */
  private epoch = 0;

  constructor(private readonly monotonic: () => number = () => performance.now()) {}

  /** The viewer of a live session seen lately, or undefined: then the database is asked. */
  get(tokenHash: string, now: Date): Viewer | undefined {
    const entry = this.entries.get(tokenHash);
    if (!entry) return undefined;
    if (entry.expiresAt <= now.getTime() || this.monotonic() - entry.keptAt > MAX_AGE_MS) {
      this.entries.delete(tokenHash);
      return undefined;
    }
    return entry.viewer;
  }

  /** Taken before the database is asked; `keep` then stores nothing if a session was forgotten meanwhile. */
  mark(): number {
    return this.epoch;
  }

  keep(tokenHash: string, viewer: Viewer, expiresAt: Date, mark: number): void {
    if (!this.listening || mark !== this.epoch) return;
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(tokenHash, { viewer: Object.freeze(viewer), expiresAt: expiresAt.getTime(), keptAt: this.monotonic() });
  }

  /** A session was revoked (here, or announced by any process). */
  forget(sessionId: string): void {
    this.epoch++;
    for (const [hash, entry] of this.entries) if (entry.viewer.sessionId === sessionId) this.entries.delete(hash);
  }

  /** Whether revocations reach this process now: on each (re)connection of the listener, and off when it stops. */
  setListening(listening: boolean): void {
    this.epoch++;
    this.entries.clear();
    this.listening = listening;
  }
}
