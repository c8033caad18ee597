import { describe, expect, it } from 'vitest';
import { isPlannedOpen, plannedShiftKind, rotaSpans, rotaWeekStart, rotation, workingHours } from './rota.rules.js';
import { localDay } from '../../time/service-time.js';
import { belgianPublicHolidays } from '../holidays/index.js';

const HOUR = 3_600_000;
const hours = (s: { startsAt: Date; endsAt: Date }) => (s.endsAt.getTime() - s.startsAt.getTime()) / HOUR;
const iso = (s: { kind: string; startsAt: Date; endsAt: Date }) => ({ kind: s.kind, startsAt: s.startsAt.toISOString(), endsAt: s.endsAt.toISOString() });

describe('rotaSpans', () => {
  it('a normal winter week has five weekday shifts 08:30–17:00 and one week-end shift Friday 17:00 to Monday 08:30', () => {
    // 12–18 January 2026: Brussels is UTC+1.
    expect(rotaSpans('2026-01-12', '2026-01-19').map(iso)).toEqual([
      { kind: 'WEEKDAY', startsAt: '2026-01-12T07:30:00.000Z', endsAt: '2026-01-12T16:00:00.000Z' },
      { kind: 'WEEKDAY', startsAt: '2026-01-13T07:30:00.000Z', endsAt: '2026-01-13T16:00:00.000Z' },
      { kind: 'WEEKDAY', startsAt: '2026-01-14T07:30:00.000Z', endsAt: '2026-01-14T16:00:00.000Z' },
      { kind: 'WEEKDAY', startsAt: '2026-01-15T07:30:00.000Z', endsAt: '2026-01-15T16:00:00.000Z' },
      { kind: 'WEEKDAY', startsAt: '2026-01-16T07:30:00.000Z', endsAt: '2026-01-16T16:00:00.000Z' },
      { kind: 'WEEKEND', startsAt: '2026-01-16T16:00:00.000Z', endsAt: '2026-01-19T07:30:00.000Z' },
    ]);
  });

  it('a normal week-end shift lasts 63.5 hours and a weekday shift 8.5 hours', () => {
    const spans = rotaSpans('2026-06-08', '2026-06-15');
    expect(spans.filter((s) => s.kind === 'WEEKDAY').map(hours)).toEqual([8.5, 8.5, 8.5, 8.5, 8.5]);
    expect(spans.filter((s) => s.kind === 'WEEKEND').map(hours)).toEqual([63.5]);
  });

  it('summer time keeps local hours: a June weekday shift is 06:30–15:00 UTC', () => {
    expect(rotaSpans('2026-06-10', '2026-06-11').map(iso)).toEqual([
      { kind: 'WEEKDAY', startsAt: '2026-06-10T06:30:00.000Z', endsAt: '2026-06-10T15:00:00.000Z' },
    ]);
  });

  it('the week-end when clocks go forward (29 March 2026) lasts 62.5 hours, Friday 17:00 CET to Monday 08:30 CEST', () => {
    const [weekend] = rotaSpans('2026-03-27', '2026-03-28').filter((s) => s.kind === 'WEEKEND');
    expect(iso(weekend)).toEqual({ kind: 'WEEKEND', startsAt: '2026-03-27T16:00:00.000Z', endsAt: '2026-03-30T06:30:00.000Z' });
    expect(hours(weekend)).toBe(62.5);
  });

  it('the week-end when clocks go back (25 October 2026) lasts 64.5 hours, Friday 17:00 CEST to Monday 08:30 CET', () => {
    const [weekend] = rotaSpans('2026-10-23', '2026-10-24').filter((s) => s.kind === 'WEEKEND');
    expect(iso(weekend)).toEqual({ kind: 'WEEKEND', startsAt: '2026-10-23T15:00:00.000Z', endsAt: '2026-10-26T07:30:00.000Z' });
    expect(hours(weekend)).toBe(64.5);
  });

  it('the weekday shifts either side of a clock change both last 8.5 hours', () => {
    const around = rotaSpans('2026-10-23', '2026-10-27').filter((s) => s.kind === 'WEEKDAY');
    expect(around.map(iso)).toEqual([
      { kind: 'WEEKDAY', startsAt: '2026-10-23T06:30:00.000Z', endsAt: '2026-10-23T15:00:00.000Z' },
      { kind: 'WEEKDAY', startsAt: '2026-10-26T07:30:00.000Z', endsAt: '2026-10-26T16:00:00.000Z' },
    ]);
    expect(around.map(hours)).toEqual([8.5, 8.5]);
  });

  it('shifts follow one another without overlap: each week-end ends when the Monday shift starts', () => {
    const spans = rotaSpans('2026-03-02', '2026-11-02');
    for (let i = 1; i < spans.length; i++) expect(spans[i].startsAt >= spans[i - 1].endsAt).toBe(true);
    const mondays = spans.filter((s, i) => i > 0 && spans[i - 1].kind === 'WEEKEND');
    for (const monday of mondays) {
      const weekend = spans[spans.indexOf(monday) - 1];
      expect(weekend.endsAt.getTime()).toBe(monday.startsAt.getTime());
    }
  });

  it('the range is by local start date, from included, to excluded: a week-end starting on the last day is in, one starting on toDate is out', () => {
    expect(rotaSpans('2026-01-16', '2026-01-17').map((s) => s.kind)).toEqual(['WEEKDAY', 'WEEKEND']);
    expect(rotaSpans('2026-01-17', '2026-01-23').map((s) => s.kind)).toEqual(['WEEKDAY', 'WEEKDAY', 'WEEKDAY', 'WEEKDAY']);
    // The week-end started on Friday 16 January is not in a range from Saturday, though it runs into it.
    expect(rotaSpans('2026-01-17', '2026-01-19')).toEqual([]);
  });

  it('an empty or reversed range has no shifts', () => {
    expect(rotaSpans('2026-01-12', '2026-01-12')).toEqual([]);
    expect(rotaSpans('2026-01-19', '2026-01-12')).toEqual([]);
  });

  it('2026 has 52 week-end shifts and 261 weekday shifts (it starts and ends on a Thursday)', () => {
    const year = rotaSpans('2026-01-01', '2027-01-01');
    expect(year.filter((s) => s.kind === 'WEEKEND')).toHaveLength(52);
    expect(year.filter((s) => s.kind === 'WEEKDAY')).toHaveLength(261);
  });

  it('rejects dates that are not YYYY-MM-DD', () => {
    expect(() => rotaSpans('2026-1-12', '2026-01-19')).toThrow(RangeError);
    expect(() => rotaSpans('2026-01-12', '2026-02-30')).toThrow(RangeError);
  });
});

