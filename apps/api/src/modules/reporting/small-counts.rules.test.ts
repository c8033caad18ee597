import { describe, expect, it } from 'vitest';
import { groupSmallCancellations, GROUPED_REASONS, SMALL_COUNT, withholdSmallUrgent } from './small-counts.rules.js';

const row = (reason: string, visits: number, over: Partial<{ month: string; sectorCode: string; helpKind: string }> = {}) => ({
  month: '2026-02',
  sectorCode: 'S1',
  sectorName: 'Secteur 1',
  helpKind: 'FAMILY_CARE',
  reason,
  visits,
  hours: visits * 1.5,
  ...over,
});

describe('small counts for reporting tools', () => {
  it('keeps a reason with at least three visits, groups the smaller ones of the same month, sector and kind', () => {
    const out = groupSmallCancellations([row('HELPER_ILL', 5), row('BENEFICIARY_IN_HOSPITAL', 1), row('BENEFICIARY_ABSENT', 2), row('EMERGENCY', 1)]);
    expect(out).toEqual([{ ...row(GROUPED_REASONS, 4), hours: 6 }, row('HELPER_ILL', 5)]);
    expect(SMALL_COUNT).toBe(3);
  });

  it('leaves out a group still under three, and never groups across months, sectors or help kinds', () => {
    const out = groupSmallCancellations([
      row('BENEFICIARY_IN_HOSPITAL', 1),
      row('BENEFICIARY_ABSENT', 1, { month: '2026-03' }),
      row('EMERGENCY', 1, { sectorCode: 'S2' }),
      row('OTHER', 1, { helpKind: 'HOUSEHOLD' }),
    ]);
    expect(out).toEqual([]);
    expect(groupSmallCancellations([row('HELPER_ILL', 3)])).toEqual([row('HELPER_ILL', 3)]);
  });

  it('withholds how long fewer than three urgent situations waited, keeps their counts', () => {
    const few = { urgentCases: 2, acted: 2, medianHoursToAction: 4, maxHoursToAction: 6 };
    const many = { urgentCases: 3, acted: 3, medianHoursToAction: 4, maxHoursToAction: 6 };
    expect(withholdSmallUrgent([few, many])).toEqual([{ ...few, medianHoursToAction: null, maxHoursToAction: null }, many]);
    // Three urgent cases of which one was acted on: its wait would be the median and the max.
    const oneActed = { urgentCases: 3, acted: 1, medianHoursToAction: 30, maxHoursToAction: 30 };
    expect(withholdSmallUrgent([oneActed])).toEqual([{ ...oneActed, medianHoursToAction: null, maxHoursToAction: null }]);
  });
});
