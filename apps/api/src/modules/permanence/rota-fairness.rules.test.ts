import { describe, expect, it } from 'vitest';
import { belgianPublicHolidays } from '../holidays/index.js';
import { coefficientOfVariation, fairRotation, spread, shiftDays, unfairAfterChange, yearLoad, type HeldShift } from './rota-fairness.rules.js';
import { rotaSpans } from './rota.rules.js';

const holidays2027 = new Set(belgianPublicHolidays(2027).map((h) => h.day));
const closed2027 = (day: string) => holidays2027.has(day);
const noHolidays = () => false;

const weekends = <T extends { kind: string }>(spans: T[]): T[] => spans.filter((s) => s.kind === 'WEEKEND');
const byHolder = <T extends { holderBinomeId: string }>(rows: T[], f: (r: T) => number) => {
  const m = new Map<string, number>();
  for (const r of rows) m.set(r.holderBinomeId, (m.get(r.holderBinomeId) ?? 0) + f(r));
  return m;
};

describe('what a shift counts', () => {
  it('a week-end is two days whatever the clocks do: the DST week-ends of 2027 (62.5 h and 64.5 h)', () => {
    // 26–29 March 2027: summer time starts on Sunday 28; 29 Oct–1 Nov: it ends on Sunday 31 (1 Nov is a holiday).
    const [spring] = weekends(rotaSpans('2027-03-26', '2027-03-27', noHolidays));
    expect((spring.endsAt.getTime() - spring.startsAt.getTime()) / 3_600_000).toBe(62.5);
    expect(shiftDays(spring, closed2027)).toEqual({ weekendDays: 2, holidayDays: 0, weekdayShifts: 0, weekdayHours: 0 });
    const [autumn] = weekends(rotaSpans('2027-10-29', '2027-10-30', closed2027));
    // Friday 17:00 to Tuesday 08:30 (All Saints' Day on the Monday), 88.5 hours with the extra hour.
    expect((autumn.endsAt.getTime() - autumn.startsAt.getTime()) / 3_600_000).toBe(88.5);
    expect(shiftDays(autumn, closed2027)).toEqual({ weekendDays: 2, holidayDays: 1, weekdayShifts: 0, weekdayHours: 0 });
  });

  it('a holiday on a weekday is a holiday day; Ascension Thursday is a shift of its own; a weekday shift counts one', () => {
    const spans = rotaSpans('2027-05-03', '2027-05-10', closed2027);
    const ascension = spans.find((s) => s.kind === 'WEEKEND' && s.startsAt.toISOString().startsWith('2027-05-05'));
    expect(ascension && shiftDays(ascension, closed2027)).toEqual({ weekendDays: 0, holidayDays: 1, weekdayShifts: 0, weekdayHours: 0 });
    expect(shiftDays(spans[0], closed2027)).toEqual({ weekendDays: 0, holidayDays: 0, weekdayShifts: 1, weekdayHours: 8.5 });
  });

  it('a shift split by a replacement: each day counts once, for whoever holds its noon', () => {
    const [we] = weekends(rotaSpans('2027-01-15', '2027-01-16'));
    const cut = new Date('2027-01-16T09:00:00Z'); // Saturday 10:00
    expect(shiftDays({ ...we, endsAt: cut }, noHolidays)).toEqual({ weekendDays: 0, holidayDays: 0, weekdayShifts: 0, weekdayHours: 0 });
    expect(shiftDays({ ...we, startsAt: cut }, noHolidays)).toEqual({ weekendDays: 2, holidayDays: 0, weekdayShifts: 0, weekdayHours: 0 });
  });

  it('the week-end across New Year counts each day in its own year', () => {
    // Friday 31 December 2027 is not a holiday; 1 January 2028 (Saturday) is.
    const [we] = weekends(rotaSpans('2027-12-31', '2028-01-01', noHolidays));
    expect(shiftDays(we, noHolidays, 2027).weekendDays).toBe(0);
    expect(shiftDays(we, noHolidays, 2028).weekendDays).toBe(2);
  });
});

