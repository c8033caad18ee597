import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, distanceKm, doubleBookings, helperDayConflicts, noBreak, planHoursNotCovered, travelTooShort, type EntryFact } from './conflict.rules.js';

const helper = { id: 'h', fullName: 'Ana', role: 'FAMILY_HELPER', fte: 1 };
const DAY = '2026-03-30';
let n = 0;
const entry = (from: string, to: string, extra: Partial<EntryFact> = {}): EntryFact => ({
  id: `e${++n}`, helperId: 'h', caseFileId: `c${n}`, kind: 'FAMILY_CARE', tasks: [],
  startsAt: new Date(`${DAY}T${from}:00+02:00`), endsAt: new Date(`${DAY}T${to}:00+02:00`), latitude: 50.83, longitude: 4.36, ...extra,
});

describe('conflict rules', () => {
  it('haversine: Brussels to Antwerp is about 41 km', () => {
    expect(distanceKm({ latitude: 50.8466, longitude: 4.3528 }, { latitude: 51.2194, longitude: 4.4025 })).toBeCloseTo(41.6, 0);
  });

  it('visits that only touch are not a double booking', () => {
    expect(doubleBookings(helper, DAY, [entry('09:00', '10:00'), entry('10:00', '11:00')])).toEqual([]);
    expect(doubleBookings(helper, DAY, [entry('09:00', '10:30'), entry('10:00', '11:00')])).toHaveLength(1);
  });

  it('travel time follows the configured speed', () => {
    const day = [entry('09:00', '10:00'), entry('10:30', '11:00', { latitude: 50.9, longitude: 4.6 })];
    expect(travelTooShort(helper, DAY, day, DEFAULT_SETTINGS)).toHaveLength(1);
    expect(travelTooShort(helper, DAY, day, { ...DEFAULT_SETTINGS, travelSpeedKmh: 50 })).toEqual([]);
  });

  it('a break is a gap of at least 30 minutes; blocks around it are measured apart', () => {
    expect(noBreak(helper, DAY, [entry('08:00', '11:30'), entry('12:00', '15:00')], DEFAULT_SETTINGS)).toEqual([]);
    expect(noBreak(helper, DAY, [entry('08:00', '11:45'), entry('12:00', '15:00')], DEFAULT_SETTINGS)[0].rule).toBe('NO_BREAK');
  });

  it('plan hours are checked per kind of help', () => {
    const week = [entry('09:00', '12:00', { kind: 'HOUSEHOLD' })];
    expect(planHoursNotCovered('c', DAY, { FAMILY_CARE: 0, HOUSEHOLD: 3 }, week)).toEqual([]);
    expect(planHoursNotCovered('c', DAY, { FAMILY_CARE: 2, HOUSEHOLD: 3 }, week).map((f) => f.key)).toEqual([`PLAN_HOURS_NOT_COVERED:c:${DAY}:FAMILY_CARE`]);
  });

  it('a clean day has no conflict', () => {
    expect(helperDayConflicts(helper, DAY, [entry('09:00', '11:00'), entry('13:00', '15:00')], [], DEFAULT_SETTINGS)).toEqual([]);
  });
});
