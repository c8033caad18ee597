import { afterEach, describe, expect, it } from 'vitest';
import { createFakeApi, runWithBoard, settle } from '../testing/fakeApi';
import { useCaseloads } from './useCaseloads';

let stop = () => {};
afterEach(() => stop());

const caseload = (urgentOpen: number) => ({ day: '2026-03-04', dayEndsAt: '2099-03-04T23:00:00.000Z', visitsToday: 3, evaluationsOverdue: 2, urgentOpen });

describe('useCaseloads', () => {
  it('reads the counts per sector, and reads them again when the counts-only subscription says they moved', async () => {
    let urgent = 1;
    const api = createFakeApi({ BoardSectorCaseloads: () => ({ data: { sectors: [{ id: 'S1', caseload: caseload(urgent) }] } }) });
    const run = runWithBoard(api.board, () => useCaseloads());
    stop = run.stop;
    await settle();
    expect(run.result.bySector.value.get('S1')?.urgentOpen).toBe(1);
    // It follows the caseload feed only, not the case events (which the kiosk may not see).
    expect(api.openCount('BoardSectorCaseloadChanged')).toBe(1);
    expect(api.calls('BoardPermanenceChanged')).toHaveLength(0);

    urgent = 2;
    api.emit('BoardSectorCaseloadChanged', {
      sectorCaseloadChanged: { cursor: '9', occurredAt: '2026-03-04T09:00:00.000Z', caseloads: [{ sector: { id: 'S1' }, ...caseload(2) }] },
    });
    await settle();
    expect(api.calls('BoardSectorCaseloads')).toHaveLength(2);
    expect(run.result.bySector.value.get('S1')?.urgentOpen).toBe(2);
  });
});