describe('fairRotation', () => {
  it('52 week-ends over FTE 1.0 / 0.8 / 0.5: each within one week-end of its FTE share, all through the year', () => {
    const spans = rotaSpans('2029-01-01', '2029-12-31', noHolidays);
    expect(weekends(spans)).toHaveLength(52);
    const holders = [
      { id: 'full', weight: 1 },
      { id: 'eighty', weight: 0.8 },
      { id: 'half', weight: 0.5 },
    ];
    const rota = fairRotation(spans, holders, noHolidays);
    const counts = byHolder(weekends(rota), () => 1);
    for (const h of holders) expect(Math.abs((counts.get(h.id) ?? 0) - (52 * h.weight) / 2.3), h.id).toBeLessThanOrEqual(1);
    expect([...counts.values()].reduce((a, b) => a + b)).toBe(52);
    // Spread over the year, not in a block: in every quarter each holds within one week-end of its share too.
    const quarter = weekends(rota).slice(0, 13);
    const q = byHolder(quarter, () => 1);
    for (const h of holders) expect(Math.abs((q.get(h.id) ?? 0) - (13 * h.weight) / 2.3), h.id).toBeLessThanOrEqual(1);
    // The half-timer is never on two week-ends in a row.
    const halves = weekends(rota).map((s, i) => (s.holderBinomeId === 'half' ? i : -9));
    expect(halves.some((i, k) => i >= 0 && halves[k + 1] === i + 1)).toBe(false);
  });

  it('holidays count as closed days: 2027 with Belgian holidays stays within one shift of each share', () => {
    const spans = rotaSpans('2027-01-01', '2028-01-01', closed2027);
    const holders = [
      { id: 'A', weight: 1 },
      { id: 'B', weight: 0.9 },
      { id: 'C', weight: 0.5 },
    ];
    const rota = fairRotation(spans, holders, closed2027);
    const days = byHolder(weekends(rota), (s) => shiftDays(s, closed2027).weekendDays + shiftDays(s, closed2027).holidayDays);
    const total = [...days.values()].reduce((a, b) => a + b);
    // From Monday 4 January (1–3 January closed before the first span) to the week-end ending 3 January 2028:
    // 51 week-ends in 2027 and that last one, 6 weekday holidays (1 May, 15 Aug, 25 Dec fall on a week-end).
    expect(total).toBe(52 * 2 + 6);
    for (const h of holders) expect(Math.abs((days.get(h.id) ?? 0) - (total * h.weight) / 2.4), h.id).toBeLessThan(3);
  });

  it('with equal weights it is the old rotation: weekdays day by day, week-ends week by week', () => {
    const spans = rotaSpans('2027-01-04', '2027-01-25');
    const rota = fairRotation(spans, ['A', 'B', 'C'].map((id) => ({ id, weight: 1 })), noHolidays);
    expect(weekends(rota).map((s) => s.holderBinomeId)).toEqual(['A', 'B', 'C']);
    expect(rota.filter((s) => s.kind === 'WEEKDAY').map((s) => s.holderBinomeId).slice(0, 7)).toEqual(['A', 'B', 'C', 'A', 'B', 'C', 'A']);
  });

  it('shifts the rota keeps count for their holder and are not handed out again', () => {
    const spans = rotaSpans('2027-01-04', '2027-02-01');
    const first = weekends(spans)[0];
    const rota = fairRotation(spans, [{ id: 'A', weight: 1 }, { id: 'B', weight: 1 }], noHolidays, (s) => (s === first ? { holderId: 'A' } : null));
    expect(weekends(rota).map((s) => s.holderBinomeId)).toEqual(['B', 'A', 'B']);
  });

  it('issue 12: each member against their own FTE, not the binôme’s mean: a binôme of 1.0 and 0.5 takes turns at the half-timer’s pace', () => {
    const spans = rotaSpans('2029-01-01', '2029-12-31', noHolidays);
    const holders = [
      { id: 'A', members: [{ id: 'a1', fte: 1 }, { id: 'a2', fte: 1 }] },
      { id: 'B', members: [{ id: 'b1', fte: 1 }, { id: 'b2', fte: 0.5 }] },
    ];
    const counts = byHolder(weekends(fairRotation(spans, holders, noHolidays)), () => 1);
    // By the mean FTE (0.75) B would hold 52 × 0.75 / 1.75 ≈ 22 week-ends, the half-timer 44 per FTE
    // against 30 for A's members; by her own FTE B holds about 52 × 0.5 / 1.5 ≈ 17, she about 35 per FTE, as they do.
    expect(Math.abs((counts.get('B') ?? 0) - 52 / 3)).toBeLessThanOrEqual(1);
    expect((counts.get('A') ?? 0) + (counts.get('B') ?? 0)).toBe(52);
    const perFte = { a: counts.get('A') ?? 0, b2: (counts.get('B') ?? 0) / 0.5 };
    expect(Math.abs(perFte.a - perFte.b2)).toBeLessThanOrEqual(2);
  });

  it('a kept shift held by one person after a replacement counts for that person, not for her binôme', () => {
    const spans = rotaSpans('2027-01-04', '2027-02-01');
    const first = weekends(spans)[0];
    const holders = [
      { id: 'A', members: [{ id: 'a1', fte: 1 }, { id: 'a2', fte: 1 }] },
      { id: 'B', members: [{ id: 'b1', fte: 1 }, { id: 'b2', fte: 1 }] },
    ];
    // a1 alone held the first week-end: A's a1 is ahead, so B takes the next; then A, then B (A's a1 still one ahead).
    const rota = fairRotation(spans, holders, noHolidays, (s) => (s === first ? { holderId: null, personIds: ['a1'] } : null));
    expect(weekends(rota).map((s) => s.holderBinomeId)).toEqual(['B', 'A', 'B']);
  });

  it('refuses no holder or a weight that is not above zero', () => {
    expect(() => fairRotation([], [], noHolidays)).toThrow(RangeError);
    expect(() => fairRotation([], [{ id: 'A', weight: 0 }], noHolidays)).toThrow(RangeError);
    expect(() => fairRotation([], [{ id: 'A', weight: Number.NaN }], noHolidays)).toThrow(RangeError);
    expect(() => fairRotation([], [{ id: 'A', members: [{ id: 'a1', fte: 1 }, { id: 'a2', fte: 0 }] }], noHolidays)).toThrow(RangeError);
    expect(() => fairRotation([], [{ id: 'A', members: [] }], noHolidays)).toThrow(RangeError);
  });
});

