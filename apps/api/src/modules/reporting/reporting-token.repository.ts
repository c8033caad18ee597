// Reporting tokens are sessions of kind REPORTING (like kiosk tokens): stored hashed, expiring,
// revocable. Their uses are kept in reporting_token_uses.
import { and, asc, count, desc, eq, gt, isNull, lt, lte, max, not, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { refusedTokenUses, reportingTokenUses, sessions } from '../../db/schema/index.js';

/** A token still working at `now`: not revoked, not expired. */
const live = (now: Date): SQL => and(isNull(sessions.revokedAt), gt(sessions.expiresAt, now)) as SQL;

export type ReportingTokenRow = typeof sessions.$inferSelect & { lastUsedAt: Date | null };

export class ReportingTokenRepository {
  constructor(private readonly db: Executor) {}

  async insert(values: { label: string; tokenHash: string; expiresAt: Date; createdAt: Date; createdById: string }): Promise<ReportingTokenRow> {
    const [row] = await this.db.insert(sessions).values({ kind: 'REPORTING', ...values }).returning();
    return { ...row, lastUsedAt: null };
  }

  /** Until commit, other tokens being made wait: the cap on live tokens holds under parallel calls. */
  async lockCreation() {
    await this.db.execute(sql`select pg_advisory_xact_lock(hashtextextended('reporting-token:create', 0))`);
  }

  async countLive(now: Date): Promise<number> {
    const [row] = await this.db.select({ n: count() }).from(sessions).where(and(eq(sessions.kind, 'REPORTING'), live(now)));
    return row.n;
  }

  /**
   * A page of reporting tokens: live ones (not revoked, not expired) first, then the others; newest first
   * within each. `active`: only live ones (true), only the others (false), all (null). Live means live at
   * `seenAt`, the instant of the list's first page: a token expiring or revoked while a client pages keeps
   * its place, so it is listed exactly once.
   */
  async page(seenAt: Date, active: boolean | null, limit: number, after: { rank: number; createdAt: string; id: string } | null): Promise<{ rows: ReportingTokenRow[]; ranks: number[]; total: number }> {
    const liveThen = and(or(isNull(sessions.revokedAt), gt(sessions.revokedAt, seenAt)), gt(sessions.expiresAt, seenAt)) as SQL;
    const lastUse = this.db
      .select({ sessionId: reportingTokenUses.sessionId, lastUsedAt: max(reportingTokenUses.at).as('last_used_at') })
      .from(reportingTokenUses)
      .where(eq(reportingTokenUses.refused, false))
      .groupBy(reportingTokenUses.sessionId)
      .as('last_use');
    const rank = sql<number>`(case when ${liveThen} then 0 else 1 end)::int`;
    // Tokens made after the first page are not in this listing (a new first page shows them).
    const filter = and(eq(sessions.kind, 'REPORTING'), lte(sessions.createdAt, seenAt), active === null ? undefined : active ? liveThen : not(liveThen));
    const keyset = after
      ? sql`(${rank} > ${after.rank} or (${rank} = ${after.rank} and (${sessions.createdAt} < ${after.createdAt}::timestamptz or (${sessions.createdAt} = ${after.createdAt}::timestamptz and ${sessions.id} > ${after.id}))))`
      : undefined;
    const [rows, [{ n }]] = await Promise.all([
      this.db
        .select({ session: sessions, lastUsedAt: lastUse.lastUsedAt, rank })
        .from(sessions)
        .leftJoin(lastUse, eq(lastUse.sessionId, sessions.id))
        .where(and(filter, keyset))
        .orderBy(asc(rank), desc(sessions.createdAt), asc(sessions.id))
        .limit(limit),
      this.db.select({ n: count() }).from(sessions).where(filter),
    ]);
    return { rows: rows.map((r) => ({ ...r.session, lastUsedAt: r.lastUsedAt ? new Date(r.lastUsedAt) : null })), ranks: rows.map((r) => r.rank), total: n };
  }

  async revoke(id: string, now: Date, byId: string): Promise<ReportingTokenRow | null> {
    const [row] = await this.db
      .update(sessions)
      .set({ revokedAt: now, revokedById: byId })
      .where(and(eq(sessions.id, id), eq(sessions.kind, 'REPORTING'), isNull(sessions.revokedAt)))
      .returning();
    return row ? { ...row, lastUsedAt: null } : null;
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
