// Who visits, R4, R9 and R10 as pure functions.
import { describe, expect, it } from 'vitest';
import { acknowledgeError, decisionPower, mayVisit, reportIsHandedOver, reviewError, revisitWarning } from './visit.rules.js';

const plannedAt = new Date('2026-11-25T09:00:00Z');
const revision = { kind: 'REVISION' as const, visitorRole: 'FLYING_SOCIAL_WORKER' as const, plannedAt };

describe('R9 revisits by the flying social worker', () => {
  it('R9: a revision by the flying social worker within 12 months of its last one warns', () => {
    const w = revisitWarning(revision, [{ doneAt: new Date('2026-02-10T10:00:00Z') }, { doneAt: new Date('2025-01-05T10:00:00Z') }]);
    expect(w).toEqual({ code: 'R9_REVISITED_LAST_YEAR', message: expect.stringContaining('2026-02-10') });
  });

  it('R9: no warning past 12 months, for other kinds or other visitors', () => {
    const earlier = [{ doneAt: new Date('2025-11-25T08:59:00Z') }];
    expect(revisitWarning(revision, earlier)).toBeNull();
    expect(revisitWarning(revision, [{ doneAt: null }])).toBeNull();
    const recent = [{ doneAt: new Date('2026-10-01T10:00:00Z') }];
    expect(revisitWarning({ ...revision, kind: 'HELPER_CONTROL' }, recent)).toBeNull();
    expect(revisitWarning({ ...revision, visitorRole: 'SOCIAL_WORKER' }, recent)).toBeNull();
  });
});

describe('R10 report handover', () => {
  it("R10: only the flying social worker's reports are handed over", () => {
    expect(reportIsHandedOver('FLYING_SOCIAL_WORKER')).toBe(true);
    expect(reportIsHandedOver('SOCIAL_WORKER')).toBe(false);
    expect(reportIsHandedOver('RELAY_CONTROL_SOCIAL_WORKER')).toBe(false);
  });

  it('R10: only the person it was handed to acknowledges, once', () => {
    expect(acknowledgeError({ handedToId: 'a', handoverAcknowledgedAt: null }, 'a')).toBeNull();
    expect(acknowledgeError({ handedToId: 'a', handoverAcknowledgedAt: null }, 'b')).toBe('NOT_HANDED_TO_YOU');
    expect(acknowledgeError({ handedToId: null, handoverAcknowledgedAt: null }, 'b')).toBe('NOT_HANDED_TO_YOU');
    expect(acknowledgeError({ handedToId: 'a', handoverAcknowledgedAt: new Date() }, 'a')).toBe('ALREADY_ACKNOWLEDGED');
  });
});

describe('visits and R4', () => {
  it.each([
    ['SOCIAL_WORKER', 's1', true],
    ['SOCIAL_WORKER', 's2', false],
    ['FLYING_SOCIAL_WORKER', null, true],
    ['RELAY_CONTROL_SOCIAL_WORKER', null, true],
    ['FAMILY_HELPER', 's1', false],
  ] as const)('a %s of sector %s may visit a home of s1: %s (the sector social worker, flying or relay)', (role, sectorId, may) => {
    expect(mayVisit({ role, sectorId }, 's1')).toBe(may);
  });
  it.each([
    ['SOCIAL_WORKER', 's1', 'DECIDE'],
    ['SOCIAL_WORKER', 's2', 'NONE'],
    ['DIRECTOR', null, 'DECIDE'],
    ['FLYING_SOCIAL_WORKER', null, 'PROPOSE'],
    ['RELAY_CONTROL_SOCIAL_WORKER', null, 'NONE'],
  ] as const)('R4: a %s of sector %s has the power %s over a case of s1', (role, sectorId, power) => {
    expect(decisionPower({ role, sectorId }, 's1')).toBe(power);
  });
  it.each([
    ['a', 'DECIDE', 'PROPOSED', 'SELF_APPROVAL'],
    ['b', 'DECIDE', 'PROPOSED', null],
    ['b', 'PROPOSE', 'PROPOSED', 'NOT_A_DECIDER'],
    ['b', 'DECIDE', 'DECIDED', 'NOT_PROPOSED'],
  ] as const)('R4: %s (%s) reviewing a %s proposal by a: %s (nobody approves their own proposal)', (staffId, power, status, error) => {
    expect(reviewError({ staffId, power }, { status, proposedById: 'a' })).toBe(error);
  });
});
