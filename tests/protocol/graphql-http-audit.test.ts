// GraphQL over HTTP conformance: graphql-http's server audits against our /graphql endpoint.
import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '@support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

// Apollo's CSRF prevention stays on: it refuses a GET that a cross-site page could send without a
// CORS preflight (no non-simple content-type and no `apollo-require-preflight` /
// `x-apollo-operation-name` header). A real non-browser client sends the header, so the audits do too;
// without it every GET audit would only see 400s and check nothing.
const preflighted: typeof fetch = (input, init) => {
  const headers = new Headers(init?.headers);
  headers.set('apollo-require-preflight', 'true');
  return fetch(input, { ...init, headers });
};

describe('GraphQL over HTTP (graphql-http audits)', () => {
  // Known 'warn' results (SHOULD, not MUST), both Apollo Server's choice of 400 over 200 for
  // `accept: application/json` clients:
  //   FDE2 SHOULD use 200 status code on document validation failure when accepting application/json
  //   7B9B SHOULD use a status code of 200 on variable coercion failure when accepting application/json
  it('fails no audit of the GraphQL over HTTP spec', async () => {
    const results = await Promise.all(serverAudits({ url: `${server.url}/graphql`, fetchFn: preflighted }).map((a) => a.fn()));
    const errors = results.filter((r) => r.status === 'error').map((r) => `${r.id} ${r.name}: ${r.status !== 'ok' ? r.reason : ''}`);
    const warnings = results.filter((r) => r.status === 'warn').map((r) => `${r.id} ${r.name}`);
    expect(results.length).toBeGreaterThan(50);
    expect(errors, `audit errors (warnings for context: ${warnings.join('; ') || 'none'})`).toEqual([]);
  });

  it('answers a GET query from a client that sends the preflight header', async () => {
    const res = await preflighted(`${server.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, { headers: { accept: 'application/graphql-response+json' } });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { __typename: 'Query' } });
  });
});
