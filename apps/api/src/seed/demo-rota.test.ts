// demoRota on its own, without a database: which binôme holds what around the demo's sick worker and gap.
import { describe, expect, it } from 'vitest';
import { demoRota } from './demo.js';

// Wednesday 25 March 2026, 11:00 in Brussels: the week before the clocks go forward.
const NOW = new Date('2026-03-25T10:00:00Z');

describe('demoRota', () => {
  const binomeIds = ['A', 'B', 'C', 'D', 'E'];
  const single = { partTimer: 'part-timer', relay: 'relay' };

  it('on a Saturday, the sick binôme holds Monday and the gap is the Thursday after', () => {
    const rota = demoRota(new Date('2026-03-21T12:00:00Z'), binomeIds, single);
    const at = (iso: string) => rota.find((s) => s.startsAt.toISOString() === iso);
    expect(at('2026-03-23T07:30:00.000Z')?.holderBinomeId).toBe('B');
    expect(at('2026-03-26T07:30:00.000Z')).toMatchObject({ holderBinomeId: null, holderStaffId: null });
  });

  it('on a Friday evening, the next weekday shift is Monday, and it is not the gap', () => {
    const rota = demoRota(new Date('2026-03-20T18:00:00Z'), binomeIds, single);
    const at = (iso: string) => rota.find((s) => s.startsAt.toISOString() === iso);
    expect(at('2026-03-23T07:30:00.000Z')?.holderBinomeId).toBe('B');
    expect(at('2026-03-26T07:30:00.000Z')?.holderBinomeId).toBeNull();
  });

  it('rotates weekday shifts day by day and week-ends week by week through all binômes', () => {
    const rota = demoRota(NOW, binomeIds, single);
    const weekdays = rota.filter((s) => s.kind === 'WEEKDAY' && s.holderBinomeId).slice(0, 10);
    expect(new Set(weekdays.map((s) => s.holderBinomeId)).size).toBe(5);
    const weekends = rota.filter((s) => s.kind === 'WEEKEND').slice(0, 3);
    expect(weekends.map((s) => s.holderBinomeId)).toEqual(['A', 'B', 'C']);
  });
});
