import { afterEach, describe, expect, it } from 'vitest';
import { ref } from 'vue';
import { callAnswer, event } from '../testing/factories';
import { createFakeApi, runWithBoard, settle } from '../testing/fakeApi';
import { useWhoToCall } from './useWhoToCall';

let stop = () => {};
afterEach(() => stop());

function sector(code: string, now: ReturnType<typeof callAnswer>, next?: ReturnType<typeof callAnswer>) {
  return { id: `sector-${code}`, code, name: `Secteur ${code}`, socialWorker: null, now, ...(next ? { next } : {}) };
}

describe('useWhoToCall', () => {
  it('waits until the next shift is known, then asks who to call now and from then', async () => {
    const api = createFakeApi({
      BoardSectors: (v) => ({ data: { sectors: [sector('S1', callAnswer('Anne Lambert'), v.withNext ? callAnswer('Sophie Martin') : undefined)] } }),
    });
    const nextAt = ref<string | null | undefined>(undefined);
    const run = runWithBoard(api.board, () => useWhoToCall(nextAt));
    stop = run.stop;
    await settle();
    expect(api.calls('BoardSectors')).toHaveLength(0);

    nextAt.value = '2099-03-02T16:00:00.000Z';
    await settle();
    expect(api.calls('BoardSectors')[0]?.variables).toEqual({ nextAt: '2099-03-02T16:00:00.000Z', withNext: true });
    expect(run.result.sectors.value[0]?.now.person?.fullName).toBe('Anne Lambert');
    expect(run.result.sectors.value[0]?.next?.person?.fullName).toBe('Sophie Martin');
  });

  it('R14: shows the flying social worker once an absence of the sector social worker is published', async () => {
    let away = false;
    const api = createFakeApi({
      BoardSectors: () => ({
        data: {
          sectors: [
            sector(
              'S1',
              away
                ? callAnswer('Paul Renard', {
                    role: 'FLYING_SOCIAL_WORKER',
                    chain: [{ role: 'SECTOR_SOCIAL_WORKER', skipped: true, reasonCode: 'AWAY', reason: 'Anne Lambert is on sick leave.', until: null, person: { id: 'a', fullName: 'Anne Lambert' } }],
                  })
                : callAnswer('Anne Lambert'),
            ),
          ],
        },
      }),
    });
    const run = runWithBoard(api.board, () => useWhoToCall(null));
    stop = run.stop;
    await settle();
    expect(run.result.sectors.value[0]?.now.person?.fullName).toBe('Anne Lambert');

    away = true;
    api.emit('BoardAbsenceChanged', { absenceChanged: event('7', 'ABSENCE_RECORDED') });
    await settle();
    const now = run.result.sectors.value[0]?.now;
    expect(now?.person?.fullName).toBe('Paul Renard');
    expect(now?.chain[0]?.reasonCode).toBe('AWAY');
  });

  it('R14 follows R11: reads who to call again when the counts-only planning feed says a replacement was approved', async () => {
    let replaced = false;
    const api = createFakeApi({
      BoardSectors: () => ({ data: { sectors: [sector('S3', replaced ? callAnswer('Julie Leclercq', { role: 'FLYING_SOCIAL_WORKER' }) : callAnswer('Sofie Peeters'))] } }),
    });
    const run = runWithBoard(api.board, () => useWhoToCall(null));
    stop = run.stop;
    await settle();
    expect(api.openCount('BoardPlanningChanged')).toBe(1);
    expect(run.result.sectors.value[0]?.now.person?.fullName).toBe('Sofie Peeters');

    replaced = true;
    api.emit('BoardPlanningChanged', { planningBoardChanged: event('8', 'FLYING_ASSIGNMENT_APPROVED') });
    await settle();
    expect(run.result.sectors.value[0]?.now.person?.fullName).toBe('Julie Leclercq');
  });
});
