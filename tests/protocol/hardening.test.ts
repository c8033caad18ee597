// What the API refuses: anonymous and kiosk access, CSRF, batching, deep, wide and large documents,
// schema details in production, and tokens that are wrong, logged out or expired; over HTTP and WS.
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type GqlResult, type TestServer } from '@support/server.js';
import { follow } from '@support/ws-stream.js';

let server: TestServer;
let prod: TestServer;
let kioskToken: string;
let directorEmail: string;
let directorToken: string;

beforeAll(async () => {
  [server, prod] = await Promise.all([startTestServer({ seed: true }), startTestServer({ seed: true, production: true })]);
  kioskToken = server.demo?.kioskToken ?? '';
  directorEmail = directorOf(server);
  directorToken = await server.login(directorEmail);
});

function directorOf(s: TestServer): string {
  const director = s.demo?.logins.find((l) => l.role === 'DIRECTOR');
  if (!director) throw new Error('the demo seed has no director login');
  return director.email;
}

afterAll(async () => {
  await Promise.all([server?.close(), prod?.close()]);
});

const codes = (r: GqlResult) => (r.errors ?? []).map((e) => e.extensions?.code);

/** `a { b { c { leaf } } }` from ['a', 'b', 'c'] and 'leaf'. */
const nest = (fields: string[], leaf: string) => fields.reduceRight((inner, f) => `${f} { ${inner} }`, leaf);
/** Staff.sector → Sector.socialWorker → Staff.sector …: a selection as deep as asked, every field real. */
const shiftChain = (depth: number) => {
  const fields = ['current', 'holders'];
  while (fields.length < depth - 2) fields.push(fields.length % 2 === 0 ? 'sector' : 'socialWorker');
  return `{ ${nest(['permanenceOnCall', ...fields], 'id')} }`;
};

async function post(body: string, headers: Record<string, string> = { 'content-type': 'application/json' }, url = server.url) {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers, body });
  const text = await res.text();
  return { status: res.status, body: JSON.parse(text) as GqlResult };
}

const LOGIN = 'mutation ($input: LoginInput!) { login(input: $input) { token userErrors { code message } } }';

describe('without a token', () => {
  it('answers { __typename }', async () => {
    const r = await server.gql('{ __typename }');
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ __typename: 'Query' });
  });

  it('answers login', async () => {
    const r = await server.gql<{ login: { token: string | null } }>(LOGIN, { input: { email: directorEmail, password: 'relais-demo' } });
    expect(r.errors).toBeUndefined();
    expect(r.data?.login.token).toEqual(expect.any(String));
  });

  it('answers introspection outside production', async () => {
    const r = await server.gql('{ __schema { queryType { name } } }');
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('refuses any other query with UNAUTHENTICATED', async () => {
    const r = await server.gql('{ sectors { name } }');
    expect(r.data?.sectors).toBeUndefined();
    expect(codes(r)).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses a public field asked together with a private one', async () => {
    const r = await server.gql('{ __typename sectors { name } }');
    expect(r.data?.sectors).toBeUndefined();
    expect(codes(r)).toEqual(['UNAUTHENTICATED']);
  });
});

describe('with a kiosk token', () => {
  it('reads sectors, alerts and who is on call', async () => {
    const r = await server.gql('{ sectors { name } alerts { totalCount } permanenceOnCall { at } }', {}, kioskToken);
    expect(r.errors).toBeUndefined();
    expect(r.data?.sectors.length).toBeGreaterThan(0);
    expect(r.data?.alerts.totalCount).toEqual(expect.any(Number));
    expect(r.data?.permanenceOnCall.at).toEqual(expect.any(String));
  });

  it('is FORBIDDEN to record an absence', async () => {
    const r = await server.gql(
      'mutation ($input: AbsenceRecordInput!) { absenceRecord(input: $input) { absence { id } userErrors { code } } }',
      { input: { staffId: 'U3RhZmY6MQ', kind: 'SICKNESS', startsAt: new Date().toISOString(), endsAt: new Date(Date.now() + 86_400_000).toISOString() } },
      kioskToken,
    );
    expect(r.data?.absenceRecord ?? null).toBeNull();
    expect(codes(r)).toEqual(['FORBIDDEN']);
  });

  it('is FORBIDDEN to list the staff', async () => {
    const r = await server.gql('{ staffMembers { fullName } }', {}, kioskToken);
    expect(r.data?.staffMembers ?? null).toBeNull();
    expect(codes(r)).toEqual(['FORBIDDEN']);
  });
});

