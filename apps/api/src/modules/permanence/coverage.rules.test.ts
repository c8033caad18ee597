import { describe, expect, it } from 'vitest';
import { coverageGaps, gapCause, isCoverageGap, type ShiftCoverage } from './coverage.rules.js';

const t = (iso: string) => new Date(iso);
const weekday: ShiftCoverage = {
  id: 'shift-1',
  kind: 'WEEKDAY',
  startsAt: t('2026-11-24T07:30:00Z'),
  endsAt: t('2026-11-24T16:00:00Z'),
  holders: [
    { staffId: 'a', fullName: 'Ann' },
    { staffId: 'b', fullName: 'Bart' },
  ],
};
const weekend: ShiftCoverage = { ...weekday, id: 'shift-2', kind: 'WEEKEND', startsAt: t('2026-11-27T16:00:00Z'), endsAt: t('2026-11-30T07:30:00Z') };

describe('coverage gaps', () => {
  it('a shift held by people who are present is no gap', () => {
    expect(coverageGaps(weekday, [])).toEqual([]);
  });

  it('a week-end with nobody is critical, a weekday with nobody is high', () => {
    expect(coverageGaps({ ...weekend, holders: [] }, [])).toMatchObject([{ severity: 'CRITICAL', startsAt: weekend.startsAt, endsAt: weekend.endsAt }]);
    expect(coverageGaps({ ...weekday, holders: [] }, [])).toMatchObject([{ severity: 'HIGH' }]);
  });

  it('one member of a binôme away is a warning for the hours they are away only', () => {
    const gaps = coverageGaps(weekday, [{ staffId: 'a', startsAt: t('2026-11-24T12:00:00Z'), endsAt: t('2026-11-25T00:00:00Z') }]);
    expect(gaps).toHaveLength(1);
    expect(gaps[0]).toMatchObject({ severity: 'WARNING', startsAt: t('2026-11-24T12:00:00Z'), endsAt: weekday.endsAt });
    expect(gaps[0].message).toContain('Bart holds it alone');
    expect(isCoverageGap(weekday, [{ staffId: 'a', startsAt: weekday.startsAt, endsAt: weekday.endsAt }])).toBe(false);
  });

  it('when every holder is away at once, the overlap is a gap with the severity of nobody', () => {
    const gaps = coverageGaps(weekend, [
      { staffId: 'a', startsAt: t('2026-11-28T00:00:00Z'), endsAt: t('2026-11-29T12:00:00Z') },
      { staffId: 'b', startsAt: t('2026-11-29T00:00:00Z'), endsAt: t('2026-12-02T00:00:00Z') },
    ]);
    const critical = gaps.filter((g) => g.severity === 'CRITICAL');
    expect(critical).toHaveLength(1);
    expect(critical[0]).toMatchObject({ startsAt: t('2026-11-29T00:00:00Z'), endsAt: t('2026-11-29T12:00:00Z') });
    expect(gaps.filter((g) => g.severity === 'WARNING')).toHaveLength(2);
    expect(isCoverageGap(weekend, [{ staffId: 'a', ...weekend }, { staffId: 'b', ...weekend }])).toBe(true);
  });

  it('absences outside the shift change nothing, and a person holding alone who is away is a gap', () => {
    expect(coverageGaps(weekday, [{ staffId: 'a', startsAt: t('2026-11-20T00:00:00Z'), endsAt: t('2026-11-24T07:30:00Z') }])).toEqual([]);
    const single = { ...weekday, holders: [{ staffId: 'a', fullName: 'Ann' }] };
    expect(coverageGaps(single, [{ staffId: 'a', startsAt: t('2026-11-20T00:00:00Z'), endsAt: t('2026-12-01T00:00:00Z') }])).toMatchObject([{ severity: 'HIGH' }]);
  });

  it('the same cause gives the same key, so re-checking does not open a second alert', () => {
    const a = coverageGaps({ ...weekday, holders: [] }, []);
    const b = coverageGaps({ ...weekday, holders: [] }, []);
    expect(a[0].causeKey).toBe(b[0].causeKey);
  });

  it('each gap says its cause and who is away, so a client can word it in its own language', () => {
    const [nobody] = coverageGaps({ ...weekday, holders: [] }, []);
    expect(gapCause(nobody.causeKey)).toEqual({ cause: 'NOBODY', awayStaffId: null });
    const gaps = coverageGaps(weekday, [{ staffId: 'b', startsAt: weekday.startsAt, endsAt: weekday.endsAt }]);
    expect(gaps.map((g) => gapCause(g.causeKey))).toEqual([{ cause: 'ONE_AWAY', awayStaffId: 'b' }]);
    const all = coverageGaps(weekday, ['a', 'b'].map((staffId) => ({ staffId, startsAt: weekday.startsAt, endsAt: weekday.endsAt })));
    expect(all.map((g) => gapCause(g.causeKey))).toEqual([{ cause: 'ALL_AWAY', awayStaffId: null }]);
    expect(gapCause('something-else:1')).toBeNull();
  });
});
