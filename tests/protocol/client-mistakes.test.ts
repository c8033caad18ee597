// What an API client gets wrong and is told so, found by an outside check (production build, README
// and SDL only): a subscription sent over HTTP, a cursor given to another list, a filter set to
// false, a `first` far out of range. Over real HTTP, as a client sends it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '@support/server.js';

let server: TestServer;
let director: string;

beforeAll(async () => {
  server = await startTestServer({ seed: true });
  const email = server.demo?.logins.find((l) => l.role === 'DIRECTOR')?.email;
  if (!email) throw new Error('the demo seed has no director login');
  director = await server.login(email);
});
afterAll(() => server?.close());

describe('a subscription sent over HTTP is refused before it runs, saying where subscriptions go', () => {
  const subscriptions = ['subscription { alertChanged { cursor } }', 'subscription { sectorsWhoToCallChanged { cause } }', 'subscription { alertChanged(after: "") { cursor } }', 'subscription { whoToCallChanged(sectorId: "zzz") { cause } }'];

  it('POST: 400 SUBSCRIPTION_OVER_HTTP naming graphql-ws, nothing runs', async () => {
    for (const query of subscriptions) {
      const r = await server.gql(query, {}, director);
      expect(r.status, query).toBe(400);
      expect(r.data, query).toBeUndefined();
      expect(r.errors, query).toHaveLength(1);
      expect(r.errors?.[0]?.extensions?.code, query).toBe('SUBSCRIPTION_OVER_HTTP');
      expect(r.errors?.[0]?.message, query).toContain('graphql-transport-ws');
    }
  });

  it('GET: the same words and code (405, as for any operation but a query)', async () => {
    const res = await fetch(`${server.url}/graphql?query=${encodeURIComponent(subscriptions[0])}`, { headers: { authorization: `Bearer ${director}`, 'x-relais-preflight': '1' } });
    expect(res.status).toBe(405);
    const body = (await res.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(body.errors[0].extensions.code).toBe('SUBSCRIPTION_OVER_HTTP');
    expect(body.errors[0].message).toContain('graphql-transport-ws');
  });
});
