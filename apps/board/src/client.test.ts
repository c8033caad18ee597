import type { Client as WsClient, Sink } from 'graphql-ws';
import { describe, expect, it } from 'vitest';
import { resumableSubscription } from './client';

function fakeSocketClient() {
  const sent: { payload: Parameters<WsClient['subscribe']>[0]; sink: Sink }[] = [];
  const ws: Pick<WsClient, 'subscribe'> = {
    subscribe(payload, sink) {
      sent.push({ payload, sink: sink as Sink });
      return () => {};
    },
  };
  return { ws, sent };
}

describe('resumableSubscription', () => {
  it('keeps the last cursor in the payload graphql-ws re-sends on reconnect', () => {
    const { ws, sent } = fakeSocketClient();
    const seen: unknown[] = [];
    resumableSubscription(ws, { query: 'subscription { alertChanged(after: $after) { cursor } }', variables: { after: null } }).subscribe({
      next: (r) => seen.push(r.data),
      error: () => {},
      complete: () => {},
    });
    expect(sent[0]?.payload.variables).toEqual({ after: null });
    sent[0]?.sink.next({ data: { alertChanged: { cursor: '17' } } });
    sent[0]?.sink.next({ data: { alertChanged: { cursor: '18' } } });
    expect(sent[0]?.payload.variables).toEqual({ after: '18' });
    expect(seen).toHaveLength(2);
  });

  it('leaves subscriptions without an `after` variable alone', () => {
    const { ws, sent } = fakeSocketClient();
    const variables = { sectorId: 'x' };
    resumableSubscription(ws, { query: 'subscription { x { cursor } }', variables }).subscribe({ next: () => {}, error: () => {}, complete: () => {} });
    sent[0]?.sink.next({ data: { x: { cursor: '3' } } });
    expect(sent[0]?.payload.variables).toEqual({ sectorId: 'x' });
  });
});
