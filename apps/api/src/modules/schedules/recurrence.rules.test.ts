import { describe, expect, it } from 'vitest';
import { expandPattern, patternError } from './recurrence.rules.js';
import { localTime } from '../../time/service-time.js';

const weekly = { rrule: 'FREQ=WEEKLY;BYDAY=MO', startsOn: '2026-03-16', until: '2026-04-06', startTime: '09:00', durationMinutes: 120, exceptDates: [] };

describe('recurrence rules', () => {
  it('a 09:00 weekly visit stays at 09:00 Brussels time across the spring DST change (29 March 2026)', () => {
    const occ = expandPattern(weekly, { from: new Date('2026-03-01T00:00:00Z'), to: new Date('2026-05-01T00:00:00Z') });
    expect(occ.map((o) => o.localDate)).toEqual(['2026-03-16', '2026-03-23', '2026-03-30', '2026-04-06']);
    expect(occ.map((o) => localTime(o.startsAt))).toEqual(['09:00', '09:00', '09:00', '09:00']);
    expect(occ[1].startsAt.toISOString()).toBe('2026-03-23T08:00:00.000Z');
    expect(occ[2].startsAt.toISOString()).toBe('2026-03-30T07:00:00.000Z');
  });

  it('and across the autumn DST change (25 October 2026), with an excepted date left out', () => {
    const occ = expandPattern(
      { ...weekly, rrule: 'FREQ=WEEKLY;BYDAY=MO,TH', startsOn: '2026-10-19', until: '2026-11-02', exceptDates: ['2026-10-22'] },
      { from: new Date('2026-10-01T00:00:00Z'), to: new Date('2026-12-01T00:00:00Z') },
    );
    expect(occ.map((o) => o.localDate)).toEqual(['2026-10-19', '2026-10-26', '2026-10-29', '2026-11-02']);
    expect(occ[0].startsAt.toISOString()).toBe('2026-10-19T07:00:00.000Z');
    expect(occ[1].startsAt.toISOString()).toBe('2026-10-26T08:00:00.000Z');
    expect(occ.every((o) => o.endsAt.getTime() - o.startsAt.getTime() === 2 * 3_600_000)).toBe(true);
  });

  it('expands only the window asked for, keeping a visit already under way at its start', () => {
    const occ = expandPattern(weekly, { from: new Date('2026-03-23T09:00:00Z'), to: new Date('2026-03-31T00:00:00Z') });
    expect(occ.map((o) => o.localDate)).toEqual(['2026-03-23', '2026-03-30']);
  });

  it('refuses rules that are not weekly or not RFC 5545, naming the field', () => {
    expect(patternError({ ...weekly, rrule: 'FREQ=DAILY' })?.field).toBe('rrule');
    expect(patternError({ ...weekly, rrule: 'every monday' })?.field).toBe('rrule');
    expect(patternError({ ...weekly, startTime: '25:00' })?.field).toBe('startTime');
    expect(patternError({ ...weekly, until: '2026-01-01' })?.field).toBe('until');
    expect(patternError(weekly)).toBeNull();
  });

  it('refuses, before expanding, rules the library would loop on or blow up (INTERVAL below 1, COUNT, sub-daily parts)', () => {
    for (const rrule of ['FREQ=WEEKLY;INTERVAL=-2;BYDAY=MO', 'FREQ=WEEKLY;INTERVAL=0', 'FREQ=WEEKLY;COUNT=1000000000', 'FREQ=WEEKLY;BYHOUR=1,2', 'FREQ=SECONDLY']) {
      expect(patternError({ ...weekly, rrule })?.field).toBe('rrule');
      expect(expandPattern({ ...weekly, rrule }, { from: new Date('2026-01-01T00:00:00Z'), to: new Date('2027-01-01T00:00:00Z') })).toEqual([]);
    }
  });
});
