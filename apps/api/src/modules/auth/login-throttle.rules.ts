// How fast a password may be guessed: growing waits per account and client address, a short cap
// per account alone (a stranger must not lock a real user out for long), and one per address.
// Pure: the counts and the time come in as parameters.

const SECOND = 1_000;
const MINUTE = 60 * SECOND;

export const LOGIN_THROTTLE = {
  /** Failures of one account from one address counted over this window (since its last success). */
  pairWindowMs: 24 * 60 * MINUTE,
  pairFree: 3,
  /** From this many failures the pair is refused for `pairLockMs` after each new failure. */
  pairLockAfter: 10,
  pairLockMs: 15 * MINUTE,
  /** One account from any address: higher threshold, short refusals only. */
  accountWindowMs: 15 * MINUTE,
  accountFree: 20,
  accountMaxWaitMs: 60 * SECOND,
  /** One address trying many accounts (password spraying, or a shared office address). */
  addressWindowMs: 15 * MINUTE,
  addressFree: 30,
  addressMaxWaitMs: 15 * MINUTE,
} as const;

/** Failures (checked or still being checked) in a scope's window, and the latest one. */
export interface FailureCount {
  failures: number;
  lastAt: Date | null;
}

export interface LoginHistory {
  pair: FailureCount;
  account: FailureCount;
  address: FailureCount;
}

export type LoginGate = { allowed: true } | { allowed: false; retryAfterSeconds: number; scope: 'PAIR' | 'ACCOUNT' | 'ADDRESS' };

/** 1 s, 2 s, 4 s … after the free attempts, capped. */
function growingWait(failures: number, free: number, capMs: number): number {
  if (failures < free) return 0;
  return Math.min(SECOND * 2 ** Math.min(failures - free, 30), capMs);
}

function pairWait(failures: number): number {
  const t = LOGIN_THROTTLE;
  if (failures >= t.pairLockAfter) return t.pairLockMs;
  return growingWait(failures, t.pairFree, t.pairLockMs);
}

/** Whether a login attempt may be checked now, or how long to wait first. */
export function loginGate(history: LoginHistory, now: Date): LoginGate {
  const t = LOGIN_THROTTLE;
  const waits = [
    { scope: 'PAIR' as const, wait: pairWait(history.pair.failures), lastAt: history.pair.lastAt },
    { scope: 'ACCOUNT' as const, wait: growingWait(history.account.failures, t.accountFree, t.accountMaxWaitMs), lastAt: history.account.lastAt },
    { scope: 'ADDRESS' as const, wait: growingWait(history.address.failures, t.addressFree, t.addressMaxWaitMs), lastAt: history.address.lastAt },
  ];
  let refused: LoginGate = { allowed: true };
  for (const { scope, wait, lastAt } of waits) {
    if (!wait || !lastAt) continue;
    const remaining = lastAt.getTime() + wait - now.getTime();
    if (remaining <= 0) continue;
    const retryAfterSeconds = Math.ceil(remaining / SECOND);
    if (refused.allowed || retryAfterSeconds > refused.retryAfterSeconds) refused = { allowed: false, retryAfterSeconds, scope };
  }
  return refused;
}
