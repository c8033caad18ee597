// The graphql-transport-ws protocol on /graphql, spoken with a raw WebSocket: close codes, ping,
// the token in connection_init, a live subscription, and the Origin check at upgrade.
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '@support/server.js';

// Wednesday 25 November 2026, 11:00 in Brussels: the weekday permanence is on.
const NOW = new Date('2026-11-25T10:00:00Z');
const PROTOCOL = 'graphql-transport-ws';

interface Message {
  type: string;
  id?: string;
  payload?: any;
}

interface Client {
  ws: WebSocket;
  send: (message: unknown) => void;
  /** The first message (already received or still to come) that matches. */
  receive: (match: (m: Message) => boolean, timeoutMs?: number) => Promise<Message>;
  closed: Promise<{ code: number; reason: string }>;
}

let server: TestServer;
let kioskToken: string;
let directorToken: string;
const open: WebSocket[] = [];

beforeAll(async () => {
  server = await startTestServer({ seed: true, now: NOW });
  const director = server.demo?.logins.find((l) => l.role === 'DIRECTOR');
  if (!server.demo || !director) throw new Error('the demo seed has no director login');
  kioskToken = server.demo.kioskToken;
  directorToken = await server.login(director.email);
});

afterAll(async () => {
  for (const ws of open) ws.terminate();
  await server?.close();
});

function connect(headers: Record<string, string> = {}): Promise<Client> {
  const ws = new WebSocket(server.wsUrl, PROTOCOL, { headers });
  open.push(ws);
  const messages: Message[] = [];
  const waiters = new Set<() => void>();
  ws.on('message', (data) => {
    messages.push(JSON.parse(String(data)) as Message);
    for (const w of waiters) w();
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) => ws.on('close', (code, reason) => resolve({ code, reason: String(reason) })));
  const receive = (match: (m: Message) => boolean, timeoutMs = 5_000) =>
    new Promise<Message>((resolve, reject) => {
      const check = () => {
        const found = messages.find(match);
        if (!found) return;
        clear();
        resolve(found);
      };
      const timer = setTimeout(() => {
        clear();
        reject(new Error(`no matching message within ${timeoutMs} ms; got ${JSON.stringify(messages)}`));
      }, timeoutMs);
      const clear = () => {
        clearTimeout(timer);
        waiters.delete(check);
      };
      waiters.add(check);
      check();
    });
  const send = (message: unknown) => ws.send(typeof message === 'string' ? message : JSON.stringify(message));
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve({ ws, send, receive, closed }));
    ws.once('error', reject);
    ws.once('unexpected-response', (_req, res) => reject(new Error(`upgrade refused with HTTP ${res.statusCode}`)));
  });
}

async function acknowledged(token = kioskToken): Promise<Client> {
  const client = await connect();
  client.send({ type: 'connection_init', payload: { token } });
  await client.receive((m) => m.type === 'connection_ack');
  return client;
}

describe('graphql-transport-ws: protocol errors close the socket with the spec codes', () => {
  it('closes with 4400 on a message that is not a protocol message', async () => {
    const client = await connect();
    client.send('{"type":"no-such-message"');
    expect((await client.closed).code).toBe(4400);
  });

  it('closes with 4401 on a subscribe before connection_ack', async () => {
    const client = await connect();
    client.send({ id: '1', type: 'subscribe', payload: { query: 'subscription { permanenceChanged { type } }' } });
    expect((await client.closed).code).toBe(4401);
  });

  it('closes with 4429 on a second connection_init', async () => {
    const client = await acknowledged();
    client.send({ type: 'connection_init', payload: { token: kioskToken } });
    expect((await client.closed).code).toBe(4429);
  });

  it('closes with 4408 when no connection_init comes within the 3 s wait', async () => {
    const client = await connect();
    const started = Date.now();
    const { code } = await client.closed;
    expect(code).toBe(4408);
    const waited = Date.now() - started;
    expect(waited).toBeGreaterThanOrEqual(2_500);
    expect(waited).toBeLessThan(4_500);
  });

  it('answers a ping with a pong', async () => {
    const client = await acknowledged();
    client.send({ type: 'ping', payload: { probe: 1 } });
    expect(await client.receive((m) => m.type === 'pong')).toMatchObject({ type: 'pong' });
  });
});

