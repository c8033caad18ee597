// Malformed automatic-persisted-query input and a UTF-8 byte-order mark, through HTTP on the real
// server: bad input is a client error naming the field and the rule, never a fault logged with a
// stack (anyone could fill the error log); a leading BOM (PowerShell, .NET) is read past.
import { createHash } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import manifest from '../../packages/schema/src/generated/persisted-documents.json' with { type: 'json' };
import { captureLogs } from '@support/logs.js';
import { startTestServer, type GqlResult, type TestServer } from '@support/server.js';

let prod: TestServer;
let lines: string[] = [];
let restore: () => void = () => {};

beforeAll(async () => {
  prod = await startTestServer({ production: true });
  ({ lines, restore } = captureLogs());
}, 120_000);

afterEach(() => {
  lines.length = 0;
});

afterAll(async () => {
  restore();
  await prod?.close();
});

type Answer = { status: number; body: GqlResult };

async function post(body: string | Buffer): Promise<Answer> {
  const res = await fetch(`${prod.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return { status: res.status, body: JSON.parse(await res.text()) as GqlResult };
}

async function get(params: Record<string, string> | [string, string][]): Promise<Answer> {
  const res = await fetch(`${prod.url}/graphql?${new URLSearchParams(params)}`, { headers: { 'apollo-require-preflight': '1' } });
  return { status: res.status, body: JSON.parse(await res.text()) as GqlResult };
}

const QUERY = '{__typename}';
const hash = createHash('sha256').update(QUERY).digest('hex');

function expectClientError(r: Answer, field: string, rule: RegExp) {
  expect(r.status).toBe(400);
  const [error] = r.body.errors ?? [];
  expect(error?.extensions?.code).toBe('PERSISTED_QUERY_INVALID');
  expect(error?.extensions?.field).toBe(field);
  expect(error?.message).toContain(`\`${field}\``);
  expect(error?.message).toMatch(rule);
  // Nothing at error level (50) or above, and no stack: a client's mistake is not a fault.
  const logged = lines.map((l) => JSON.parse(l) as { level: number; err?: { stack?: string } });
  expect(logged.filter((l) => l.level >= 50)).toEqual([]);
  expect(logged.filter((l) => l.err?.stack)).toEqual([]);
}

describe('malformed persisted-query input', () => {
  it.each([
    ['an empty persistedQuery', { persistedQuery: {} }, 'extensions.persistedQuery.version', /only 1 is supported/],
    ['a hash that is an object', { persistedQuery: { sha256Hash: { a: 1 } } }, 'extensions.persistedQuery.version', /only 1 is supported/],
    ['a persistedQuery that is a string', { persistedQuery: 'x' }, 'extensions.persistedQuery', /must be an object/],
    ['version 2', { persistedQuery: { version: 2, sha256Hash: hash } }, 'extensions.persistedQuery.version', /only 1 is supported/],
    ['a hash that is not hexadecimal SHA-256', { persistedQuery: { version: 1, sha256Hash: 'abc' } }, 'extensions.persistedQuery.sha256Hash', /64 lowercase hexadecimal characters/],
    ['a hash that is not the text’s', { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } }, 'extensions.persistedQuery.sha256Hash', /does not match the query's text/],
  ])('POST with %s: 400 naming the field and the rule, nothing logged as a fault', async (_name, extensions, field, rule) => {
    expectClientError(await post(JSON.stringify({ query: QUERY, extensions })), field, rule);
  });

  it('GET with an empty persistedQuery: the same', async () => {
    expectClientError(await get({ query: QUERY, extensions: JSON.stringify({ persistedQuery: {} }) }), 'extensions.persistedQuery.version', /only 1 is supported/);
  });

  it('GET with extensions twice: the first, the one Apollo reads, is the one checked', async () => {
    const valid = JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } });
    const r = await get([['query', QUERY], ['extensions', JSON.stringify({ persistedQuery: {} })], ['extensions', valid]]);
    expectClientError(r, 'extensions.persistedQuery.version', /only 1 is supported/);
  });

  it('a well-formed one still runs (the hash of the text), and an unknown hash alone is PERSISTED_QUERY_NOT_FOUND', async () => {
    const ok = await post(JSON.stringify({ query: QUERY, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }));
    expect(ok.body.errors).toBeUndefined();
    expect(ok.body.data).toEqual({ __typename: 'Query' });
    const unknown = await post(JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: 'e'.repeat(64) } } }));
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });
});

describe("a board document named by documentId", () => {
  it('with extensions that are not JSON is refused naming extensions, not a fault', async () => {
    const documentId = Object.keys(manifest)[0]!;
    const r = await get({ documentId, extensions: '{not json' });
    expect(r.status).toBe(400);
    const [error] = r.body.errors ?? [];
    expect(error?.extensions?.code).toBe('BAD_REQUEST');
    expect(error?.extensions?.field).toBe('extensions');
    expect(error?.message).toContain('`extensions`');
    const logged = lines.map((l) => JSON.parse(l) as { level: number; err?: { stack?: string } });
    expect(logged.filter((l) => l.level >= 50)).toEqual([]);
  });
});

describe('a UTF-8 byte-order mark', () => {
  it('before a JSON body is read past, as Express did', async () => {
    const r = await post(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify({ query: QUERY }))]));
    expect(r.status).toBe(200);
    expect(r.body.data).toEqual({ __typename: 'Query' });
  });
});
