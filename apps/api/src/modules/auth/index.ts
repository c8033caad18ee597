// The auth module's public face: who is asking (the viewer), the role groups other modules authorize
// with, the resolver parameter that hands a resolver the staff member asking, and the factory the
// composition root builds the service with.
import type { Database, Executor } from '../../db/client.js';
import { unitOfWork } from '../../db/unit-of-work.js';
import { AuthRepository } from './auth.repository.js';
import { AuthService } from './auth.service.js';
import { LoginThrottleRepository } from './login-throttle.repository.js';
import { SessionCache } from './session-cache.js';

export { CurrentStaff } from '../../graphql/current-staff.js';
export { ALERT_ACKNOWLEDGERS, ALL_STAFF, BOARD_READERS, DIRECTION, KIOSK, ROTA_KEEPERS, ABSENCE_RECORDERS, mayReadSectorFeed, staffOnly, viewerRole, type StaffViewer, type Viewer } from './viewer.js';
export { SESSIONS_CHANNEL } from './auth.repository.js';
export { hashToken, type AuthService } from './auth.service.js';

/** Announces a revoked session from inside the caller's transaction (delivered after commit): every process forgets it. */
export function announceRevoked(executor: Executor, sessionId: string): Promise<void> {
  return new AuthRepository(executor).announceRevoked(sessionId);
}

export function authService(db: Database, sessionHours: number): AuthService {
  return new AuthService(
    unitOfWork(db, (executor: Executor) => ({ auth: new AuthRepository(executor), attempts: new LoginThrottleRepository(executor) })),
    sessionHours,
    new SessionCache(),
  );
}