describe('yearLoad and the fairness figure', () => {
  // From the week-end before New Year's Day 2027 (Thursday 31 December 17:00 to Monday 4 January).
  const spans = rotaSpans('2026-12-28', '2028-01-01', closed2027);
  const people = [
    { id: 'p1', fte: 1 },
    { id: 'p2', fte: 1 },
    { id: 'p3', fte: 0.5 },
  ];
  const held = (holder: (i: number) => string[]): HeldShift[] => spans.map((s, i) => ({ ...s, holderIds: s.kind === 'WEEKEND' ? holder(i) : ['p1'] }));

  it('counts week-ends, holiday days and weekday shifts, the FTE share and the deviation', () => {
    const load = yearLoad(2027, held(() => ['p1', 'p2']), people, closed2027);
    const [p1, p2, p3] = load.people;
    // 2027: 52 Saturdays and Sundays; 7 holidays on a weekday (1 Jan, 29 Mar, 6 May, 17 May, 21 Jul, 1 Nov,
    // 11 Nov); 261 weekdays less those 7. The days of 28–31 December 2026 are not counted.
    expect(p1).toMatchObject({ weekends: 52, weekendDays: 104, holidayDays: 7, closedDays: 111, weekdayShifts: 254 });
    expect(p2.closedDays).toBe(111);
    expect(p3).toMatchObject({ closedDays: 0, weekdayShifts: 0, expectedClosedDays: 44.4, deviation: -44.4 });
    expect(p1.expectedClosedDays).toBe(88.8); // 222 × 1 / 2.5
    expect(p1.deviation).toBe(22.2);
    // closed days per FTE: 111, 111, 0 → mean 74, population standard deviation 52.33.
    expect(load.fairness).toBe(0.707);
    expect(load.totalClosedDays).toBe(222);
    expect(load.meanClosedDaysPerFte).toBe(74);
  });

  it('issue 12: someone who does only weekday permanence is listed with 0 week-ends and her weekday hours, with no share and out of the fairness figure', () => {
    const withWeekday = [...people, { id: 'w1', fte: 0.8, weekendRota: false }];
    const shifts = held(() => ['p1', 'p2']).map((s) => (s.kind === 'WEEKDAY' && s.startsAt.toISOString().startsWith('2027-01-05') ? { ...s, holderIds: ['w1'] } : s));
    // Tuesday 5 January 2027: w1 holds the weekday shift, 08:30 to 17:00; a second one cut at 10:00 by a replacement.
    const cut = shifts.find((s) => s.kind === 'WEEKDAY' && s.startsAt.toISOString().startsWith('2027-01-06'));
    if (!cut) throw new Error('no weekday shift on 6 January 2027');
    shifts.push({ ...cut, endsAt: new Date('2027-01-06T09:00:00Z'), holderIds: ['w1'] });
    const load = yearLoad(2027, shifts, withWeekday, closed2027);
    const w1 = load.people.find((p) => p.staffId === 'w1');
    expect(w1).toEqual({ staffId: 'w1', fte: 0.8, weekendRota: false, weekends: 0, weekendDays: 0, holidayDays: 0, closedDays: 0, weekdayShifts: 1, weekdayHours: 10, expectedClosedDays: 0, deviation: 0 });
    // The others' shares and the fairness figure are as without her.
    const without = yearLoad(2027, shifts, people, closed2027);
    expect(load.fairness).toBe(without.fairness);
    expect(load.people.find((p) => p.staffId === 'p1')?.expectedClosedDays).toBe(88.8);
    expect(load.totalClosedDays).toBe(222);
  });

  it('an even load by FTE has fairness 0; nothing held or nobody gives null', () => {
    const spread = fairRotation(spans, [{ id: 'p1', weight: 1 }, { id: 'p3', weight: 0.5 }], closed2027);
    const load = yearLoad(2027, spread.map((s) => ({ ...s, holderIds: [s.holderBinomeId] })), [people[0], people[2]], closed2027);
    expect(load.fairness).toBeLessThan(0.03);
    expect(yearLoad(2027, [], people, closed2027).fairness).toBeNull();
    expect(yearLoad(2027, [], [], closed2027)).toMatchObject({ fairness: null, meanClosedDaysPerFte: null, people: [] });
    expect(coefficientOfVariation([2, 2, 2])).toBe(0);
    expect(coefficientOfVariation([0, 2])).toBe(1);
  });

  it('one definition for the permanence report too: spread of week-end hours (0 and 63.5 h → CV 1)', () => {
    expect(spread([0, 63.5])).toEqual({ people: 2, mean: 31.75, stdDev: 31.75, coefficientOfVariation: 1, min: 0, max: 63.5 });
    expect(spread([62.5, 63.5, 64.5])).toEqual({ people: 3, mean: 63.5, stdDev: 0.82, coefficientOfVariation: 0.013, min: 62.5, max: 64.5 });
    expect(spread([])).toEqual({ people: 0, mean: null, stdDev: null, coefficientOfVariation: null, min: null, max: null });
    expect(spread([0, 0]).coefficientOfVariation).toBeNull();
  });

  it('a change is flagged for a new holder it leaves more than a week-end above the share, and only if it got worse', () => {
    let k = 0;
    const even = held(() => (k++ % 2 ? ['p1'] : ['p2']));
    const before = yearLoad(2027, even, people.slice(0, 2), closed2027);
    const w = even.findIndex((s) => s.kind === 'WEEKEND');
    const moved = (n: number) => {
      const copy = even.map((s) => ({ ...s }));
      let left = n;
      for (const s of copy) if (s.kind === 'WEEKEND' && s.holderIds[0] === 'p2' && left-- > 0) s.holderIds = ['p1'];
      return copy;
    };
    expect(w).toBeGreaterThanOrEqual(0);
    expect(unfairAfterChange(before, yearLoad(2027, moved(1), people.slice(0, 2), closed2027), ['p1'])).toEqual([]);
    const after = yearLoad(2027, moved(2), people.slice(0, 2), closed2027);
    const [warning] = unfairAfterChange(before, after, ['p1']);
    expect(warning).toMatchObject({ staffId: 'p1' });
    expect(warning.deviation).toBeGreaterThan(2);
    // Handing a week-end back to the one under the share is never flagged.
    expect(unfairAfterChange(after, before, ['p2'])).toEqual([]);
  });
});