describe('isPlannedOpen', () => {
  // 13 January 2026 is a Tuesday; Brussels is UTC+1.
  it('a weekday at 10:00 is open (weekday permanence)', () => {
    expect(isPlannedOpen(new Date('2026-01-13T09:00:00Z'))).toBe(true);
    expect(plannedShiftKind(new Date('2026-01-13T09:00:00Z'))).toBe('WEEKDAY');
  });

  it('a weekday night is planned empty, not open', () => {
    expect(isPlannedOpen(new Date('2026-01-13T22:00:00Z'))).toBe(false); // Tuesday 23:00
    expect(isPlannedOpen(new Date('2026-01-14T05:00:00Z'))).toBe(false); // Wednesday 06:00
    expect(plannedShiftKind(new Date('2026-01-13T22:00:00Z'))).toBeNull();
  });

  it('Saturday night and Sunday are open (week-end permanence)', () => {
    expect(plannedShiftKind(new Date('2026-01-17T02:00:00Z'))).toBe('WEEKEND');
    expect(plannedShiftKind(new Date('2026-01-18T12:00:00Z'))).toBe('WEEKEND');
  });

  it('weekday hours open at 08:30 and close at 17:00, opening included, closing excluded', () => {
    expect(isPlannedOpen(new Date('2026-01-13T07:29:59Z'))).toBe(false); // 08:29:59
    expect(isPlannedOpen(new Date('2026-01-13T07:30:00Z'))).toBe(true); // 08:30
    expect(isPlannedOpen(new Date('2026-01-13T15:59:59Z'))).toBe(true); // 16:59:59
    expect(isPlannedOpen(new Date('2026-01-13T16:00:00Z'))).toBe(false); // 17:00
  });

  it('Friday 17:00 hands over from the weekday to the week-end permanence without a closed minute', () => {
    expect(plannedShiftKind(new Date('2026-01-16T15:59:59Z'))).toBe('WEEKDAY');
    expect(plannedShiftKind(new Date('2026-01-16T16:00:00Z'))).toBe('WEEKEND');
  });

  it('Monday 08:30 hands over from the week-end to the weekday permanence without a closed minute', () => {
    expect(plannedShiftKind(new Date('2026-01-19T07:29:59Z'))).toBe('WEEKEND');
    expect(plannedShiftKind(new Date('2026-01-19T07:30:00Z'))).toBe('WEEKDAY');
  });

  it('Friday morning before 08:30 and Monday evening after 17:00 are weekday nights, closed', () => {
    expect(isPlannedOpen(new Date('2026-01-16T06:00:00Z'))).toBe(false); // Friday 07:00
    expect(isPlannedOpen(new Date('2026-01-19T18:00:00Z'))).toBe(false); // Monday 19:00
  });

  it('agrees with rotaSpans: every planned-open instant lies in a shift of that kind', () => {
    const spans = rotaSpans('2026-03-23', '2026-04-06');
    const from = spans[0].startsAt.getTime();
    for (let t = from; t < from + 13 * 24 * HOUR; t += 15 * 60_000) {
      const instant = new Date(t);
      const shift = spans.find((s) => s.startsAt <= instant && instant < s.endsAt);
      expect(plannedShiftKind(instant)).toBe(shift?.kind ?? null);
    }
  });
});