describe('HTTP transport', () => {
  // A request a browser sends from any site without a preflight is refused, in Relais's words: which
  // headers a client sends instead (not Apollo's header names), code BAD_REQUEST, status 400.
  const csrfRefusal = async (res: Response) => {
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { message: string; extensions?: { code?: string } }[]; data?: unknown };
    expect(body.data).toBeUndefined();
    expect(body.errors.map((e) => e.extensions?.code)).toEqual(['BAD_REQUEST']);
    const [{ message }] = body.errors;
    expect(message).toMatch(/cross-site request forgery \(CSRF\)/i);
    expect(message).toContain('Content-Type: application/json');
    expect(message).toContain('X-Relais-Preflight: 1');
    expect(message).not.toMatch(/apollo/i);
  };
  const GET = (s: TestServer, headers: Record<string, string> = {}) => fetch(`${s.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, { headers });

  it('CSRF prevention: refuses a text/plain POST with 400 and says which headers to send', async () => {
    for (const s of [server, prod]) {
      await csrfRefusal(await fetch(`${s.url}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: '{ __typename }' }) }));
    }
  });

  it('CSRF prevention: refuses a GET without a preflight header with 400 and says which headers to send', async () => {
    for (const s of [server, prod]) {
      await csrfRefusal(await GET(s));
      await csrfRefusal(await GET(s, { 'content-type': 'application/x-www-form-urlencoded', 'x-relais-preflight': '' }));
    }
  });

  it('CSRF prevention: a GET with X-Relais-Preflight (or the Apollo headers clients already send) is answered', async () => {
    for (const headers of [{ 'x-relais-preflight': '1' }, { 'apollo-require-preflight': 'true' }, { 'content-type': 'application/json' }]) {
      const res = await GET(server, headers);
      expect(res.status, JSON.stringify(headers)).toBe(200);
      expect(await res.json()).toEqual({ data: { __typename: 'Query' } });
    }
  });

  it('refuses a batched request and says why', async () => {
    const r = await post(JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]));
    expect(r.status).toBe(400);
    expect(r.body.data).toBeUndefined();
    expect(r.body.errors?.[0].message).toMatch(/batch/i);
  });

  it('refuses a query over 20,000 characters with 413 QUERY_TOO_LARGE', async () => {
    const query = `{ __typename }\n# ${'x'.repeat(20_000)}`;
    const r = await post(JSON.stringify({ query }));
    expect(r.status).toBe(413);
    expect(codes(r.body)).toEqual(['QUERY_TOO_LARGE']);
  });

  // Node's 16 KiB limit on the request line and headers answers first: such a GET never reaches GraphQL.
  it('refuses a GET query over 20,000 characters with 431', async () => {
    const query = `{ __typename }\n# ${'x'.repeat(20_000)}`;
    const res = await fetch(`${server.url}/graphql?query=${encodeURIComponent(query)}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(res.status).toBe(431);
  });

  it('refuses a body over 100 kB with 413 QUERY_TOO_LARGE and a message', async () => {
    const r = await post(JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(100_001) } }));
    expect(r.status).toBe(413);
    expect(r.body.errors?.[0].message).toMatch(/exceeds 100000 bytes/);
    expect(r.body.errors?.[0].extensions?.code).toBe('QUERY_TOO_LARGE');
  });

  // Counted as it arrives, not only from Content-Length: a streamed body has none.
  it('refuses a streamed body (no Content-Length) over 100 kB with 413', async () => {
    const chunk = new TextEncoder().encode(JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(60_000) } }));
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(chunk);
        controller.enqueue(chunk);
        controller.close();
      },
    });
    const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body, duplex: 'half' } as RequestInit);
    expect(res.status).toBe(413);
    const refused = ((await res.json()) as GqlResult).errors?.[0];
    expect(refused?.message).toMatch(/exceeds 100000 bytes/);
    expect(refused?.extensions?.code).toBe('QUERY_TOO_LARGE');
  });

  it('refuses unparsable JSON with 400 and the parser’s reason', async () => {
    const r = await post('{ "query": ');
    expect(r.status).toBe(400);
    expect(r.body.errors?.[0].message).toMatch(/JSON/);
    expect(codes(r.body)).toEqual(['BAD_REQUEST']);
  });

  it('refuses a compressed body or a charset other than UTF-8 with 415 and says which', async () => {
    const gzip = await post(JSON.stringify({ query: '{ __typename }' }), { 'content-type': 'application/json', 'content-encoding': 'gzip' });
    expect(gzip.status).toBe(415);
    expect(gzip.body.errors?.[0].message).toMatch(/Content-Encoding "gzip"/);
    const latin1 = await post(JSON.stringify({ query: '{ __typename }' }), { 'content-type': 'application/json; charset=iso-8859-1' });
    expect(latin1.status).toBe(415);
    expect(latin1.body.errors?.[0].message).toMatch(/ISO-8859-1/);
    // UTF-8 named in any spelling is read.
    const utf8 = await post(JSON.stringify({ query: '{ __typename }' }), { 'content-type': 'application/json; charset=UTF-8' });
    expect(utf8.body.data).toEqual({ __typename: 'Query' });
  });
});

describe('document limits', () => {
  it('accepts a query 12 levels deep', async () => {
    const r = await server.gql(shiftChain(12), {}, directorToken);
    expect(r.errors).toBeUndefined();
  });

  it('refuses a query deeper than 12 with QUERY_TOO_DEEP', async () => {
    const r = await server.gql(shiftChain(13), {}, directorToken);
    expect(r.data).toBeUndefined();
    expect(codes(r)).toEqual(['QUERY_TOO_DEEP']);
  });

  it('counts depth through fragments', async () => {
    const r = await server.gql(`query { ...Deep } fragment Deep on Query ${shiftChain(13)}`, {}, directorToken);
    expect(codes(r)).toEqual(['QUERY_TOO_DEEP']);
  });

  it('accepts 30 aliases', async () => {
    const r = await server.gql(`{ ${Array.from({ length: 30 }, (_, i) => `a${i}: __typename`).join(' ')} }`, {}, directorToken);
    expect(r.errors).toBeUndefined();
    expect(Object.keys(r.data ?? {})).toHaveLength(30);
  });

  it('refuses more than 30 aliases with TOO_MANY_ALIASES', async () => {
    const r = await server.gql(`{ ${Array.from({ length: 31 }, (_, i) => `a${i}: __typename`).join(' ')} }`, {}, directorToken);
    expect(r.data).toBeUndefined();
    expect(codes(r)).toEqual(['TOO_MANY_ALIASES']);
  });
});

describe('in production', () => {
  it('answers introspection to a reporting token and to signed-in direction only (issue 13)', async () => {
    const SCHEMA = '{ __schema { queryType { name } } }';
    const director = await prod.login(directorOf(prod));
    const expiresAt = new Date(Date.now() + 90 * 86_400_000).toISOString();
    const made = await prod.gql('mutation ($e: DateTime!) { reportingTokenCreate(input: { label: "Grafana", expiresAt: $e }) { token } }', { e: expiresAt }, director);
    const tool = made.data?.reportingTokenCreate.token;
    for (const token of [tool, director]) {
      const r = await prod.gql(SCHEMA, {}, token);
      expect(r.errors).toBeUndefined();
      expect(r.data?.__schema.queryType.name).toBe('Query');
    }
    // A schema browser's usual request goes through whole, within the cost limit.
    const typed = await prod.gql('{ __type(name: "HoursReport") { fields { name description } } }', {}, tool);
    expect(typed.data?.__type.fields.map((f: { name: string }) => f.name)).toContain('help');
    const worker = await prod.login(prod.demo?.logins.find((l) => l.role === 'SOCIAL_WORKER')?.email ?? '');
    const refused = await prod.gql(SCHEMA, {}, worker);
    expect(refused.status).toBe(400);
    expect(refused.data).toBeUndefined();
    expect(refused.errors?.[0].message).toMatch(/introspection/i);
    // Hidden in a fragment, still refused.
    const hidden = await prod.gql('{ ...F } fragment F on Query { __type(name: "Query") { name } }', {}, worker);
    expect(hidden.status).toBe(400);
    for (const token of [prod.demo?.kioskToken, undefined]) {
      const r = await prod.gql(SCHEMA, {}, token);
      expect(r.data, String(token)).toBeUndefined();
      expect([400, 401, 403]).toContain(r.status);
    }
  });

  // graphql's "Did you mean …?" names what the client did not send: in production, only for those
  // who may read the schema (direction, reporting tools); the field the client sent stays named.
  const joined = (r: GqlResult) => (r.errors ?? []).map((e) => e.message).join('\n');
  const SUGGESTED: [string, string, Record<string, unknown>, 'worker' | 'none', RegExp][] = [
    ['a misspelled field (validation)', '{ sectorz { name } }', {}, 'worker', /sectorz/],
    ['a misspelled input field (variable coercion), a staff member', LOGIN, { input: { emai: 'x', password: 'y' } }, 'worker', /emai/],
    ['a misspelled enum value (variable coercion)', 'query ($st: CaseStatus) { caseFiles(status: $st) { totalCount } }', { st: 'ACTIVX' }, 'worker', /ACTIVX/],
  ];
  it.each(SUGGESTED)('gives no "Did you mean" suggestion to those who may not read the schema: %s', async (_name, query, variables, who, sent) => {
    const worker = who === 'worker' ? await prod.login(prod.demo?.logins.find((l) => l.role === 'SOCIAL_WORKER')?.email ?? '') : undefined;
    const r = await prod.gql(query, variables, worker);
    expect(r.data?.caseFiles ?? undefined).toBeUndefined();
    expect(joined(r)).toMatch(sent);
    expect(joined(r)).not.toContain('Did you mean');
    // Outside production, and to direction in production, the suggestion is there.
    expect(joined(await server.gql(query, variables, who === 'worker' ? directorToken : undefined))).toContain('Did you mean');
    expect(joined(await prod.gql(query, variables, await prod.login(directorOf(prod))))).toContain('Did you mean');
  });

  // Signed out, a document that names what does not exist answers as one that names what does:
  // otherwise the validation message against UNAUTHENTICATED lets a stranger map the schema.
  it('answers a signed-out client the same whether the names it sends exist or not', async () => {
    const answers = [];
    for (const [query, variables] of [
      ['{ sectors { code } }', {}],
      ['{ sectors { cod } }', {}],
      ['{ caseFiles { edges { node { beneficiary { nationalRegisterNumbr } } } } }', {}],
      ['query ($st: CaseStatus) { caseFiles(status: $st) { totalCount } }', { st: 'ACTIV' }],
      [LOGIN, { input: { emial: 'x', password: 'y' } }],
    ] as const) {
      const r = await prod.gql(query, variables);
      answers.push({ status: r.status, errors: r.errors?.map((e) => ({ message: e.message, code: e.extensions?.code })), data: r.data ?? null });
    }
    expect(answers[0]).toMatchObject({ status: 401, data: null, errors: [{ code: 'UNAUTHENTICATED' }] });
    for (const a of answers.slice(1)) expect(a).toEqual(answers[0]);
    // A well-formed login still answers, and a staff member still reads what she got wrong.
    expect((await prod.gql(LOGIN, { input: { email: 'nobody@relais.test', password: 'wrong-password' } })).status).toBe(200);
    const worker = await prod.login(prod.demo?.logins.find((l) => l.role === 'SOCIAL_WORKER')?.email ?? '');
    expect(joined(await prod.gql('{ sectors { cod } }', {}, worker))).toMatch(/cod/);
  });

  it('gives no "Did you mean" suggestion over WebSocket to those who may not read the schema', async () => {
    const worker = await prod.login(prod.demo?.logins.find((l) => l.role === 'SOCIAL_WORKER')?.email ?? '');
    const director = await prod.login(directorOf(prod));
    const ask = async (token: string, query: string, variables: Record<string, unknown> = {}) => {
      const s = await follow(prod.wsUrl, token, query, variables);
      try {
        const end = Date.now() + 3_000;
        while (!s.errors.length && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
        return s.errors.map((e: any) => (Array.isArray(e) ? e.map((x: any) => x.message).join('\n') : String(e?.message ?? e))).join('\n');
      } finally {
        await s.client.dispose();
      }
    };
    const misspelled = 'subscription { permanenceChangd { cursor } }';
    const enumValue = 'query ($st: CaseStatus) { caseFiles(status: $st) { totalCount } }';
    expect(await ask(worker, misspelled)).toMatch(/permanenceChangd/);
    expect(await ask(worker, misspelled)).not.toContain('Did you mean');
    expect(await ask(director, misspelled)).toContain('Did you mean');
    expect(await ask(worker, enumValue, { st: 'ACTIVX' })).toMatch(/ACTIVX/);
    expect(await ask(worker, enumValue, { st: 'ACTIVX' })).not.toContain('Did you mean');
    expect(await ask(director, enumValue, { st: 'ACTIVX' })).toContain('Did you mean');
  });
});

describe('the same limits over WebSocket', () => {
  it('answers a too-deep subscription with an error message QUERY_TOO_DEEP', async () => {
    const ws = new WebSocket(server.wsUrl, 'graphql-transport-ws');
    try {
      const messages: { type: string; id?: string; payload?: any }[] = [];
      const received = (type: string) =>
        new Promise<{ type: string; id?: string; payload?: any }>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error(`no ${type}; got ${JSON.stringify(messages)}`)), 5_000);
          const check = () => {
            const m = messages.find((x) => x.type === type);
            if (m) {
              clearTimeout(timer);
              resolve(m);
            }
          };
          ws.on('message', check);
          check();
        });
      ws.on('message', (data) => messages.push(JSON.parse(String(data))));
      await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
      ws.send(JSON.stringify({ type: 'connection_init', payload: { token: kioskToken } }));
      await received('connection_ack');
      const fields = ['permanenceChanged', 'shift', 'holders'];
      while (fields.length < 13) fields.push(fields.length % 2 === 1 ? 'sector' : 'socialWorker');
      ws.send(JSON.stringify({ id: 'deep', type: 'subscribe', payload: { query: `subscription { ${nest(fields, 'id')} }` } }));
      const error = await received('error');
      expect(error.id).toBe('deep');
      expect(error.payload.map((e: { extensions?: { code?: string } }) => e.extensions?.code)).toEqual(['QUERY_TOO_DEEP']);
    } finally {
      ws.terminate();
    }
  });
});

describe('tokens', () => {
  it('a wrong password gets INVALID_CREDENTIALS and no token', async () => {
    const r = await server.gql<{ login: { token: string | null; userErrors: { code: string }[] } }>(LOGIN, { input: { email: directorEmail, password: 'not-the-password' } });
    expect(r.errors).toBeUndefined();
    expect(r.data?.login.token).toBeNull();
    expect(r.data?.login.userErrors.map((e) => e.code)).toEqual(['INVALID_CREDENTIALS']);
  });

  it('a token is refused after logout', async () => {
    const token = await server.login(directorEmail);
    expect((await server.gql('{ sectors { name } }', {}, token)).errors).toBeUndefined();
    const out = await server.gql<{ logout: { loggedOut: boolean } }>('mutation { logout { loggedOut } }', {}, token);
    expect(out.data?.logout.loggedOut).toBe(true);
    expect(codes(await server.gql('{ sectors { name } }', {}, token))).toEqual(['UNAUTHENTICATED']);
  });

  it('a session is refused once its 12 hours are over', async () => {
    const token = await server.login(directorEmail);
    const started = server.clock.now;
    try {
      server.clock.now = new Date(started.getTime() + 11 * 3600e3);
      expect((await server.gql('{ sectors { name } }', {}, token)).errors).toBeUndefined();
      server.clock.now = new Date(started.getTime() + 13 * 3600e3);
      expect(codes(await server.gql('{ sectors { name } }', {}, token))).toEqual(['UNAUTHENTICATED']);
    } finally {
      server.clock.now = started;
    }
  });
});
