// Logging in, recognising a token, logging out, and kiosk tokens for the meeting-room screen.
import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import type { Database } from '../../db/client.js';
import { violation } from '../../graphql/user-errors.js';
import { AuthRepository } from './auth.repository.js';
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

export class AuthService {
  private readonly repo: AuthRepository;

  constructor(
    db: Database,
    private readonly sessionHours: number,
  ) {
    this.repo = new AuthRepository(db);
  }

  async login(email: string, password: string, now: Date) {
    const person = await this.repo.findStaffByEmail(email.trim());
    const ok = await verify(person?.passwordHash ?? (await decoyHash), password);
    if (!person?.passwordHash || !ok) throw violation('password', 'INVALID_CREDENTIALS', 'Unknown email or wrong password.');
    const token = newToken();
    const expiresAt = new Date(now.getTime() + this.sessionHours * 3600_000);
    await this.repo.createSession({ kind: 'STAFF', staffId: person.id, tokenHash: hashToken(token), expiresAt });
    return { token, expiresAt, staffId: person.id };
  }

  async createKioskToken(label: string, now: Date) {
    if (!label.trim()) throw violation('label', 'REQUIRED', 'A kiosk token needs a label saying which screen it is for.');
    const token = newToken();
    const expiresAt = new Date(now.getTime() + KIOSK_DAYS * 86400_000);
    const session = await this.repo.createSession({ kind: 'KIOSK', label: label.trim(), tokenHash: hashToken(token), expiresAt });
    return { token, expiresAt, sessionId: session.id };
  }

  async viewerFor(token: string | null | undefined, now: Date): Promise<Viewer | null> {
    if (!token) return null;
    const found = await this.repo.findLiveSession(hashToken(token), now);
    if (!found) return null;
    const { session, role, sectorId } = found;
    if (session.kind === 'KIOSK') return { kind: 'KIOSK', sessionId: session.id };
    if (!session.staffId || !role) return null;
    return { kind: 'STAFF', sessionId: session.id, staffId: session.staffId, role, sectorId };
  }

  revoke(sessionId: string, now: Date) {
    return this.repo.revoke(sessionId, now);
  }

  kioskTokens() {
    return this.repo.kioskSessions();
  }

  async revokeKioskToken(id: string | null, now: Date) {
    const row = id ? await this.repo.revokeKiosk(id, now) : null;
    if (!row) throw violation('id', 'UNKNOWN_KIOSK_TOKEN', 'No kiosk token in force has this ID.');
    return row;
  }
}
