// The demo rota's week-ends and holidays go by FTE, each member against their own (issue 12): binôme D
// (1.0 and 0.8 FTE) takes turns at its 0.8 member's pace, fewer closed days than the full-time binômes.
import { describe, expect, it } from 'vitest';
import { belgianPublicHolidays } from '../modules/holidays/index.js';
import { shiftDays } from '../modules/permanence/rota-fairness.rules.js';
import { demoRota } from './demo.js';

describe('the demo rota by FTE', () => {
  it('hands the year’s week-ends and holidays to the five binômes by their FTE', () => {
    const holidays = new Set([2026, 2027].flatMap((y) => belgianPublicHolidays(y).map((h) => h.day)));
    const closed = (day: string) => holidays.has(day);
    const rota = demoRota(new Date('2026-11-23T09:00:00Z'), ['A', 'B', 'C', 'D', 'E'], { partTimer: 'part-timer', relay: 'relay' }, closed);
    const days = new Map<string, number>();
    let total = 0;
    for (const s of rota.filter((x) => x.kind === 'WEEKEND')) {
      const d = shiftDays(s, closed);
      total += d.weekendDays + d.holidayDays;
      const who = s.holderBinomeId ?? s.holderStaffId ?? 'nobody';
      days.set(who, (days.get(who) ?? 0) + d.weekendDays + d.holidayDays);
    }
    // Two week-ends are set aside on purpose (nobody, the relay social worker alone): the rest at the pace of
    // each binôme's member with the least FTE (1, 1, 1, 0.8, 1), not the binôme's mean (0.9).
    const shared = total - (days.get('nobody') ?? 0) - (days.get('relay') ?? 0);
    const weights = { A: 1, B: 1, C: 1, D: 0.8, E: 1 };
    for (const [id, w] of Object.entries(weights)) expect(Math.abs((days.get(id) ?? 0) - (shared * w) / 4.8), id).toBeLessThanOrEqual(3);
    expect(days.get('D')).toBeLessThan(Math.min(...['A', 'B', 'C', 'E'].map((id) => days.get(id) ?? 0)));
  });
});
