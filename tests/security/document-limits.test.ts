// Documents that would cost too much are refused before they run, and the check itself is linear:
// nested fragment spreads once froze the whole process (every fragment re-walked at each spread).
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type GqlResult, type TestServer } from '@support/server.js';

let server: TestServer;
let directorToken: string;

beforeAll(async () => {
  server = await startTestServer({ seed: true });
  const director = server.demo?.logins.find((l) => l.role === 'DIRECTOR');
  if (!director) throw new Error('the demo seed has no director login');
  directorToken = await server.login(director.email);
});

afterAll(async () => {
  await server?.close();
});

const codes = (r: GqlResult) => (r.errors ?? []).map((e) => e.extensions?.code);

/** `{ ...F<levels> }` where each fragment spreads the one below five times: 5^(levels-1) paths, a few hundred characters. */
function nestedFragments(levels: number): string {
  const fragments = ['fragment F1 on Query { __typename }'];
  for (let i = 2; i <= levels; i++) fragments.push(`fragment F${i} on Query { ${Array(5).fill(`...F${i - 1}`).join(' ')} }`);
  return `{ ...F${levels} } ${fragments.join(' ')}`;
}

// A guard against a hang, not a speed target: before the fix this answered after 12-14 s.
const HANG_GUARD_MS = 2_000;

async function timed(query: string, token: string | null): Promise<{ ms: number; result: GqlResult }> {
  const started = performance.now();
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
    signal: AbortSignal.timeout(HANG_GUARD_MS * 5),
  });
  const result = { ...((await res.json()) as GqlResult), status: res.status };
  return { ms: performance.now() - started, result };
}

describe('nested fragment spreads', () => {
  it.each([
    ['anonymous', null],
    ['with a director token', 'director'],
  ])('the 10-level document (%s) is refused with QUERY_TOO_COMPLEX within the hang guard', async (_who, as) => {
    const query = nestedFragments(10);
    expect(query.length).toBeLessThan(700);
    const { ms, result } = await timed(query, as ? directorToken : null);
    expect(result.data).toBeUndefined();
    expect(codes(result)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(ms).toBeLessThan(HANG_GUARD_MS);
  });

  it('the 11-level document is refused as well, as fast', async () => {
    const { ms, result } = await timed(nestedFragments(11), null);
    expect(codes(result)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(ms).toBeLessThan(HANG_GUARD_MS);
  });

  it('/healthz keeps answering while such documents are sent', async () => {
    const attacks = Array.from({ length: 3 }, () => timed(nestedFragments(10), null).catch((err: unknown) => err));
    await new Promise((r) => setTimeout(r, 20));
    const started = performance.now();
    const health = await fetch(`${server.url}/healthz`, { signal: AbortSignal.timeout(HANG_GUARD_MS * 5) });
    const ms = performance.now() - started;
    expect(health.status).toBe(200);
    expect(ms).toBeLessThan(HANG_GUARD_MS);
    for (const attack of await Promise.all(attacks)) expect(attack).toMatchObject({ result: { errors: [{ extensions: { code: 'QUERY_TOO_COMPLEX' } }] } });
  });
});

/**
 * Alerts → shift → holders → sector → whoToCall → chain → person, `copies` times under aliases:
 * a plain list (10) of holders, each asking who to call (weight 50) down a plain list of steps,
 * under a page of `first` alerts, so each copy costs 1 + first × 724 (21,721 for a page of 30).
 */
const alertsFanOut = (copies: number, first: number | '$n' = 30) =>
  `${first === '$n' ? 'query ($n: Int) ' : ''}{ ${Array.from(
    { length: copies },
    (_, i) => `a${i}: alerts(first: ${first}) { edges { node { shift { holders { sector { whoToCall { chain { person { id } } } } } } } } }`,
  ).join(' ')} }`;

describe('cost limit (paged lists weighted by first/last, 100 when absent; plain lists 10; limit 100,000)', () => {
  it('accepts a document under the limit (four pages of 30 alerts, cost 86,884)', async () => {
    const r = await server.gql(alertsFanOut(4), {}, directorToken);
    expect(r.errors).toBeUndefined();
    expect(r.data?.a0.edges.length).toBeGreaterThan(0);
  });

  it('refuses the same document over the limit (five pages, cost 108,605) with QUERY_TOO_COMPLEX, naming the cost', async () => {
    const r = await server.gql(alertsFanOut(5), {}, directorToken);
    expect(r.data).toBeUndefined();
    expect(codes(r)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(r.errors?.[0].message).toMatch(/cost 108605 exceeds the limit of 100000/);
  });

  it('counts a page size given by a variable as a full page of 100', async () => {
    const r = await server.gql(alertsFanOut(5, '$n'), { n: 1 }, directorToken);
    expect(codes(r)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(codes(await server.gql(alertsFanOut(5, 1), {}, directorToken))).toEqual([]);
  });

  it('applies the same limit over WebSocket: under it answers, over it an error QUERY_TOO_COMPLEX', async () => {
    const ws = new WebSocket(server.wsUrl, 'graphql-transport-ws');
    const messages: { type: string; id?: string; payload?: any }[] = [];
    ws.on('message', (data) => messages.push(JSON.parse(String(data))));
    const received = async (match: (m: (typeof messages)[number]) => boolean) => {
      for (const deadline = Date.now() + 5_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 10))) {
        const m = messages.find(match);
        if (m) return m;
      }
      throw new Error(`no such message; got ${JSON.stringify(messages)}`);
    };
    try {
      await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
      ws.send(JSON.stringify({ type: 'connection_init', payload: { token: directorToken } }));
      await received((m) => m.type === 'connection_ack');
      ws.send(JSON.stringify({ id: 'under', type: 'subscribe', payload: { query: alertsFanOut(4) } }));
      ws.send(JSON.stringify({ id: 'over', type: 'subscribe', payload: { query: alertsFanOut(5) } }));
      const under = await received((m) => m.id === 'under' && m.type !== 'complete');
      expect(under.type).toBe('next');
      expect(under.payload.errors).toBeUndefined();
      const over = await received((m) => m.id === 'over');
      expect(over.type).toBe('error');
      expect(over.payload.map((e: { extensions?: { code?: string } }) => e.extensions?.code)).toEqual(['QUERY_TOO_COMPLEX']);
      const fragments = nestedFragments(10);
      ws.send(JSON.stringify({ id: 'nested', type: 'subscribe', payload: { query: fragments } }));
      const nested = await received((m) => m.id === 'nested');
      expect(nested.payload.map((e: { extensions?: { code?: string } }) => e.extensions?.code)).toEqual(['QUERY_TOO_COMPLEX']);
    } finally {
      ws.terminate();
    }
  });
});