describe('workingHours', () => {
  it('a sector social worker is on duty on a weekday at 10:00 local', () => {
    expect(workingHours(new Date('2026-01-13T09:00:00Z'))).toBe(true);
  });

  it('is off duty at night, on Friday evening and all week-end', () => {
    expect(workingHours(new Date('2026-01-13T20:00:00Z'))).toBe(false); // Tuesday 21:00
    expect(workingHours(new Date('2026-01-16T16:00:00Z'))).toBe(false); // Friday 17:00
    expect(workingHours(new Date('2026-01-17T09:00:00Z'))).toBe(false); // Saturday 10:00
    expect(workingHours(new Date('2026-01-18T09:00:00Z'))).toBe(false); // Sunday 10:00
  });

  it('follows local time in summer: 08:30 CEST is 06:30 UTC', () => {
    expect(workingHours(new Date('2026-06-10T06:29:00Z'))).toBe(false);
    expect(workingHours(new Date('2026-06-10T06:30:00Z'))).toBe(true);
  });
});

describe('rota weeks', () => {
  it('a rota week starts on the local Monday: 00:30 on Monday in Brussels is the new week though UTC is still Sunday', () => {
    // Sunday 18 January 23:30 local is 22:30 UTC, still Sunday in both: the week of Monday 12.
    expect(rotaWeekStart(new Date('2026-01-18T22:30:00Z'))).toBe('2026-01-12');
    // Monday 19 January 00:30 local is Sunday 23:30 UTC: locally it is already the next week.
    expect(rotaWeekStart(new Date('2026-01-18T23:30:00Z'))).toBe('2026-01-19');
  });

  it('the local date of an instant just after midnight Brussels is the next day although UTC is still on the previous one', () => {
    expect(localDay(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
  });
});

describe('rotation', () => {
  it('hands weekdays to binômes day by day and week-ends week by week', () => {
    const spans = rotaSpans('2026-11-23', '2026-12-07');
    const held = rotation(spans, ['A', 'B', 'C']);
    expect(held.filter((s) => s.kind === 'WEEKDAY').map((s) => s.holderBinomeId).join('')).toBe('ABCABCABCA');
    expect(held.filter((s) => s.kind === 'WEEKEND').map((s) => s.holderBinomeId)).toEqual(['A', 'B']);
    expect(() => rotation(spans, [])).toThrow(RangeError);
  });
});

describe('holidays in the rota', () => {
  const legal = new Set([...belgianPublicHolidays(2026), ...belgianPublicHolidays(2027)].map((h) => h.day));
  const closed = (day: string) => legal.has(day);
  const iso = (s: { kind: string; startsAt: Date; endsAt: Date }) => [s.kind, s.startsAt.toISOString(), s.endsAt.toISOString()];

  it('a holiday is held like a week-end day: Easter Monday lengthens the week-end to Tuesday 08:30', () => {
    expect(rotaSpans('2026-04-03', '2026-04-08', closed).map(iso)).toEqual([
      ['WEEKDAY', '2026-04-03T06:30:00.000Z', '2026-04-03T15:00:00.000Z'],
      ['WEEKEND', '2026-04-03T15:00:00.000Z', '2026-04-07T06:30:00.000Z'],
      ['WEEKDAY', '2026-04-07T06:30:00.000Z', '2026-04-07T15:00:00.000Z'],
    ]);
  });

  it('a Thursday holiday (Ascension) is a shift of its own from Wednesday 17:00 to Friday 08:30, with no weekday shift', () => {
    const spans = rotaSpans('2026-05-13', '2026-05-16', closed).map(iso);
    expect(spans).toEqual([
      ['WEEKDAY', '2026-05-13T06:30:00.000Z', '2026-05-13T15:00:00.000Z'],
      ['WEEKEND', '2026-05-13T15:00:00.000Z', '2026-05-15T06:30:00.000Z'],
      ['WEEKDAY', '2026-05-15T06:30:00.000Z', '2026-05-15T15:00:00.000Z'],
      ['WEEKEND', '2026-05-15T15:00:00.000Z', '2026-05-18T06:30:00.000Z'],
    ]);
  });

  it('Christmas on a Friday: the week-end starts on Thursday at 17:00; offices are closed that day', () => {
    expect(rotaSpans('2026-12-24', '2026-12-29', closed).map(iso).slice(0, 3)).toEqual([
      ['WEEKDAY', '2026-12-24T07:30:00.000Z', '2026-12-24T16:00:00.000Z'],
      ['WEEKEND', '2026-12-24T16:00:00.000Z', '2026-12-28T07:30:00.000Z'],
      ['WEEKDAY', '2026-12-28T07:30:00.000Z', '2026-12-28T16:00:00.000Z'],
    ]);
    const christmasMorning = new Date('2026-12-25T09:30:00Z');
    expect(workingHours(christmasMorning, closed)).toBe(false);
    expect(workingHours(christmasMorning)).toBe(true);
    expect(plannedShiftKind(christmasMorning, closed)).toBe('WEEKEND');
    expect(plannedShiftKind(new Date('2026-12-24T17:00:00Z'), closed)).toBe('WEEKEND');
    expect(plannedShiftKind(new Date('2026-12-23T17:00:00Z'), closed)).toBeNull();
  });
});
