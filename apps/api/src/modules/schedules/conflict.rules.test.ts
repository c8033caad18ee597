import { describe, expect, it } from 'vitest';
import {
  contractWeekExceeded, DEFAULT_SETTINGS, distanceKm, doubleBookings, helperDayConflicts, legalDayExceeded, noBreak, personalCareByHomeHelper,
  planHoursNotCovered, scheduledWhileAbsent, travelTooShort, visitOnHoliday, withoutTasks, type EntryFact,
} from './conflict.rules.js';

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

  it('a visit on a public holiday or closing day is flagged, one per visit; an open day flags none', () => {
    const day = [entry('09:00', '10:00'), entry('14:00', '15:00')];
    expect(visitOnHoliday(helper, DAY, day, null)).toEqual([]);
    const found = visitOnHoliday(helper, DAY, day, { name: 'Journée de service', kind: 'SERVICE_CLOSING_DAY' });
    expect(found.map((f) => [f.rule, f.entryIds, f.facts.holidayName])).toEqual([
      ['VISIT_ON_HOLIDAY', [day[0].id], 'Journée de service'],
      ['VISIT_ON_HOLIDAY', [day[1].id], 'Journée de service'],
    ]);
    expect(found[0].explanation).toBe('Ana is scheduled 09:00–10:00 on Monday 30 March 2026, a closing day of the service (Journée de service): offices are closed and visits continue only where the aid plan says so.');
    expect(helperDayConflicts(helper, DAY, day, [], DEFAULT_SETTINGS, { name: 'Noël', kind: 'PUBLIC_HOLIDAY' }).map((f) => f.rule)).toEqual(['VISIT_ON_HOLIDAY', 'VISIT_ON_HOLIDAY']);
  });

  it('plan hours are checked per kind of help', () => {
    const week = [entry('09:00', '12:00', { kind: 'HOUSEHOLD' })];
    expect(planHoursNotCovered('c', DAY, { FAMILY_CARE: 0, HOUSEHOLD: 3 }, week)).toEqual([]);
    expect(planHoursNotCovered('c', DAY, { FAMILY_CARE: 2, HOUSEHOLD: 3 }, week).map((f) => f.key)).toEqual([`PLAN_HOURS_NOT_COVERED:c:${DAY}:FAMILY_CARE`]);
  });

  it('a clean day has no conflict', () => {
    expect(helperDayConflicts(helper, DAY, [entry('09:00', '11:00'), entry('13:00', '15:00')], [], DEFAULT_SETTINGS)).toEqual([]);
  });

  it("each rule's facts carry the values of its sentence, so a client can word it in its own language", () => {
    const iso = (hhmm: string) => new Date(`${DAY}T${hhmm}:00+02:00`).toISOString();
    const [db] = doubleBookings(helper, DAY, [entry('09:00', '10:30'), entry('10:00', '11:00')]);
    expect(db.facts).toEqual({ spans: [{ startsAt: iso('09:00'), endsAt: iso('10:30') }, { startsAt: iso('10:00'), endsAt: iso('11:00') }] });

    const absence = { id: 'a', kind: 'SICKNESS', startsAt: new Date(iso('00:00')), endsAt: new Date(iso('23:00')) };
    const [away] = scheduledWhileAbsent(helper, DAY, [entry('09:00', '11:00')], [absence]);
    expect(away.facts).toEqual({ spans: [{ startsAt: iso('09:00'), endsAt: iso('11:00') }], absenceKind: 'SICKNESS' });

    const [travel] = travelTooShort(helper, DAY, [entry('09:00', '10:00'), entry('10:10', '11:00', { latitude: 50.9, longitude: 4.6 })], DEFAULT_SETTINGS);
    expect(travel.facts).toMatchObject({ gapMinutes: 10, speedKmh: 20 });
    expect(travel.explanation).toContain(`${travel.facts.gapMinutes} min`);
    expect(travel.explanation).toContain(`${travel.facts.km?.toFixed(1)} km apart: about ${travel.facts.neededMinutes} min`);

    const [legal] = legalDayExceeded(helper, DAY, [entry('07:00', '12:00'), entry('12:30', '17:30')], DEFAULT_SETTINGS);
    expect(legal.facts).toEqual({ hours: 10, limitHours: 9 });
    expect(legal.explanation).toContain('scheduled 10 h');

    const [pause] = noBreak(helper, DAY, [entry('08:00', '12:00'), entry('12:10', '15:00')], DEFAULT_SETTINGS);
    expect(pause.facts).toEqual({ spans: [{ startsAt: iso('08:00'), endsAt: iso('15:00') }], hours: 7, limitHours: 6, breakMinutes: 30 });

    const ams = { ...helper, role: 'HOME_HELPER' };
    const [care] = personalCareByHomeHelper(ams, DAY, [entry('16:00', '17:00', { kind: 'HOUSEHOLD', tasks: ['CLEANING', 'PERSONAL_HYGIENE'] })]);
    expect(care.facts).toEqual({ spans: [{ startsAt: iso('16:00'), endsAt: iso('17:00') }], helpKind: 'HOUSEHOLD', tasks: ['PERSONAL_HYGIENE'] });
    // R5: said to the kiosk without the visit's tasks.
    expect(care.explanation).toContain('personal-care tasks (personal hygiene) ');
    expect(withoutTasks(care.explanation)).toContain('but is given personal-care tasks 16:00');

    const half = { ...helper, fte: 0.5 };
    const [week] = contractWeekExceeded(half, DAY, [entry('08:00', '18:00'), entry('08:00', '18:00', { startsAt: new Date('2026-03-31T06:00:00Z'), endsAt: new Date('2026-03-31T16:00:00Z') })], DEFAULT_SETTINGS);
    expect(week.facts).toEqual({ hours: 20, limitHours: 19, fte: 0.5 });
    expect(week.explanation).toContain('scheduled 20 h');

    const [plan] = planHoursNotCovered('c', DAY, { FAMILY_CARE: 6, HOUSEHOLD: 0 }, [entry('09:00', '11:00')]);
    expect(plan.facts).toEqual({ askedHours: 6, helpKind: 'FAMILY_CARE', hours: 2 });
    expect(plan.explanation).toContain('asks for 6 h of family care (AF) a week; only 2 h');
  });
});
