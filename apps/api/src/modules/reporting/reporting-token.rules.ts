// Reporting tokens: how long one may live, how often it may be used, and what it may ask. Pure:
// the time and the counts come in as parameters.
import type { UserErrorData } from '../../shared/outcome.js';

/** The viewer kind (and @Authorized role) of a reporting tool's token. */
export const REPORTING = 'REPORTING';
// Direction (org.rules' DIRECTION, written out: this module is reached only through its index) makes
// the tokens and reads the reports; reporting.rules.test.ts checks the two lists agree.
export const TOKEN_KEEPERS = ['DIRECTOR', 'SOCIAL_POLE_HEAD'];
export const REPORT_READERS = [...TOKEN_KEEPERS, REPORTING];

export const REPORTING_TOKEN = {
  /** Live tokens (not revoked, not expired) the service may hold at once: one per tool, with room to spare. */
  maxLive: 50,
  /** A tool's token lives at most two years; direction renews it. */
  maxDays: 731,
  /** Each token's own limit: this many uses (queries or CSV downloads) per window, on all API processes together. */
  perWindow: 60,
  windowMs: 60_000,
} as const;

/**
 * Requests with a refused bearer token (unknown, revoked or expired), per client address: a tool whose
 * token was revoked, or someone guessing tokens, gets HTTP 429 past this many a minute.
 */
export const REFUSED_TOKENS = { perWindow: 20, windowMs: 60_000 } as const;

/** The root fields a reporting token may ask for (plus introspection, for a tool's schema browser). */
export const REPORT_QUERIES = ['activityReport', 'hoursReport', 'caseloadReport', 'permanenceReport', 'conflictsReport', 'planningQuotaReport', 'satisfactionReport'] as const;
const INTROSPECTION = ['__typename', '__schema', '__type'];

export function mayAskAsReportingTool(operation: string, rootFields: string[]): boolean {
  return operation === 'query' && rootFields.every((f) => (REPORT_QUERIES as readonly string[]).includes(f) || INTROSPECTION.includes(f));
}

/**
 * Who may read the schema (introspection) in production: a reporting tool (its schema browser) and
 * signed-in direction; not the kiosk, not other staff (their board needs none).
 */
export function mayReadSchema(viewer: { kind: string; role?: string } | null): boolean {
  return viewer?.kind === REPORTING || (viewer?.kind === 'STAFF' && !!viewer.role && TOKEN_KEEPERS.includes(viewer.role));
}

/** What is wrong with a new token's label and expiry, or null. */
export function reportingTokenError(label: string, expiresAt: Date, now: Date): UserErrorData | null {
  if (!label.trim()) return { field: ['input', 'label'], code: 'REQUIRED', message: 'A reporting token needs a label saying which tool it is for.' };
  if (expiresAt.getTime() <= now.getTime()) return { field: ['input', 'expiresAt'], code: 'EXPIRY_IN_PAST', message: '`expiresAt` must be in the future.' };
  if (expiresAt.getTime() - now.getTime() > REPORTING_TOKEN.maxDays * 86_400_000) {
    return { field: ['input', 'expiresAt'], code: 'EXPIRY_TOO_FAR', message: `A reporting token lives at most ${REPORTING_TOKEN.maxDays} days.` };
  }
  return null;
}

/** Why one more token may not be made while `live` are in force, or null. */
export function liveTokenCapError(live: number): UserErrorData | null {
  if (live < REPORTING_TOKEN.maxLive) return null;
  return { field: ['input'], code: 'TOO_MANY_LIVE_TOKENS', message: `At most ${REPORTING_TOKEN.maxLive} reporting tokens may be live at once: revoke one a tool no longer uses first.` };
}

/** Whether one more use fits in the window, given the accepted uses in it (oldest first); else the seconds to wait. */
export function rateGate(
  usesInWindow: Date[],
  now: Date,
  { perWindow, windowMs }: { perWindow: number; windowMs: number } = REPORTING_TOKEN,
): { allowed: true } | { allowed: false; retryAfterSeconds: number } {
  if (usesInWindow.length < perWindow) return { allowed: true };
  // The window frees a place when the use `perWindow` back from the end leaves it.
  const freeing = usesInWindow[usesInWindow.length - perWindow];
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((freeing.getTime() + windowMs - now.getTime()) / 1000)) };
}
