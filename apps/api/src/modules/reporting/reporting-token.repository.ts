// Reporting tokens are sessions of kind REPORTING (like kiosk tokens): stored hashed, expiring,
// revocable. Their uses are kept in reporting_token_uses.
import { and, asc, desc, eq, gt, isNull, lt, lte, max, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { refusedTokenUses, reportingTokenUses, sessions } from '../../db/schema/index.js';

export type ReportingTokenRow = typeof sessions.$inferSelect & { lastUsedAt: Date | null };

export class ReportingTokenRepository {
  constructor(
    private readonly db: Executor,
    /** The NOTIFY channel on which auth's session watch learns of a revoked session. */
    private readonly revokedChannel: string,
  ) {}

  async insert(values: { label: string; tokenHash: string; expiresAt: Date; createdAt: Date }): Promise<ReportingTokenRow> {
    const [row] = await this.db.insert(sessions).values({ kind: 'REPORTING', ...values }).returning();
    return { ...row, lastUsedAt: null };
  }

  /** The last 100 reporting tokens, newest first, with their last accepted use. */
  async list(): Promise<ReportingTokenRow[]> {
    const lastUse = this.db
      .select({ sessionId: reportingTokenUses.sessionId, lastUsedAt: max(reportingTokenUses.at).as('last_used_at') })
      .from(reportingTokenUses)
      .where(eq(reportingTokenUses.refused, false))
      .groupBy(reportingTokenUses.sessionId)
      .as('last_use');
    const rows = await this.db
      .select({ session: sessions, lastUsedAt: lastUse.lastUsedAt })
      .from(sessions)
      .leftJoin(lastUse, eq(lastUse.sessionId, sessions.id))
      .where(eq(sessions.kind, 'REPORTING'))
      .orderBy(desc(sessions.createdAt), asc(sessions.id))
      .limit(100);
    return rows.map((r) => ({ ...r.session, lastUsedAt: r.lastUsedAt ? new Date(r.lastUsedAt) : null }));
  }

  async revoke(id: string, now: Date): Promise<ReportingTokenRow | null> {
    const [row] = await this.db
      .update(sessions)
      .set({ revokedAt: now })
      .where(and(eq(sessions.id, id), eq(sessions.kind, 'REPORTING'), isNull(sessions.revokedAt)))
      .returning();
    if (!row) return null;
    // Delivered after commit: every API process forgets the session (auth's session watch).
    await this.db.execute(sql`select pg_notify(${this.revokedChannel}, ${row.id})`);
    return { ...row, lastUsedAt: null };
  }

  /** Until commit, other uses of this token wait: parallel calls are counted one by one. */
  async lock(sessionId: string) {
    await this.db.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`reporting-token:${sessionId}`}, 0))`);
  }

  async acceptedSince(sessionId: string, since: Date): Promise<Date[]> {
    const rows = await this.db
      .select({ at: reportingTokenUses.at })
      .from(reportingTokenUses)
      .where(and(eq(reportingTokenUses.sessionId, sessionId), eq(reportingTokenUses.refused, false), gt(reportingTokenUses.at, since)))
      .orderBy(asc(reportingTokenUses.at));
    return rows.map((r) => r.at);
  }

  async recordUse(sessionId: string, what: string, refused: boolean, at: Date) {
    await this.db.insert(reportingTokenUses).values({ sessionId, what: what.slice(0, 500), refused, at });
  }

  /** Until commit, other refused tokens from this address wait: parallel guesses are counted one by one. */
  async lockAddress(address: string) {
    await this.db.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`refused-token:${address}`}, 0))`);
  }

  /** Refused tokens from this address after `since` and up to `until`. */
  async refusedBetween(address: string, since: Date, until: Date): Promise<Date[]> {
    const rows = await this.db
      .select({ at: refusedTokenUses.at })
      .from(refusedTokenUses)
      .where(and(eq(refusedTokenUses.address, address), gt(refusedTokenUses.at, since), lte(refusedTokenUses.at, until)))
      .orderBy(asc(refusedTokenUses.at));
    return rows.map((r) => r.at);
  }

  async recordRefused(address: string, at: Date): Promise<number> {
    const [row] = await this.db.insert(refusedTokenUses).values({ address: address.slice(0, 100), at }).returning({ id: refusedTokenUses.id });
    return row.id;
  }

  /** Refused tokens older than the window are of no use any more. */
  async purgeRefusedBefore(before: Date) {
    await this.db.delete(refusedTokenUses).where(lt(refusedTokenUses.at, before));
  }
}
