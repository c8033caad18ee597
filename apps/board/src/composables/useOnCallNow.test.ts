import { afterEach, describe, expect, it } from 'vitest';
import { event, shift } from '../testing/factories';
import { createFakeApi, runWithBoard, settle } from '../testing/fakeApi';
import { useOnCallNow } from './useOnCallNow';

let stop = () => {};
afterEach(() => stop());

describe('useOnCallNow', () => {
  it('shows the new holder after a permanenceChanged event, re-reading network-only', async () => {
    let holders = ['Anne Lambert', 'Marc Dubois'];
    const api = createFakeApi({
      BoardOnCall: () => ({ data: { permanenceOnCall: { at: '2026-03-02T09:00:00Z', current: shift(holders), next: null, weekend: null } } }),
    });
    const run = runWithBoard(api.board, () => useOnCallNow());
    stop = run.stop;
    await settle();
    expect(run.result.current.value?.holders.map((h) => h.fullName)).toEqual(['Anne Lambert', 'Marc Dubois']);

    holders = ['Sophie Martin'];
    api.emit('BoardPermanenceChanged', { permanenceChanged: event('12') });
    await settle();

    expect(run.result.current.value?.holders.map((h) => h.fullName)).toEqual(['Sophie Martin']);
    const reads = api.calls('BoardOnCall');
    expect(reads).toHaveLength(2);
    expect(reads.every((r) => r.requestPolicy === 'network-only')).toBe(true);
  });

  it('issue 11: shows the new holder the event carries at once, before the re-read answers', async () => {
    const weekend = shift(['Anne Lambert'], { id: 'we', kind: 'WEEKEND' });
    const api = createFakeApi({
      BoardOnCall: () => ({ data: { permanenceOnCall: { at: '2026-03-02T09:00:00Z', current: null, next: null, weekend } } }),
    });
    const run = runWithBoard(api.board, () => useOnCallNow());
    stop = run.stop;
    await settle();
    expect(run.result.weekend.value?.holdersInCallOrder.map((h) => h.person.fullName)).toEqual(['Anne Lambert']);

    // Before the re-read (50 ms later) what shows is the event's own shift.
    api.emit('BoardPermanenceChanged', { permanenceChanged: { ...event('13'), shift: shift(['Karim Benali'], { id: 'we', kind: 'WEEKEND' }) } });
    await Promise.resolve();
    expect(run.result.weekend.value?.holdersInCallOrder.map((h) => h.person.fullName)).toEqual(['Karim Benali']);
    // An event about another shift changes nothing here.
    api.emit('BoardPermanenceChanged', { permanenceChanged: { ...event('14'), shift: shift(['Zoé Autre'], { id: 'other' }) } });
    await Promise.resolve();
    expect(run.result.weekend.value?.holdersInCallOrder.map((h) => h.person.fullName)).toEqual(['Karim Benali']);
  });

  it('reads one time for a burst of events from one change', async () => {
    const api = createFakeApi({
      BoardOnCall: () => ({ data: { permanenceOnCall: { at: '2026-03-02T09:00:00Z', current: null, next: null, weekend: null } } }),
    });
    stop = runWithBoard(api.board, () => useOnCallNow()).stop;
    await settle();
    api.emit('BoardPermanenceChanged', { permanenceChanged: event('1') });
    api.emit('BoardAbsenceChanged', { absenceChanged: event('2') });
    api.emit('BoardAlertChanged', { alertChanged: event('3') });
    await settle();
    expect(api.calls('BoardOnCall')).toHaveLength(2);
  });

  it('marks the time of the last update when fresh data arrives', async () => {
    const api = createFakeApi({
      BoardOnCall: () => ({ data: { permanenceOnCall: { at: '2026-03-02T09:00:00Z', current: null, next: null, weekend: null } } }),
    });
    stop = runWithBoard(api.board, () => useOnCallNow()).stop;
    expect(api.board.connection.lastUpdateAt).toBeNull();
    await settle();
    expect(api.board.connection.lastUpdateAt).toBeInstanceOf(Date);
  });
});
