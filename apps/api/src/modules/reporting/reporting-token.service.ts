// Reporting tokens for direction's tools: made (shown once), listed, revoked; each use admitted
// against the token's own rate limit and recorded (the audit trail of what a tool read).
import { randomBytes } from 'node:crypto';
import type { UnitOfWork } from '../../db/unit-of-work.js';
import { RuleViolation, violation } from '../../shared/outcome.js';
import type { ReportingTokenRepository, ReportingTokenRow } from './reporting-token.repository.js';
import { rateGate, REFUSED_TOKENS, REPORTING_TOKEN, reportingTokenError } from './reporting-token.rules.js';

export type ReportingTokenRepositories = { tokens: Pick<ReportingTokenRepository, 'insert' | 'list' | 'revoke' | 'lock' | 'acceptedSince' | 'recordUse' | 'lockAddress' | 'refusedBetween' | 'recordRefused' | 'purgeRefusedBefore'> };

export type Admission = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export class ReportingTokenService {
  constructor(
    private readonly uow: UnitOfWork<ReportingTokenRepositories>,
    /** Auth's token hash (what its viewer lookup compares), handed in by the composition root. */
    private readonly hashToken: (token: string) => string,
    /** Auth's cache of live sessions: a revoked token stops working on this process at once (others hear the NOTIFY). */
    private readonly forgetSession: (sessionId: string) => void,
  ) {}

  async create(label: string, expiresAt: Date, now: Date): Promise<{ token: string; row: ReportingTokenRow }> {
    const err = reportingTokenError(label, expiresAt, now);
    if (err) throw new RuleViolation([err]);
    const token = randomBytes(32).toString('base64url');
    const row = await this.uow.run(({ tokens }) => tokens.insert({ label: label.trim(), tokenHash: this.hashToken(token), expiresAt, createdAt: now }));
    return { token, row };
  }

  list(): Promise<ReportingTokenRow[]> {
    return this.uow.read.tokens.list();
  }

  async revoke(id: string, now: Date): Promise<ReportingTokenRow> {
    const row = await this.uow.run(async ({ tokens }) => {
      const revoked = await tokens.revoke(id, now);
      if (!revoked) throw violation('id', 'UNKNOWN_REPORTING_TOKEN', 'No reporting token in force has this ID.');
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
