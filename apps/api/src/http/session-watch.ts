// Ends the WebSockets of sessions that end: at once on a revocation (NOTIFY from whichever API
// process revoked it), and within a sweep for expiry or a missed notification. The same notification
// drops the session from auth's cache of live sessions, which keeps nothing while nobody listens.
import type postgres from 'postgres';
import type { WebSocket } from 'ws';
import { logger } from '../logger.js';
import { SESSIONS_CHANNEL, type AuthService } from '../modules/auth/index.js';

// graphql-ws's own code for "not authorised"; its client does not retry on it.
const SESSION_ENDED_CODE = 4401;
const SESSION_ENDED_REASON = 'Session ended: log in again';

export class SessionWatch {
  private readonly sockets = new Map<string, Set<WebSocket>>();
  private timer: NodeJS.Timeout | null = null;
  private unlisten: (() => Promise<void>) | null = null;
  private sweeping: Promise<void> | null = null;

  constructor(
    private readonly sql: postgres.Sql,
    private readonly auth: AuthService,
    private readonly clock: () => Date,
    private readonly sweepMs = 2_000,
  ) {}

  async start(): Promise<void> {
    const sub = await this.sql.listen(
      SESSIONS_CHANNEL,
      (sessionId) => {
        this.auth.forgetSession(sessionId);
        this.end(sessionId);
      },
      // On every (re)connection of the listener: revocations may have been missed meanwhile.
      () => {
        this.auth.sessionsListening(true);
        void this.sweep();
      },
    );
    this.unlisten = sub.unlisten;
    this.timer = setInterval(() => void this.sweep(), this.sweepMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.auth.sessionsListening(false);
    await this.unlisten?.();
    await this.sweeping;
  }

  watch(sessionId: string, socket: WebSocket): void {
    let set = this.sockets.get(sessionId);
    if (!set) this.sockets.set(sessionId, (set = new Set()));
    set.add(socket);
  }

  unwatch(sessionId: string, socket: WebSocket): void {
    const set = this.sockets.get(sessionId);
    set?.delete(socket);
    if (set && !set.size) this.sockets.delete(sessionId);
  }

  private end(sessionId: string): void {
    const set = this.sockets.get(sessionId);
    if (!set) return;
    this.sockets.delete(sessionId);
    for (const socket of set) socket.close(SESSION_ENDED_CODE, SESSION_ENDED_REASON);
    logger.info({ sessionId, sockets: set.size }, 'session ended: its WebSockets closed');
  }

  /** One query for every watched session: those no longer live (expired, revoked) lose their sockets. */
  sweep(): Promise<void> {
    if (this.sweeping || !this.sockets.size) return this.sweeping ?? Promise.resolve();
    this.sweeping = (async () => {
      try {
        const ids = [...this.sockets.keys()];
        const live = new Set(await this.auth.liveSessionIds(ids, this.clock()));
        for (const id of ids) if (!live.has(id)) this.end(id);
      } catch (err) {
        logger.warn({ err }, 'session sweep failed; will retry');
      } finally {
        this.sweeping = null;
      }
    })();
    return this.sweeping;
  }
}
