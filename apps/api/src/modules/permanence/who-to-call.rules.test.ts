import { describe, expect, it } from 'vitest';
import { whoToCall, type Candidate, type WhoToCallFacts } from './who-to-call.rules.js';

const at = new Date('2026-11-24T10:00:00Z');
const person = (id: string, away = false, kind: 'SICKNESS' | 'LEAVE' = 'LEAVE'): Candidate => ({
  staffId: id,
  fullName: id.toUpperCase(),
  absences: away ? [{ kind, startsAt: new Date('2026-11-20T00:00:00Z'), endsAt: new Date('2026-12-01T00:00:00Z') }] : [],
});
const facts = (over: Partial<WhoToCallFacts> = {}): WhoToCallFacts => ({
  at,
  workingHours: true,
  sectorSocialWorker: person('sw'),
  permanence: { holders: [person('p1'), person('p2')] },
  flyingSocialWorkers: [person('fly')],
  direction: [person('head'), person('dir')],
  ...over,
});

describe('R14 who to call', () => {
  it('R14 + R11: while the flying worker replaces the sick social worker, they answer before the permanence', () => {
    const r = whoToCall(facts({ sectorSocialWorker: person('sw', true, 'SICKNESS'), replacing: person('fly') }));
    expect(r.answer).toMatchObject({ role: 'FLYING_SOCIAL_WORKER', staffId: 'fly' });
    expect(r.chain.map((s) => [s.role, s.reasonCode])).toEqual([['SECTOR_SOCIAL_WORKER', 'AWAY'], ['FLYING_SOCIAL_WORKER', null]]);
    const night = whoToCall(facts({ workingHours: false, sectorSocialWorker: person('sw', true, 'SICKNESS'), replacing: person('fly') }));
    expect(night.answer).toMatchObject({ role: 'PERMANENCE', staffId: 'p1' });
  });

  it('R14: the sector social worker first, when present and on duty', () => {
    const r = whoToCall(facts());
    expect(r.answer).toMatchObject({ role: 'SECTOR_SOCIAL_WORKER', staffId: 'sw' });
    expect(r.chain).toHaveLength(1);
  });

  it('R14: when the social worker is away in office hours, the flying social worker, without any replacement, and the chain says why', () => {
    const r = whoToCall(facts({ sectorSocialWorker: person('sw', true, 'SICKNESS') }));
    expect(r.answer).toMatchObject({ role: 'FLYING_SOCIAL_WORKER', staffId: 'fly' });
    expect(r.chain[0]).toMatchObject({ role: 'SECTOR_SOCIAL_WORKER', skipped: true, reasonCode: 'AWAY' });
    expect(r.chain[0].until).toEqual(new Date('2026-12-01T00:00:00Z'));
  });

  it('R14: the permanence holder when the flying social worker is away too, then the second member of the binôme', () => {
    const r = whoToCall(facts({ sectorSocialWorker: person('sw', true), flyingSocialWorkers: [person('fly', true)] }));
    expect(r.answer).toMatchObject({ role: 'PERMANENCE', staffId: 'p1' });
    const both = whoToCall(facts({ sectorSocialWorker: person('sw', true), flyingSocialWorkers: [person('fly', true)], permanence: { holders: [person('p1', true), person('p2')] } }));
    expect(both.answer?.staffId).toBe('p2');
    expect(both.chain.map((s) => [s.role, s.reasonCode])).toEqual([
      ['SECTOR_SOCIAL_WORKER', 'AWAY'],
      ['FLYING_SOCIAL_WORKER', 'AWAY'],
      ['PERMANENCE', 'AWAY'],
      ['PERMANENCE', null],
    ]);
  });

  it('R14: out of office hours the flying social worker is off duty: the permanence answers', () => {
    const r = whoToCall(facts({ workingHours: false, sectorSocialWorker: person('sw', true) }));
    expect(r.answer).toMatchObject({ role: 'PERMANENCE', staffId: 'p1' });
    expect(r.chain.map((s) => s.role)).toEqual(['SECTOR_SOCIAL_WORKER', 'PERMANENCE']);
  });

  it('R14: direction when the flying social worker and the permanence both fail', () => {
    const noPermanence = facts({ sectorSocialWorker: person('sw', true), permanence: { holders: [] }, flyingSocialWorkers: [person('fly', true)] });
    expect(whoToCall(noPermanence).answer).toMatchObject({ role: 'DIRECTION', staffId: 'head' });
    expect(whoToCall(noPermanence).chain[2]).toMatchObject({ role: 'PERMANENCE', reasonCode: 'NOBODY_ON_CALL', staffId: null });
  });

  it('at night the office roles are off duty and the permanence is closed: direction answers', () => {
    const r = whoToCall(facts({ workingHours: false, permanence: null }));
    expect(r.chain.map((s) => [s.role, s.reasonCode])).toEqual([
      ['SECTOR_SOCIAL_WORKER', 'OFF_DUTY'],
      ['PERMANENCE', 'PERMANENCE_CLOSED'],
      ['FLYING_SOCIAL_WORKER', 'OFF_DUTY'],
      ['DIRECTION', null],
    ]);
  });

  it('when everybody is away the answer is a gap, with every step explained', () => {
    const r = whoToCall(
      facts({
        sectorSocialWorker: null,
        permanence: { holders: [person('p1', true)] },
        flyingSocialWorkers: [person('fly', true)],
        direction: [person('head', true)],
      }),
    );
    expect(r.answer).toBeNull();
    expect(r.chain.every((s) => s.skipped && s.reason)).toBe(true);
    expect(r.chain[0].reasonCode).toBe('NOBODY_ASSIGNED');
  });

  it('a sick colleague is shown as away, not as sick (staff health is private)', () => {
    const r = whoToCall(facts({ sectorSocialWorker: person('sw', true, 'SICKNESS') }));
    expect(r.chain[0].reason).toContain('is away until');
    expect(r.chain[0].reason).not.toMatch(/sick/i);
  });

  it('an absence ending in the hour the clocks go back says which 02:30 (CEST or CET): the same words named two instants an hour apart', () => {
    const awayUntil = (endsAt: string) => {
      const ends = new Date(endsAt);
      const sw: Candidate = { staffId: 'sw', fullName: 'SW', absences: [{ kind: 'LEAVE', startsAt: new Date(ends.getTime() - 5 * 86_400_000), endsAt: ends }] };
      return whoToCall(facts({ at: new Date(ends.getTime() - 86_400_000), sectorSocialWorker: sw })).chain[0];
    };
    expect(awayUntil('2027-10-31T00:30:00Z').reason).toBe('SW is away until 31 Oct 2027, 02:30 CEST.');
    expect(awayUntil('2027-10-31T01:30:00Z').reason).toBe('SW is away until 31 Oct 2027, 02:30 CET.');
    // Any other hour reads once: no zone.
    expect(awayUntil('2027-10-31T02:30:00Z').reason).toBe('SW is away until 31 Oct 2027, 03:30.');
    expect(awayUntil('2027-03-28T01:30:00Z').reason).toBe('SW is away until 28 Mar 2027, 03:30.');
  });
});

