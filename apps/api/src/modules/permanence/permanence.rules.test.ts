import { describe, expect, it } from 'vitest';
import { canHoldPermanence, onCallOf, replacementLeadTime } from './permanence.rules.js';

const now = new Date('2026-11-23T09:00:00Z');
const inDays = (d: number) => new Date(now.getTime() + d * 86_400_000);
const shift = (startDays: number, hours = 8) => ({ shiftStartsAt: inDays(startDays), shiftEndsAt: new Date(inDays(startDays).getTime() + hours * 3_600_000), now });

describe('R13 replacement lead time', () => {
  it('R13: a replacement a week or more ahead is planned', () => {
    expect(replacementLeadTime({ ...shift(7), event: null })).toEqual({ kind: 'PLANNED' });
    expect(replacementLeadTime({ ...shift(30), event: null })).toEqual({ kind: 'PLANNED' });
  });

  it('R13: a replacement less than a week ahead needs the event that caused it', () => {
    const refused = replacementLeadTime({ ...shift(3), event: '  ' });
    expect(refused).toMatchObject({ error: { code: 'REPLACEMENT_TOO_LATE', field: 'event' } });
    expect(replacementLeadTime({ ...shift(6.9), event: null })).toMatchObject({ error: { code: 'REPLACEMENT_TOO_LATE' } });
    expect(replacementLeadTime({ ...shift(3), event: 'Holder hospitalised' })).toEqual({ kind: 'SAME_DAY' });
  });

  it('a shift under way can change for the rest of it, with an event', () => {
    expect(replacementLeadTime({ ...shift(-0.1, 8), event: 'Fell ill at noon' })).toEqual({ kind: 'SAME_DAY' });
  });

  it('past shifts are history: never changed, not even in an emergency', () => {
    expect(replacementLeadTime({ ...shift(-2), event: 'x' })).toMatchObject({ error: { code: 'SHIFT_ENDED' } });
    expect(replacementLeadTime({ ...shift(-2), event: 'x', emergency: true })).toMatchObject({ error: { code: 'SHIFT_ENDED' } });
  });

  it('an emergency take-over is allowed at once but records its event', () => {
    expect(replacementLeadTime({ ...shift(0.01), event: 'Phone line down', emergency: true })).toEqual({ kind: 'EMERGENCY' });
    expect(replacementLeadTime({ ...shift(0.01), event: '', emergency: true })).toMatchObject({ error: { code: 'EVENT_REQUIRED' } });
  });

  it('only social-working roles hold the permanence', () => {
    expect(canHoldPermanence('SOCIAL_WORKER')).toBe(true);
    expect(canHoldPermanence('FLYING_SOCIAL_WORKER')).toBe(true);
    expect(canHoldPermanence('FAMILY_HELPER')).toBe(false);
    expect(canHoldPermanence('TELEPHONIST')).toBe(false);
  });
});

describe('on call around an instant, from the shifts read around it', () => {
  const at = (iso: string) => new Date(iso);
  const s = (kind: string, from: string, to: string) => ({ kind, startsAt: at(from), endsAt: at(to) });
  const friday = s('WEEKDAY', '2026-11-27T07:30:00Z', '2026-11-27T16:00:00Z');
  const weekend = s('WEEKEND', '2026-11-27T16:00:00Z', '2026-11-30T07:30:00Z');
  const monday = s('WEEKDAY', '2026-11-30T07:30:00Z', '2026-11-30T16:00:00Z');

  it('now, the shift starting when it ends, and the coming week-end, whatever the order read', () => {
    expect(onCallOf([weekend, friday], at('2026-11-27T10:00:00Z'))).toEqual({ current: friday, next: weekend, weekend });
  });

  it('during a week-end shift it is also the week-end; next is Monday', () => {
    expect(onCallOf([monday, weekend], at('2026-11-28T10:00:00Z'))).toEqual({ current: weekend, next: monday, weekend });
  });

  it('between shifts nothing is on call: next is the first to start, the week-end the first week-end shift', () => {
    expect(onCallOf([monday, weekend], at('2026-11-27T06:00:00Z'))).toEqual({ current: null, next: weekend, weekend });
    expect(onCallOf([], at('2026-11-27T06:00:00Z'))).toEqual({ current: null, next: null, weekend: null });
  });
});
