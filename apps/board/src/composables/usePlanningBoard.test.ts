import { afterEach, describe, expect, it } from 'vitest';
import { event } from '../testing/factories';
import { createFakeApi, runWithBoard, settle } from '../testing/fakeApi';
import { usePlanningBoard } from './usePlanningBoard';

let stop = () => {};
afterEach(() => stop());

const person = (id: string, fullName: string) => ({ id, fullName });
const s3 = { id: 'sector-S3', code: 'S3', name: 'Anderlecht' };

function board(revisions: number, replacement: boolean) {
  return {
    month: '2026-04',
    currentMonth: false,
    status: 'DRAFT',
    requests: 30,
    revisions,
    revisionLimit: 14,
    controls: 7,
    controlLimit: 7,
    unplaced: 8,
    suspended: 2,
    relayQueueSize: 12,
    flyingWorker: person('f', 'Julie Leclercq'),
    relayWorker: person('r', 'Pieter De Smet'),
    sectors: [{ sector: s3, revisions: 2, revisionQuota: 2, controls: 1, controlQuota: 1, unplaced: 1 }],
    replacement: replacement
      ? { kind: 'SICKNESS_REPLACEMENT', inProgress: true, startsAt: '2026-03-03T23:00:00.000Z', endsAt: '2099-03-12T23:00:00.000Z', flyingWorker: person('f', 'Julie Leclercq'), socialWorker: person('s', 'Sofie Peeters'), sector: s3 }
      : null,
  };
}

describe('usePlanningBoard', () => {
  it('R7, R11: reads the panel again when the counts-only planning feed moves, and its replacement key changes when the replacement ends', async () => {
    let state = board(14, true);
    const api = createFakeApi({ BoardPlanning: () => ({ data: { planningBoard: state } }) });
    const run = runWithBoard(api.board, () => usePlanningBoard());
    stop = run.stop;
    await settle();
    expect(run.result.board.value?.revisions).toBe(14);
    const before = run.result.replacementKey.value;
    expect(before).not.toBe('none');
    // The kiosk follows planningBoardChanged (type and cursor only), not the planning's own feed.
    expect(api.openCount('BoardPlanningChanged')).toBe(1);

    state = board(13, false);
    api.emit('BoardPlanningChanged', { planningBoardChanged: event('5', 'FLYING_ASSIGNMENT_ENDED') });
    await settle();
    expect(run.result.board.value?.revisions).toBe(13);
    expect(run.result.replacementKey.value).toBe('none');
  });
});