describe('graphql-transport-ws: the token in connection_init', () => {
  it('closes with 4403 when connection_init carries no token', async () => {
    const client = await connect();
    client.send({ type: 'connection_init' });
    expect((await client.closed).code).toBe(4403);
    expect(client.ws.readyState).toBe(WebSocket.CLOSED);
  });

  it('closes with 4403 when connection_init carries an unknown token', async () => {
    const client = await connect();
    client.send({ type: 'connection_init', payload: { token: 'not-a-real-token' } });
    expect((await client.closed).code).toBe(4403);
  });

  it('acknowledges a kiosk token, and its permanenceChanged subscription gets the take-over made over HTTP', async () => {
    const client = await acknowledged(kioskToken);
    const onCall = await server.gql<{ permanenceOnCall: { current: { id: string; holders: { id: string }[] } | null } }>(
      '{ permanenceOnCall { current { id holders { id } } } }',
      {},
      directorToken,
    );
    const shift = onCall.data?.permanenceOnCall.current;
    expect(shift, JSON.stringify(onCall)).toBeTruthy();
    if (!shift) return;

    // Resume after the outbox position known now: the take-over comes after it, whether the
    // subscription starts before or after the mutation commits.
    const after = String(server.app.services.feed.position);
    client.send({
      id: 'changes',
      type: 'subscribe',
      payload: { query: 'subscription ($after: String) { permanenceChanged(after: $after) { type shift { id } } }', variables: { after } },
    });

    // Direction takes the shift over for someone eligible who does not hold it and is not away.
    const staff = await server.gql<{ staffMembers: { id: string; role: string }[] }>('{ staffMembers { id role } }', {}, directorToken);
    const holders = new Set(shift.holders.map((h) => h.id));
    const candidates = (staff.data?.staffMembers ?? []).filter((s) => ['FLYING_SOCIAL_WORKER', 'RELAY_CONTROL_SOCIAL_WORKER', 'SOCIAL_WORKER'].includes(s.role) && !holders.has(s.id));
    // A shift under way is split at now: the event names the shift holding the rest of it.
    let taken: string | null = null;
    for (const candidate of candidates) {
      const r = await server.gql<{ permanenceTakeOver: { shift: { id: string } | null; userErrors: { code: string }[] } }>(
        'mutation ($input: PermanenceTakeOverInput!) { permanenceTakeOver(input: $input) { shift { id } userErrors { code message } } }',
        { input: { shiftId: shift.id, holderStaffId: candidate.id, event: 'Holder taken ill during the shift' } },
        directorToken,
      );
      expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
      taken = r.data?.permanenceTakeOver.shift?.id ?? null;
      if (taken) break;
      expect(r.data?.permanenceTakeOver.userErrors.map((e) => e.code)).toEqual(['HOLDER_AWAY']);
    }
    expect(taken, 'no candidate could take the shift over').toBeTruthy();

    const next = await client.receive((m) => m.type === 'next' && m.id === 'changes' && m.payload?.data?.permanenceChanged?.shift?.id === taken);
    expect(next.payload.errors).toBeUndefined();
    expect(next.payload.data.permanenceChanged.type).toBe('SHIFT_HOLDER_CHANGED');
  });
});

describe('graphql-transport-ws: the Origin is checked at upgrade', () => {
  it('refuses an upgrade from another site with HTTP 403', async () => {
    const ws = new WebSocket(server.wsUrl, PROTOCOL, { headers: { origin: 'https://evil.example' } });
    open.push(ws);
    const outcome = await new Promise<string>((resolve) => {
      ws.once('open', () => resolve('open'));
      ws.once('unexpected-response', (_req, res) => resolve(`http ${res.statusCode}`));
      ws.once('error', (err) => resolve(`error ${err.message}`));
    });
    expect(outcome).toBe('http 403');
  });

  it('accepts an upgrade whose Origin is the server itself', async () => {
    const client = await connect({ origin: new URL(server.url).origin });
    client.send({ type: 'connection_init', payload: { token: kioskToken } });
    expect(await client.receive((m) => m.type === 'connection_ack')).toMatchObject({ type: 'connection_ack' });
  });
});
