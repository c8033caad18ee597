// A graphql-ws subscriber that keeps what it receives: the messages, the errors, how the socket
// closed, and a wait for the n-th message (then a little more, so an extra one would show).
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface Stream {
  messages: any[];
  /** Date.now() when each message arrived, in the same order. */
  arrivedAt: number[];
  errors: any[];
  closed: { code: number } | null;
  /** Waits for `n` messages (or `ms`), then a little more so that an extra one would show. */
  received: (n: number, ms?: number) => Promise<any[]>;
  client: Client;
}

/** Subscribes over `wsUrl` with `token`; resolves once connected and the server had time to take its baseline. */
export function follow(wsUrl: string, token: string, query: string, variables: Record<string, unknown> = {}): Promise<Stream> {
  const stream: Stream = { messages: [], arrivedAt: [], errors: [], closed: null, received: async () => [], client: null as unknown as Client };
  let connected = false;
  stream.client = createClient({
    url: wsUrl,
    webSocketImpl: WebSocket,
    connectionParams: { token },
    retryAttempts: 0,
    on: { connected: () => (connected = true), closed: (e: any) => (stream.closed = { code: e?.code }) },
  });
  stream.client.subscribe(
    { query, variables },
    {
      next: (r: any) => {
        if (r.errors) return void stream.errors.push(...r.errors);
        stream.messages.push(r.data);
        stream.arrivedAt.push(Date.now());
      },
      error: (e) => stream.errors.push(e),
      complete: () => {},
    },
  );
  stream.received = async (n, ms = 5_000) => {
    const end = Date.now() + ms;
    while (stream.messages.length < n && Date.now() < end) await sleep(20);
    await sleep(300);
    return [...stream.messages];
  };
  return (async () => {
    const end = Date.now() + 5_000;
    while (!connected && Date.now() < end) await sleep(10);
    // The subscription has its baseline once the server listens; give it that moment.
    await sleep(400);
    return stream;
  })();
}
