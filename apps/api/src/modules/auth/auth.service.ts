// Logging in, recognising a token, logging out, and kiosk tokens for the meeting-room screen.
import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import type { UnitOfWork } from '../../db/unit-of-work.js';
import { RuleViolation, violation } from '../../shared/outcome.js';
import { logger } from '../../logger.js';
import type { AuthRepository } from './auth.repository.js';
import type { LoginThrottleRepository } from './login-throttle.repository.js';
import type { SessionCache } from './session-cache.js';
import { LOGIN_THROTTLE, loginGate } from './login-throttle.rules.js';
import type { Viewer } from './viewer.js';

const KIOSK_DAYS = 365;
// Verified against when the email is unknown, so timing does not tell which emails exist.
const decoyHash = hash('decoy-password-never-matches');

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/** Too many attempts: refused before the password is even checked, with the wait before the next one. */
export class LoginThrottled extends RuleViolation {
  constructor(public readonly retryAfterSeconds: number) {
    super([{ field: ['input', 'email'], code: 'TOO_MANY_ATTEMPTS', message: `Too many login attempts: try again in ${retryAfterSeconds} s.` }]);
  }
}

// Longer than every throttle window.
const KEEP_ATTEMPTS_MS = 2 * 86_400_000;
const UNKNOWN_KIOSK_TOKEN = 'No kiosk token in force has this ID.';

export type AuthRepositories = { auth: AuthRepository; attempts: LoginThrottleRepository };

export class AuthService {
  constructor(
    private readonly uow: UnitOfWork<AuthRepositories>,
    private readonly sessionHours: number,
    /** Live sessions seen lately (session-cache.ts): forgotten here after each revocation's commit. */
    private readonly sessions: SessionCache,
  ) {}

  /** Counts the attempt before the password is checked (so parallel guesses count), or refuses it. */
  private async admit(account: string, address: string, now: Date): Promise<number> {
    const t = LOGIN_THROTTLE;
    const gate = await this.uow.run(async ({ attempts }) => {
      await attempts.lock(account, address);
      const history = await attempts.history(account, address, now, { pair: t.pairWindowMs, account: t.accountWindowMs, address: t.addressWindowMs });
      const decision = loginGate(history, now);
      const id = await attempts.record(account, address, decision.allowed ? 'PENDING' : 'REFUSED', now);
      return { decision, id };
    });
    if (gate.decision.allowed) return gate.id;
    logger.warn({ account: account.slice(0, 100), address, scope: gate.decision.scope, retryAfterSeconds: gate.decision.retryAfterSeconds }, 'login refused: too many attempts');
    throw new LoginThrottled(gate.decision.retryAfterSeconds);
  }

  /** `board`: the login came through the board's own persisted document (the session is the board's). */
  async login(email: string, password: string, now: Date, address = 'unknown', board = false) {
    const account = email.trim().toLowerCase().slice(0, 320);
    const attempt = await this.admit(account, address, now);
    const { auth, attempts } = this.uow.read;
    const person = await auth.findStaffByEmail(email.trim());
    const ok = await verify(person?.passwordHash ?? (await decoyHash), password);
    await attempts.settle(attempt, person?.passwordHash && ok ? 'SUCCEEDED' : 'FAILED');
    // Now and then, forget attempts older than every window.
    if (attempt % 100 === 0) await attempts.purgeBefore(new Date(now.getTime() - KEEP_ATTEMPTS_MS));
    if (!person?.passwordHash || !ok) throw violation('password', 'INVALID_CREDENTIALS', 'Unknown email or wrong password.');
    const token = newToken();
    const expiresAt = new Date(now.getTime() + this.sessionHours * 3600_000);
    await auth.createSession({ kind: 'STAFF', staffId: person.id, tokenHash: hashToken(token), expiresAt, board });
    return { token, expiresAt, staffId: person.id };
  }

  async createKioskToken(label: string, now: Date) {
    if (!label.trim()) throw violation('label', 'REQUIRED', 'A kiosk token needs a label saying which screen it is for.');
    const token = newToken();
    const expiresAt = new Date(now.getTime() + KIOSK_DAYS * 86400_000);
    const session = await this.uow.read.auth.createSession({ kind: 'KIOSK', label: label.trim(), tokenHash: hashToken(token), expiresAt });
    return { token, expiresAt, sessionId: session.id };
  }

  async viewerFor(token: string | null | undefined, now: Date): Promise<Viewer | null> {
    if (!token) return null;
    const tokenHash = hashToken(token);
    const cached = this.sessions.get(tokenHash, now);
    if (cached) return cached;
    const mark = this.sessions.mark();
    const found = await this.uow.read.auth.findLiveSession(tokenHash, now);
    if (!found) return null;
    const viewer = toViewer(found);
    if (viewer) this.sessions.keep(tokenHash, viewer, found.session.expiresAt, mark);
    return viewer;
  }

  /** A session revoked here or announced by another process: its token is looked up again next time. */
  forgetSession(sessionId: string): void {
    this.sessions.forget(sessionId);
  }

  /** The revocation listener is (re)connected, or stopped: only while it listens are sessions kept. */
  sessionsListening(listening: boolean): void {
    this.sessions.setListening(listening);
  }

  /** Revokes a session; its open WebSockets close on every API process (see http/session-watch.ts). */
  async revoke(sessionId: string, now: Date) {
    await this.uow.run(async ({ auth }) => {
      await auth.revoke(sessionId, now);
      await auth.announceRevoked(sessionId);
    });
    this.sessions.forget(sessionId);
  }

  liveSessionIds(ids: string[], now: Date) {
    return this.uow.read.auth.liveSessionIds(ids, now);
  }

  async hasLiveKioskToken(now: Date): Promise<boolean> {
    return this.uow.read.auth.hasLiveKiosk(now);
  }

  kioskTokens() {
    return this.uow.read.auth.kioskSessions();
  }

  /** `id`: the session's database id (a malformed global ID is refused by the resolver, with the same code). */
  async revokeKioskToken(id: string, now: Date) {
    const row = await this.uow.run(async ({ auth }) => {
      const revoked = await auth.revokeKiosk(id, now);
      if (!revoked) throw violation('id', 'UNKNOWN_KIOSK_TOKEN', UNKNOWN_KIOSK_TOKEN);
      await auth.announceRevoked(revoked.id);
      return revoked;
    });
    this.sessions.forget(row.id);
    return row;
  }
}

type LiveSession = NonNullable<Awaited<ReturnType<AuthRepository['findLiveSession']>>>;

function toViewer({ session, role, sectorId }: LiveSession): Viewer | null {
  if (session.kind === 'KIOSK') return { kind: 'KIOSK', sessionId: session.id };
  if (session.kind === 'REPORTING') return { kind: 'REPORTING', sessionId: session.id };
  if (!session.staffId || !role) return null;
  return { kind: 'STAFF', sessionId: session.id, staffId: session.staffId, role, sectorId, board: session.board };
}
