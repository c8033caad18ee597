import { afterEach, describe, expect, it } from 'vitest';
import { event } from '../testing/factories';
import { createFakeApi, runWithBoard, settle } from '../testing/fakeApi';
import { useAlerts } from './useAlerts';

let stop = () => {};
afterEach(() => stop());

function alert(id: string, severity: 'CRITICAL' | 'HIGH' | 'WARNING') {
  const at = '2026-03-02T16:00:00.000Z';
  return { id, kind: 'COVERAGE_GAP', severity, message: `gap ${id}`, startsAt: at, endsAt: at, openedAt: at };
}

describe('useAlerts', () => {
  it('lists open alerts in the order the API gives (most severe first)', async () => {
    const api = createFakeApi({
      BoardAlerts: () => ({ data: { alerts: { totalCount: 2, edges: [{ node: alert('a', 'CRITICAL') }, { node: alert('b', 'WARNING') }] } } }),
    });
    const run = runWithBoard(api.board, () => useAlerts());
    stop = run.stop;
    await settle();
    expect(run.result.alerts.value.map((a) => a.severity)).toEqual(['CRITICAL', 'WARNING']);
    expect(run.result.totalCount.value).toBe(2);
    expect(api.calls('BoardAlerts')[0]?.variables).toEqual({ first: 50 });
  });

  it('shows an alert opened by an alertChanged event', async () => {
    let nodes = [alert('a', 'HIGH')];
    const api = createFakeApi({
      BoardAlerts: () => ({ data: { alerts: { totalCount: nodes.length, edges: nodes.map((node) => ({ node })) } } }),
    });
    const run = runWithBoard(api.board, () => useAlerts());
    stop = run.stop;
    await settle();
    nodes = [alert('c', 'CRITICAL'), ...nodes];
    api.emit('BoardAlertChanged', { alertChanged: event('40', 'ALERT_OPENED') });
    await settle();
    expect(run.result.alerts.value.map((a) => a.id)).toEqual(['c', 'a']);
  });

  it('catches up after the socket reconnects, even with no event', async () => {
    const api = createFakeApi({ BoardAlerts: () => ({ data: { alerts: { totalCount: 0, edges: [] } } }) });
    stop = runWithBoard(api.board, () => useAlerts()).stop;
    await settle();
    api.reconnect();
    await settle();
    expect(api.calls('BoardAlerts')).toHaveLength(2);
    expect(api.calls('BoardAlerts')[1]?.requestPolicy).toBe('network-only');
  });
});
