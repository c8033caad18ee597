import { describe, expect, it } from 'vitest';
import { groupConflicts, type Conflict } from './groupConflicts';

const conflict = (id: string, rule: string, day: string, helper: string | null, sector = 's1', severity = 'HIGH') =>
  ({ id, rule, day, severity, helper: helper ? { id: helper, fullName: helper } : null, sector: { id: sector, name: sector } }) as unknown as Conflict;

describe('groupConflicts', () => {
  it('groups the same rule for the same helper, keeping the API order and the span of days', () => {
    const groups = groupConflicts([
      conflict('a', 'SCHEDULED_WHILE_ABSENT', '2026-12-04', 'samira'),
      conflict('b', 'DOUBLE_BOOKING', '2026-12-03', 'agnieszka'),
      conflict('c', 'SCHEDULED_WHILE_ABSENT', '2026-12-03', 'samira'),
      conflict('d', 'SCHEDULED_WHILE_ABSENT', '2026-12-04', 'bram'),
    ]);
    expect(groups.map((g) => [g.first.id, g.conflicts.length, g.days.from, g.days.to])).toEqual([
      ['a', 2, '2026-12-03', '2026-12-04'],
      ['b', 1, '2026-12-03', '2026-12-03'],
      ['d', 1, '2026-12-04', '2026-12-04'],
    ]);
  });

  it('without a helper, groups by sector; a different severity stays apart', () => {
    const groups = groupConflicts([
      conflict('a', 'PLAN_HOURS_NOT_COVERED', '2026-11-30', null, 's2', 'MEDIUM'),
      conflict('b', 'PLAN_HOURS_NOT_COVERED', '2026-12-07', null, 's2', 'MEDIUM'),
      conflict('c', 'PLAN_HOURS_NOT_COVERED', '2026-11-30', null, 's5', 'MEDIUM'),
      conflict('d', 'PLAN_HOURS_NOT_COVERED', '2026-11-30', null, 's5', 'HIGH'),
    ]);
    expect(groups.map((g) => g.conflicts.map((c) => c.id))).toEqual([['a', 'b'], ['c'], ['d']]);
  });
});
