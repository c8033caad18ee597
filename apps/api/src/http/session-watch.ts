// Ends the WebSockets of sessions that end: at once on a revocation (NOTIFY from whichever API
// process revoked it), and within a sweep for expiry or a missed notification. The same notification
// drops the session from auth's cache of live sessions, which keeps nothing while nobody listens: the
// listener has its own connection so that its loss is seen at once (postgres.js's sql.listen tells
// only of a reconnection, and a revocation made before it would be missed for up to the cache's 30 s).
import postgres from 'postgres';
import type { WebSocket } from 'ws';
import { logger } from '../logger.js';
import { SESSIONS_CHANNEL, type AuthService } from '../modules/auth/index.js';

// graphql-ws's own code for "not authorised"; its client does not retry on it.
const SESSION_ENDED_CODE = 4401;
const SESSION_ENDED_REASON = 'Session ended: log in again';
/** Between attempts to LISTEN again while the database refuses the listener. */
const RELISTEN_DELAY_MS = 250;
/** How the listener's connection shows in pg_stat_activity. */
export const SESSION_WATCH_APPLICATION = 'relais-session-watch';

export class SessionWatch {
  private readonly sockets = new Map<string, Set<WebSocket>>();
  private timer: NodeJS.Timeout | null = null;
  private listener: postgres.Sql | null = null;
  private relistening: Promise<void> | null = null;
  private stopped = false;
  private sweeping: Promise<void> | null = null;

  constructor(
    private readonly sql: postgres.Sql,
    private readonly auth: AuthService,
    private readonly clock: () => Date,
    private readonly sweepMs = 2_000,
  ) {}

  async start(): Promise<void> {
    const options = this.sql.options;
    // As postgres.js builds its own listener (the server's options, one connection for good);
    // `onnotify` is the driver's, missing from its types.
    const onnotify = (channel: string, sessionId: string) => {
      if (channel !== SESSIONS_CHANNEL) return;
      this.auth.forgetSession(sessionId);
      this.end(sessionId);
    };
    this.listener = postgres({
      ...(options as unknown as postgres.Options<Record<string, postgres.PostgresType>>),
      max: 1,
      max_lifetime: null,
      fetch_types: false,
      connection: { ...options.connection, application_name: SESSION_WATCH_APPLICATION },
      // The moment the connection drops, not when it is back: revocations may be missed meanwhile.
      onclose: () => this.lost(),
      ...{ onnotify },
    });
    await this.listen();
    this.timer = setInterval(() => void this.sweep(), this.sweepMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.auth.sessionsListening(false);
    await this.listener?.end({ timeout: 1 });
    await this.relistening;
    await this.sweeping;
  }

  private async listen(): Promise<void> {
    const listener = this.listener!;
    await listener`listen ${listener(SESSIONS_CHANNEL)}`;
    this.auth.sessionsListening(true);
    void this.sweep();
  }

  private lost(): void {
    this.auth.sessionsListening(false);
    if (this.stopped || this.relistening) return;
    this.relistening = (async () => {
      for (let attempt = 0; !this.stopped; attempt++) {
        try {
          await this.listen();
          break;
        } catch (err) {
          if (this.stopped) break;
          if (attempt === 0) logger.warn({ err }, 'session revocation listener lost; sessions are looked up until it listens again');
          await new Promise((r) => setTimeout(r, RELISTEN_DELAY_MS));
        }
      }
      this.relistening = null;
    })();
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
