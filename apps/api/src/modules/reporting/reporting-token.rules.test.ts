// Reporting tokens' pure rules: who keeps them, what they may ask, their expiry and rate limit.
import { describe, expect, it } from 'vitest';
import { DIRECTION } from '../org/org.rules.js';
import { mayAskAsReportingTool, rateGate, REPORTING_TOKEN, reportingTokenError, TOKEN_KEEPERS } from './reporting-token.rules.js';

const NOW = new Date('2026-06-10T08:00:00Z');

describe('reporting token rules', () => {
  it('direction keeps the tokens (the same roles as org.rules DIRECTION)', () => {
    expect([...TOKEN_KEEPERS].sort()).toEqual([...DIRECTION].sort());
  });

  it('a token asks report queries (and introspection) only, never a mutation or a subscription', () => {
    expect(mayAskAsReportingTool('query', ['activityReport', 'hoursReport', '__typename'])).toBe(true);
    expect(mayAskAsReportingTool('query', ['activityReport', 'caseFiles'])).toBe(false);
    expect(mayAskAsReportingTool('mutation', ['activityReport'])).toBe(false);
    expect(mayAskAsReportingTool('subscription', ['__typename'])).toBe(false);
  });

  it('expiry in the future, at most two years ahead; a label', () => {
    expect(reportingTokenError('BI', new Date('2027-01-01T00:00:00Z'), NOW)).toBeNull();
    expect(reportingTokenError('  ', new Date('2027-01-01T00:00:00Z'), NOW)?.code).toBe('REQUIRED');
    expect(reportingTokenError('BI', NOW, NOW)?.code).toBe('EXPIRY_IN_PAST');
    expect(reportingTokenError('BI', new Date('2028-06-11T08:00:00Z'), NOW)?.code).toBe('EXPIRY_TOO_FAR');
  });

  it('the rate limit frees a place when the oldest counted use leaves the window', () => {
    const uses = Array.from({ length: REPORTING_TOKEN.perWindow }, (_, i) => new Date(NOW.getTime() - 50_000 + i * 10));
    expect(rateGate(uses.slice(1), NOW)).toEqual({ allowed: true });
    expect(rateGate(uses, NOW)).toEqual({ allowed: false, retryAfterSeconds: 10 });
  });
});

describe('report period', () => {
  it('names the parameter at fault', async () => {
    const { periodError, monthsOf, WEEK_HOURS_FULL_TIME } = await import('./report.rules.js');
    const { DEFAULT_SETTINGS } = await import('../schedules/conflict.rules.js');
    expect(WEEK_HOURS_FULL_TIME).toBe(DEFAULT_SETTINGS.weekHoursFullTime);
    expect(periodError('2026-01-01', '2026-12-31')).toBeNull();
    expect(periodError('2026-13-01', '2026-12-31')?.field).toBe('from');
    expect(periodError('2026-01-01', '2026-02-29')?.field).toBe('to');
    expect(periodError('2026-01-01', '2025-12-31')?.code).toBe('BEFORE_FROM');
    expect(periodError('2025-01-01', '2026-12-31')?.code).toBe('SPAN_TOO_LONG');
    expect(monthsOf('2025-11-15', '2026-02-01')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });
});
