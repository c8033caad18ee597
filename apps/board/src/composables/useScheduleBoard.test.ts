import { afterEach, describe, expect, it } from 'vitest';
import { event } from '../testing/factories';
import { createFakeApi, runWithBoard, settle } from '../testing/fakeApi';
import { useScheduleBoard } from './useScheduleBoard';

let stop = () => {};
afterEach(() => stop());

const helper = (fullName: string) => ({ id: `staff-${fullName}`, fullName });
function change(id: string, kind: 'CANCEL' | 'MOVE') {
  const state = { startsAt: '2026-03-04T08:00:00.000Z', endsAt: '2026-03-04T10:00:00.000Z', helper: helper('Fanny Family') };
  return { id, kind, reason: 'HELPER_ILL', at: '2026-03-04T07:30:00.000Z', sector: { id: 's1', name: 'Ixelles' }, by: helper('Sarah Sector'), before: state, after: state };
}
function conflict(id: string, severity: 'HIGH' | 'LOW') {
  return { id, rule: 'DOUBLE_BOOKING', title: 'Helper in two places at once', severity, hard: severity === 'HIGH', explanation: `why ${id}`, acknowledgedAt: null, sector: { id: 's1', name: 'Ixelles' } };
}

describe('useScheduleBoard', () => {
  it("reads today's changes and the open conflicts in the API's order, for the Brussels day", async () => {
    const api = createFakeApi({
      BoardSchedule: () => ({ data: { scheduleChanges: { totalCount: 2, edges: [{ node: change('b', 'MOVE') }, { node: change('a', 'CANCEL') }] }, scheduleConflicts: { totalCount: 1, edges: [{ node: conflict('c', 'HIGH') }] } } }),
    });
    const run = runWithBoard(api.board, () => useScheduleBoard());
    stop = run.stop;
    await settle();
    expect(run.result.changes.value.map((c) => c.id)).toEqual(['b', 'a']);
    expect(run.result.conflicts.value.map((c) => c.severity)).toEqual(['HIGH']);
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
    expect(api.calls('BoardSchedule')[0]?.variables).toEqual({ day, first: 20 });
  });

  it('shows a conflict opened elsewhere as soon as conflictChanged says so', async () => {
    let conflicts = [conflict('c', 'LOW')];
    const api = createFakeApi({
      BoardSchedule: () => ({ data: { scheduleChanges: { totalCount: 0, edges: [] }, scheduleConflicts: { totalCount: conflicts.length, edges: conflicts.map((node) => ({ node })) } } }),
    });
    const run = runWithBoard(api.board, () => useScheduleBoard());
    stop = run.stop;
    await settle();
    conflicts = [conflict('d', 'HIGH'), ...conflicts];
    api.emit('BoardConflictChanged', { conflictChanged: event('41', 'CONFLICT_OPENED') });
    await settle();
    expect(run.result.conflicts.value.map((c) => c.id)).toEqual(['d', 'c']);
    expect(run.result.conflictCount.value).toBe(2);
  });
});
