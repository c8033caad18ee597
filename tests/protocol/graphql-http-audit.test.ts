// GraphQL over HTTP conformance: graphql-http's server audits against our /graphql endpoint.
import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

describe('GraphQL over HTTP', () => {
  it('passes every MUST audit of graphql-http', async () => {
    const results = await Promise.all(serverAudits({ url: `${server.url}/graphql` }).map((a) => a.fn()));
    for (const r of results) console.log(r.status, r.id, r.name, r.status !== 'ok' ? r.reason : '');
    expect(results.filter((r) => r.status === 'error').map((r) => r.name)).toEqual([]);
  });
});
