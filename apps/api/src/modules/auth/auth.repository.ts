// Sessions and staff credentials.
import { and, desc, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { sessions, staff } from '../../db/schema/index.js';
import { preparedOnce } from '../../db/prepared.js';

/** NOTIFY channel carrying the ID of a revoked session: every API process closes its sockets. */
export const SESSIONS_CHANNEL = 'relais_sessions';

export class AuthRepository {
  constructor(private readonly db: Executor) {}

  findStaffByEmail(email: string) {
    return this.db.query.staff.findFirst({ where: sql`lower(${staff.email}) = lower(${email})` });
  }

  async createSession(values: typeof sessions.$inferInsert) {
    const [row] = await this.db.insert(sessions).values(values).returning();
    return row;
  }

  async findLiveSession(tokenHash: string, now: Date) {
    // Every request asks it: built once, one named statement.
    const query = preparedOnce(this.db, 'findLiveSession', () =>
      this.db
        .select({ session: sessions, role: staff.role, sectorId: staff.sectorId })
        .from(sessions)
        .leftJoin(staff, eq(staff.id, sessions.staffId))
        .where(and(eq(sessions.tokenHash, sql.placeholder('tokenHash')), isNull(sessions.revokedAt), gt(sessions.expiresAt, sql.placeholder('now'))))
        .limit(1)
        .prepare('findLiveSession'),
    );
    const rows = await query.execute({ tokenHash, now: now.toISOString() });
    return rows[0] ?? null;
  }

  async revoke(sessionId: string, now: Date) {
    await this.db.update(sessions).set({ revokedAt: now }).where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)));
  }

  /** Delivered after commit, to every process listening (this one included). */
  async announceRevoked(sessionId: string) {
    await this.db.execute(sql`select pg_notify(${SESSIONS_CHANNEL}, ${sessionId})`);
  }

  async liveSessionIds(ids: string[], now: Date): Promise<string[]> {
    if (!ids.length) return [];
    const rows = await this.db
      .select({ id: sessions.id })
      .from(sessions)
      .where(and(inArray(sessions.id, ids), isNull(sessions.revokedAt), gt(sessions.expiresAt, now)));
    return rows.map((r) => r.id);
  }

  async hasLiveKiosk(now: Date): Promise<boolean> {
    const rows = await this.db
      .select({ id: sessions.id })
      .from(sessions)
      .where(and(eq(sessions.kind, 'KIOSK'), isNull(sessions.revokedAt), gt(sessions.expiresAt, now)))
      .limit(1);
    return rows.length > 0;
  }

  kioskSessions() {
    return this.db.select().from(sessions).where(eq(sessions.kind, 'KIOSK')).orderBy(desc(sessions.createdAt)).limit(100);
  }

  async revokeKiosk(id: string, now: Date) {
    const [row] = await this.db
      .update(sessions)
      .set({ revokedAt: now })
      .where(and(eq(sessions.id, id), eq(sessions.kind, 'KIOSK'), isNull(sessions.revokedAt)))
      .returning();
    return row ?? null;
  }
}
