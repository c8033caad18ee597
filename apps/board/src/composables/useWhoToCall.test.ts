import { afterEach, describe, expect, it } from 'vitest';
import { ref } from 'vue';
import { callAnswer, event } from '../testing/factories';
import { createFakeApi, runWithBoard, settle } from '../testing/fakeApi';
import { useWhoToCall } from './useWhoToCall';

let stop = () => {};
afterEach(() => stop());

function sector(code: string, now: ReturnType<typeof callAnswer>) {
  return { id: `sector-${code}`, code, name: `Secteur ${code}`, socialWorker: null, now };
}

const fedAnswer = (code: string, answer: ReturnType<typeof callAnswer>) => ({ sector: { id: `sector-${code}` }, ...answer });

describe('useWhoToCall', () => {
  it('reads who to call now at once, and from the next shift once it is known', async () => {
    const api = createFakeApi({
      BoardSectors: () => ({ data: { sectors: [sector('S1', callAnswer('Anne Lambert'))] } }),
      BoardSectorsNext: () => ({ data: { sectors: [{ id: 'sector-S1', next: callAnswer('Sophie Martin') }] } }),
    });
    const nextAt = ref<string | null | undefined>(undefined);
    const run = runWithBoard(api.board, () => useWhoToCall(nextAt));
    stop = run.stop;
    await settle();
    expect(api.calls('BoardSectors')).toHaveLength(1);
    expect(api.calls('BoardSectorsNext')).toHaveLength(0);
    expect(run.result.sectors.value[0]?.now.person?.fullName).toBe('Anne Lambert');
    expect(run.result.sectors.value[0]?.next).toBeUndefined();

    nextAt.value = '2099-03-02T16:00:00.000Z';
    await settle();
    expect(api.calls('BoardSectorsNext')[0]?.variables).toEqual({ nextAt: '2099-03-02T16:00:00.000Z' });
    expect(run.result.sectors.value[0]?.next?.person?.fullName).toBe('Sophie Martin');
  });

  it('R14: follows the who-to-call feed: the flying social worker appears without asking again, only in the sector the feed names', async () => {
    const api = createFakeApi({
      BoardSectors: () => ({ data: { sectors: [sector('S1', callAnswer('Anne Lambert')), sector('S2', callAnswer('Bart Peeters'))] } }),
    });
    const run = runWithBoard(api.board, () => useWhoToCall(null));
    stop = run.stop;
    await settle();
    expect(api.openCount('BoardSectorsWhoToCallChanged')).toBe(1);
    expect(run.result.sectors.value.map((s) => s.now.person?.fullName)).toEqual(['Anne Lambert', 'Bart Peeters']);

    const flying = callAnswer('Paul Renard', {
      role: 'FLYING_SOCIAL_WORKER',
      chain: [{ role: 'SECTOR_SOCIAL_WORKER', skipped: true, reasonCode: 'AWAY', reason: 'Anne Lambert is away.', until: null, person: { id: 'a', fullName: 'Anne Lambert' } }],
    });
    api.emit('BoardSectorsWhoToCallChanged', { sectorsWhoToCallChanged: { cursor: '7', cause: 'ABSENCE_RECORDED', occurredAt: '2026-03-02T09:00:00.000Z', answers: [fedAnswer('S1', flying)] } });
    await settle();
    expect(run.result.sectors.value.map((s) => s.now.person?.fullName)).toEqual(['Paul Renard', 'Bart Peeters']);
    expect(run.result.sectors.value[0]?.now.chain[0]?.reasonCode).toBe('AWAY');
    // The hour turning comes by the feed too (no cursor): the week-end permanence at 17:00.
    api.emit('BoardSectorsWhoToCallChanged', {
      sectorsWhoToCallChanged: { cursor: null, cause: 'CLOCK', occurredAt: '2026-03-06T16:00:00.000Z', answers: [fedAnswer('S2', callAnswer('Marc Dubois', { role: 'PERMANENCE' }))] },
    });
    await settle();
    expect(run.result.sectors.value.map((s) => s.now.role)).toEqual(['FLYING_SOCIAL_WORKER', 'PERMANENCE']);
    expect(api.calls('BoardSectors')).toHaveLength(1);
  });

  it('an absence or a replacement re-reads only the next-shift line; a reconnection reads "now" again', async () => {
    let next = 'Sophie Martin';
    let now = 'Anne Lambert';
    const api = createFakeApi({
      BoardSectors: () => ({ data: { sectors: [sector('S3', callAnswer(now))] } }),
      BoardSectorsNext: () => ({ data: { sectors: [{ id: 'sector-S3', next: callAnswer(next) }] } }),
    });
    const run = runWithBoard(api.board, () => useWhoToCall('2099-03-02T16:00:00.000Z'));
    stop = run.stop;
    await settle();
    next = 'Julie Leclercq';
    api.emit('BoardAbsenceChanged', { absenceChanged: event('8', 'ABSENCE_RECORDED') });
    api.emit('BoardPlanningChanged', { planningBoardChanged: event('9', 'FLYING_ASSIGNMENT_APPROVED') });
    await new Promise((r) => setTimeout(r, 80));
    await settle();
    expect(run.result.sectors.value[0]?.next?.person?.fullName).toBe('Julie Leclercq');
    expect(api.calls('BoardSectors')).toHaveLength(1);

    now = 'Paul Renard';
    api.reconnect();
    await new Promise((r) => setTimeout(r, 80));
    await settle();
    expect(api.calls('BoardSectors')).toHaveLength(2);
    expect(run.result.sectors.value[0]?.now.person?.fullName).toBe('Paul Renard');
  });
});
