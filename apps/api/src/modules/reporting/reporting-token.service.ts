// Reporting tokens for direction's tools: made (shown once), listed, revoked; each use admitted
// against the token's own rate limit and recorded (the audit trail of what a tool read).
import { randomBytes } from 'node:crypto';
import type { UnitOfWork } from '../../db/unit-of-work.js';
import type { AuditTrail } from '../cases/index.js';
import { BadInput, RuleViolation, violation } from '../../shared/outcome.js';
import type { ReportingTokenRepository, ReportingTokenRow } from './reporting-token.repository.js';
import { liveTokenCapError, rateGate, REFUSED_TOKENS, REPORTING_TOKEN, reportingTokenError } from './reporting-token.rules.js';
import { afterKey, pageSize, toPage, type Page } from '../../shared/paging.js';

export type ReportingTokenRepositories = {
  tokens: Pick<ReportingTokenRepository, 'insert' | 'lockCreation' | 'countLive' | 'page' | 'revoke' | 'lock' | 'acceptedSince' | 'recordUse' | 'lockAddress' | 'refusedBetween' | 'recordRefused' | 'purgeRefusedBefore'>;
  /** Who made or revoked a token, in the audit trail direction reads (`auditEntries`). */
  audit: Pick<AuditTrail, 'recordChange'>;
  /** Auth's announcement of a revoked session, delivered after commit: every API process forgets it. */
  sessions: { announceRevoked: (sessionId: string) => Promise<void> };
};

const tokenChange = (actorId: string, tokenId: string, field: string, before: Record<string, unknown> | null, after: Record<string, unknown>, at: Date) =>
  ({ actorId, entity: 'ReportingToken', entityId: tokenId, caseFileId: null, entityVersion: null, field, before, after, at }) as const;

export type Admission = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export class ReportingTokenService {
  constructor(
    private readonly uow: UnitOfWork<ReportingTokenRepositories>,
    /** Auth's token hash (what its viewer lookup compares), handed in by the composition root. */
    private readonly hashToken: (token: string) => string,
    /** Auth's cache of live sessions: a revoked token stops working on this process at once (others hear the NOTIFY). */
    private readonly forgetSession: (sessionId: string) => void,
  ) {}

  /** `byId`: the direction member making it (recorded with the token and in the audit trail). */
  async create(label: string, expiresAt: Date, now: Date, byId: string): Promise<{ token: string; row: ReportingTokenRow }> {
    const err = reportingTokenError(label, expiresAt, now);
    if (err) throw new RuleViolation([err]);
    const token = randomBytes(32).toString('base64url');
    const row = await this.uow.run(async ({ tokens, audit }) => {
      await tokens.lockCreation();
      const capErr = liveTokenCapError(await tokens.countLive(now));
      if (capErr) throw new RuleViolation([capErr]);
      const made = await tokens.insert({ label: label.trim(), tokenHash: this.hashToken(token), expiresAt, createdAt: now, createdById: byId });
      await audit.recordChange(tokenChange(byId, made.id, 'created', null, { label: made.label, expiresAt: made.expiresAt.toISOString() }, now));
      return made;
    });
    return { token, row };
  }

  /**
   * Live tokens first (not revoked, not expired), then the others, newest first in each; `active` filters.
   * Whether a token is live is decided at the first page's instant, which the cursor carries: a token
   * expiring between two pages would otherwise move from the live ones to the others and be listed twice.
   */
  async list(now: Date, active: boolean | null, first: number | null | undefined, after: string | null | undefined): Promise<Page<ReportingTokenRow>> {
    const n = pageSize(first);
    const key = afterKey(after, 'reportingTokens', ['instant', 'position', 'instant', 'id']);
    const seenAt = key ? new Date(String(key[0])) : now;
    if (key && (Number.isNaN(seenAt.getTime()) || seenAt > now)) throw new BadInput('after', '`after` is not a cursor this list gave out');
    const { rows, ranks, total } = await this.uow.read.tokens.page(seenAt, active, n + 1, key ? { rank: Number(key[1]), createdAt: String(key[2]), id: String(key[3]) } : null);
    const ranked = rows.map((row, i) => ({ row, rank: ranks[i] }));
    return toPage(ranked, n, total, 'reportingTokens', (r) => [seenAt.toISOString(), r.rank, r.row.createdAt.toISOString(), r.row.id], (r) => r.row);
  }

  /** `byId`: the direction member revoking it (recorded with the token and in the audit trail). */
  async revoke(id: string, now: Date, byId: string): Promise<ReportingTokenRow> {
    const row = await this.uow.run(async ({ tokens, audit, sessions }) => {
      const revoked = await tokens.revoke(id, now, byId);
      if (!revoked) throw violation('id', 'UNKNOWN_REPORTING_TOKEN', 'No reporting token in force has this ID.');
      await audit.recordChange(tokenChange(byId, revoked.id, 'revokedAt', { revokedAt: null }, { revokedAt: now.toISOString() }, now));
      await sessions.announceRevoked(revoked.id);
      return revoked;
    });
    this.forgetSession(row.id);
    return row;
  }

  /** One use of a token: counted against its limit on every API process, and recorded either way. */
  admit(sessionId: string, what: string, now: Date): Promise<Admission> {
    return this.uow.run(async ({ tokens }) => {
      await tokens.lock(sessionId);
      const gate = rateGate(await tokens.acceptedSince(sessionId, new Date(now.getTime() - REPORTING_TOKEN.windowMs)), now);
      await tokens.recordUse(sessionId, what, !gate.allowed, now);
      return gate;
    });
  }

  /** A use refused for asking beyond the reports: recorded, not counted. */
  async refuse(sessionId: string, what: string, now: Date): Promise<void> {
    await this.uow.read.tokens.recordUse(sessionId, what, true, now);
  }

  /**
   * A request whose bearer token was refused (unknown, revoked, expired), from this client address:
   * counted on every API process; past REFUSED_TOKENS a minute the address waits. Throttled requests are
   * not counted, so the wait announced is the wait.
   */
  admitRefusedToken(address: string, now: Date): Promise<Admission> {
    return this.uow.run(async ({ tokens }) => {
      await tokens.lockAddress(address);
      const gate = rateGate(await tokens.refusedBetween(address, new Date(now.getTime() - REFUSED_TOKENS.windowMs), now), now, REFUSED_TOKENS);
      if (gate.allowed) {
        const id = await tokens.recordRefused(address, now);
        if (id % 100 === 0) await tokens.purgeRefusedBefore(new Date(now.getTime() - REFUSED_TOKENS.windowMs));
      }
      return gate;
    });
  }
}
