// AuthService's branches with its repositories replaced: no database, no server. What crosses the
// wire (tokens over HTTP and WebSocket, revocation) is pinned by auth.test.ts and tests/security.
import { describe, expect, it, vi } from 'vitest';
import { fakeUnitOfWork } from '../../db/unit-of-work.js';
import { RuleViolation } from '../../shared/outcome.js';
import { AuthService, LoginThrottled, type AuthRepositories } from './auth.service.js';
import { SessionCache } from './session-cache.js';
import type { FailureCount, LoginHistory } from './login-throttle.rules.js';

const NOW = new Date('2026-03-10T10:00:00+01:00');
const noFailures: FailureCount = { failures: 0, lastAt: null };

function service(history: LoginHistory = { pair: noFailures, account: noFailures, address: noFailures }) {
  const auth = {
    findStaffByEmail: vi.fn(async () => undefined),
    createSession: vi.fn(async (values: Record<string, unknown>) => ({ id: 'session-1', ...values })),
    findLiveSession: vi.fn(async () => null as unknown),
    revoke: vi.fn(async () => {}),
    announceRevoked: vi.fn(async () => {}),
    revokeKiosk: vi.fn(async () => null as unknown),
  };
  const attempts = {
    lock: vi.fn(async () => {}),
    history: vi.fn(async () => history),
    record: vi.fn(async () => 7),
    settle: vi.fn(async () => {}),
    purgeBefore: vi.fn(async () => {}),
  };
  return { auth, attempts, svc: new AuthService(fakeUnitOfWork({ auth, attempts } as unknown as AuthRepositories), 12, new SessionCache()) };
}

describe('AuthService.login', () => {
  it('refuses a throttled attempt before looking the account up, with the wait', async () => {
    const { svc, auth, attempts } = service({ pair: { failures: 10, lastAt: new Date(NOW.getTime() - 60_000) }, account: noFailures, address: noFailures });
    const err = await svc.login('a@relais.test', 'x', NOW, '10.0.0.1').catch((e) => e);
    expect(err).toBeInstanceOf(LoginThrottled);
    expect(err.retryAfterSeconds).toBe(14 * 60);
    expect(attempts.record).toHaveBeenCalledWith('a@relais.test', '10.0.0.1', 'REFUSED', NOW);
    expect(auth.findStaffByEmail).not.toHaveBeenCalled();
  });

  it('an unknown email is INVALID_CREDENTIALS, the attempt settled FAILED, no session', async () => {
    const { svc, auth, attempts } = service();
    const err = await svc.login(' Nobody@Relais.test ', 'x', NOW).catch((e) => e);
    expect(err).toBeInstanceOf(RuleViolation);
    expect(err.errors[0]).toMatchObject({ field: ['input', 'password'], code: 'INVALID_CREDENTIALS' });
    expect(attempts.record).toHaveBeenCalledWith('nobody@relais.test', 'unknown', 'PENDING', NOW);
    expect(attempts.settle).toHaveBeenCalledWith(7, 'FAILED');
    expect(auth.createSession).not.toHaveBeenCalled();
  });
});

describe('AuthService.viewerFor', () => {
  it('no token, no lookup', async () => {
    const { svc, auth } = service();
    expect(await svc.viewerFor(null, NOW)).toBeNull();
    expect(auth.findLiveSession).not.toHaveBeenCalled();
  });

  it('a kiosk session is a KIOSK viewer; a staff session whose person is gone is nobody', async () => {
    const { svc, auth } = service();
    auth.findLiveSession.mockResolvedValueOnce({ session: { id: 'k1', kind: 'KIOSK', staffId: null }, role: null, sectorId: null });
    expect(await svc.viewerFor('t', NOW)).toEqual({ kind: 'KIOSK', sessionId: 'k1' });
    auth.findLiveSession.mockResolvedValueOnce({ session: { id: 's1', kind: 'STAFF', staffId: 'p1' }, role: null, sectorId: null });
    expect(await svc.viewerFor('t', NOW)).toBeNull();
  });

  const kiosk = (id: string) => ({ session: { id, kind: 'KIOSK', staffId: null, expiresAt: new Date('2027-01-01T00:00:00Z') }, role: null, sectorId: null });

  it('while revocations are listened for, a live session is looked up once; its revocation here makes the next use look again', async () => {
    const { svc, auth } = service();
    auth.findLiveSession.mockResolvedValue(kiosk('k1'));
    await svc.viewerFor('t', NOW);
    await svc.viewerFor('t', NOW);
    expect(auth.findLiveSession).toHaveBeenCalledTimes(2); // nobody listens: nothing kept
    svc.sessionsListening(true);
    await svc.viewerFor('t', NOW);
    expect(await svc.viewerFor('t', NOW)).toEqual({ kind: 'KIOSK', sessionId: 'k1' });
    expect(auth.findLiveSession).toHaveBeenCalledTimes(3);
    auth.revokeKiosk.mockResolvedValueOnce({ id: 'k1' });
    await svc.revokeKioskToken('k1', NOW);
    auth.findLiveSession.mockResolvedValue(null);
    expect(await svc.viewerFor('t', NOW)).toBeNull();
    expect(auth.findLiveSession).toHaveBeenCalledTimes(4);
  });

  it('a lookup under way when its session is revoked (another process, by NOTIFY) is not kept', async () => {
    const { svc, auth } = service();
    svc.sessionsListening(true);
    let answer: (v: unknown) => void = () => {};
    auth.findLiveSession.mockReturnValueOnce(new Promise((r) => (answer = r)));
    const pending = svc.viewerFor('t', NOW);
    svc.forgetSession('k1');
    answer(kiosk('k1'));
    expect(await pending).toEqual({ kind: 'KIOSK', sessionId: 'k1' });
    auth.findLiveSession.mockResolvedValueOnce(null);
    expect(await svc.viewerFor('t', NOW)).toBeNull();
    expect(auth.findLiveSession).toHaveBeenCalledTimes(2);
  });
});

describe('AuthService.revokeKioskToken', () => {
  it('a token not in force is UNKNOWN_KIOSK_TOKEN and nothing is announced', async () => {
    const { svc, auth } = service();
    await expect(svc.revokeKioskToken('k9', NOW)).rejects.toMatchObject({ errors: [{ field: ['input', 'id'], code: 'UNKNOWN_KIOSK_TOKEN' }] });
    expect(auth.announceRevoked).not.toHaveBeenCalled();
  });

  it('a revoked token is announced to every process', async () => {
    const { svc, auth } = service();
    auth.revokeKiosk.mockResolvedValueOnce({ id: 'k1' });
    await svc.revokeKioskToken('k1', NOW);
    expect(auth.announceRevoked).toHaveBeenCalledWith('k1');
  });
});
