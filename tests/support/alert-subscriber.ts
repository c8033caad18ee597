// A graphql-ws subscriber to alertChanged that records the event types it gets.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function subscribeAlerts(httpUrl: string, token: string) {
  let connected = false;
  const client = createClient({
    url: `${httpUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { token },
    retryAttempts: 0,
    on: { connected: () => (connected = true) },
  });
  const types: string[] = [];
  client.subscribe<{ alertChanged: { type: string } }>(
    { query: 'subscription { alertChanged { type } }' },
    { next: (r) => r.data && types.push(r.data.alertChanged.type), error: () => {}, complete: () => {} },
  );
  const wait = async (check: () => boolean, ms = 5_000) => {
    const end = Date.now() + ms;
    while (!check() && Date.now() < end) await sleep(15);
  };
  return {
    /** The socket is up and the subscription had time to start listening. */
    ready: async () => {
      await wait(() => connected);
      await sleep(200);
    },
    types: async (n: number) => {
      await wait(() => types.length >= n);
      return [...types];
    },
    close: () => client.dispose(),
  };
}
