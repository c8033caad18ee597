// A client reads the same `extensions.code` for the same mistake, whichever transport it uses:
// documents refused over graphql-ws as over HTTP, in development and in production (where "Did
// you mean" stays with those who may read the schema). Over real HTTP and WebSocket.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type GqlResult, type TestServer } from '@support/server.js';
import { follow } from '@support/ws-stream.js';

let server: TestServer;
let prod: TestServer;
let directorToken: string;

function directorOf(s: TestServer): string {
  const director = s.demo?.logins.find((l) => l.role === 'DIRECTOR');
  if (!director) throw new Error('the demo seed has no director login');
  return director.email;
}

beforeAll(async () => {
  [server, prod] = await Promise.all([startTestServer({ seed: true }), startTestServer({ seed: true, production: true })]);
  directorToken = await server.login(directorOf(server));
});
afterAll(async () => {
  await Promise.all([server?.close(), prod?.close()]);
});

const codes = (r: GqlResult) => (r.errors ?? []).map((e) => e.extensions?.code);

describe('refused documents carry the same codes over WebSocket as over HTTP', () => {
  /** The errors graphql-ws answers `query` with: an `error` message's payload, or a `next` with errors. */
  const overWs = async (s: TestServer, token: string, query: string, variables: Record<string, unknown> = {}) => {
    const stream = await follow(s.wsUrl, token, query, variables);
    try {
      const end = Date.now() + 3_000;
      while (!stream.errors.length && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
      return stream.errors.flat() as { message: string; extensions?: Record<string, unknown> }[];
    } finally {
      await stream.client.dispose();
    }
  };
  const DOCUMENTS: [string, string, Record<string, unknown>, string][] = [
    ['a field that does not exist', 'subscription { permanenceChangd { cursor } }', {}, 'GRAPHQL_VALIDATION_FAILED'],
    ['a field that does not exist, in a query', '{ sectorz { name } }', {}, 'GRAPHQL_VALIDATION_FAILED'],
    ['an argument that does not exist', 'subscription { permanenceChanged(aftr: "1") { cursor } }', {}, 'GRAPHQL_VALIDATION_FAILED'],
    ['a syntax error', 'subscription { permanenceChanged { cursor }', {}, 'GRAPHQL_PARSE_FAILED'],
    ['a variable of the wrong type', 'subscription ($a: String) { permanenceChanged(after: $a) { cursor } }', { a: 12 }, 'BAD_USER_INPUT'],
    ['a variable not given', 'subscription ($a: String!) { permanenceChanged(after: $a) { cursor } }', {}, 'BAD_USER_INPUT'],
    ['an enum value that does not exist', 'query ($st: CaseStatus) { caseFiles(status: $st) { totalCount } }', { st: 'ACTIVX' }, 'BAD_USER_INPUT'],
  ];
  it.each(DOCUMENTS)('%s', async (_name, query, variables, code) => {
    const http = await server.gql(query, variables, directorToken);
    expect(codes(http)).toEqual([code]);
    const ws = await overWs(server, directorToken, query, variables);
    expect(ws.map((e) => e.extensions?.code)).toEqual([code]);
    expect(ws.map((e) => e.message)).toEqual(http.errors?.map((e) => e.message));
  });

  it('in production too, still without "Did you mean" to those who may not read the schema', async () => {
    const worker = await prod.login(prod.demo?.logins.find((l) => l.role === 'SOCIAL_WORKER')?.email ?? '');
    const director = await prod.login(directorOf(prod));
    for (const [, query, variables, code] of DOCUMENTS) {
      const hidden = await overWs(prod, worker, query, variables);
      expect(hidden.map((e) => e.extensions?.code), query).toEqual([code]);
      expect(hidden.map((e) => e.message).join('\n'), query).not.toContain('Did you mean');
      expect((await overWs(prod, director, query, variables)).map((e) => e.extensions?.code), query).toEqual([code]);
    }
    expect((await overWs(prod, director, DOCUMENTS[0][1])).map((e) => e.message).join('\n')).toContain('Did you mean');
  });
});
