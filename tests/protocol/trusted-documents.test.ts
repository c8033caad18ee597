// Trusted documents through HTTP and WebSocket: the board's operations, persisted at build by the code
// generator (packages/schema/src/generated/persisted-documents.json), are named by hash; with
// RELAIS_TRUSTED_DOCUMENTS_ONLY the board's own credentials (kiosk tokens, sessions opened by the
// board's login) run nothing else, while reporting tokens and staff sessions opened by a tool still
// send any document within the limits.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../apps/api/src/config.js';
import { loadConfig } from '../../apps/api/src/config.js';
import { MANIFEST_PATH } from '../../apps/api/src/graphql/trusted-documents.js';
import { makeStaff, PASSWORD } from '@support/factories.js';
import { startTestServer, type TestServer } from '@support/server.js';

const NOW = new Date('2026-06-10T08:00:00Z');
const manifest = JSON.parse(readFileSync(path.join(projectRoot, MANIFEST_PATH), 'utf8')) as Record<string, string>;
const hashOf = (operationName: string) => {
  const found = Object.entries(manifest).find(([, text]) => new RegExp(`^(query|mutation|subscription) ${operationName}\\b`).test(text));
  if (!found) throw new Error(`${operationName} is not among the board's persisted documents`);
  return found[0].replace(/^sha256:/, '');
};

type Answer = { status: number; data?: any; errors?: { message: string; extensions?: { code?: string } }[] };

async function post(server: TestServer, body: Record<string, unknown>, token?: string): Promise<Answer> {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: res.status, ...((await res.json()) as object) };
}

const persisted = (name: string, variables: Record<string, unknown> = {}) => ({ operationName: name, variables, extensions: { persistedQuery: { version: 1, sha256Hash: hashOf(name) } } });
const code = (r: Answer) => r.errors?.[0]?.extensions?.code;

/** One subscription over graphql-ws: the first message it gets (data or errors). */
async function firstOverWs(server: TestServer, token: string, payload: { query: string; extensions?: Record<string, unknown>; variables?: Record<string, unknown> }) {
  const client = createClient({ url: server.wsUrl, webSocketImpl: WebSocket, connectionParams: { token }, retryAttempts: 0, lazy: true });
  try {
    return await new Promise<{ errors?: unknown[]; data?: unknown } | 'open'>((resolve) => {
      const dispose = client.subscribe(payload, {
        next: (v) => resolve(v as { data?: unknown }),
        error: (e) => resolve({ errors: Array.isArray(e) ? e : [e] }),
        complete: () => resolve('open'),
      });
      // A live subscription says nothing until an event: open after a short while means accepted.
      setTimeout(() => {
        dispose();
        resolve('open');
      }, 800);
    });
  } finally {
    await client.dispose();
  }
}

describe('trusted documents', () => {
  let server: TestServer;
  let boardToken: string;
  let toolToken: string;
  let kioskToken: string;
  let reportingToken: string;

  beforeAll(async () => {
    server = await startTestServer({ now: NOW, trustedDocumentsOnly: true });
    const director = await makeStaff(server.db.db, 'DIRECTOR');
    // The board logs in with its persisted BoardLogin document: that session is the board's.
    const login = await post(server, persisted('BoardLogin', { input: { email: director.email, password: PASSWORD } }));
    boardToken = login.data?.login.token;
    expect(boardToken).toBeTruthy();
    // A tool logs in with a document of its own.
    toolToken = await server.login(director.email, PASSWORD);
    const kiosk = await post(server, { query: 'mutation { kioskTokenCreate(input: { label: "Salle" }) { token } }' }, toolToken);
    kioskToken = kiosk.data?.kioskTokenCreate.token;
    const reporting = await post(server, { query: 'mutation { reportingTokenCreate(input: { label: "BI", expiresAt: "2027-01-01T00:00:00Z" }) { token } }' }, toolToken);
    reportingToken = reporting.data?.reportingTokenCreate.token;
    expect(kioskToken && reportingToken).toBeTruthy();
  });
  afterAll(() => server?.close());

  it('is on by default in production only, and RELAIS_TRUSTED_DOCUMENTS_ONLY says otherwise', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).trustedDocumentsOnly).toBe(true);
    expect(loadConfig({ NODE_ENV: 'test' }).trustedDocumentsOnly).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', RELAIS_TRUSTED_DOCUMENTS_ONLY: '0' }).trustedDocumentsOnly).toBe(false);
    expect(loadConfig({ NODE_ENV: 'development', RELAIS_TRUSTED_DOCUMENTS_ONLY: '1' }).trustedDocumentsOnly).toBe(true);
  });

  it('the manifest holds every board operation, each under the SHA-256 of its text', async () => {
    const { createHash } = await import('node:crypto');
    expect(Object.keys(manifest).length).toBeGreaterThan(20);
    for (const [id, text] of Object.entries(manifest)) expect(id).toBe(`sha256:${createHash('sha256').update(text).digest('hex')}`);
  });

  it('the board’s credentials run its persisted documents, by persistedQuery hash or documentId', async () => {
    for (const token of [boardToken, kioskToken]) {
      const byHash = await post(server, persisted('BoardViewer'), token);
      expect(byHash.status).toBe(200);
      expect(byHash.errors).toBeUndefined();
      expect(byHash.data?.viewer.kind).toBe(token === kioskToken ? 'KIOSK' : 'STAFF');
      const byId = await post(server, { documentId: `sha256:${hashOf('BoardViewer')}` }, token);
      expect(byId.data?.viewer.kind).toBe(byHash.data?.viewer.kind);
    }
  });

  it('refuses any other document for a kiosk token or a board session: 403 TRUSTED_DOCUMENT_REQUIRED, nothing run', async () => {
    for (const token of [boardToken, kioskToken]) {
      for (const query of ['{ viewer { kind } }', '{ __typename }', 'mutation { logout { loggedOut } }']) {
        const r = await post(server, { query }, token);
        expect(r.status, query).toBe(403);
        expect(code(r), query).toBe('TRUSTED_DOCUMENT_REQUIRED');
        expect(r.data ?? null).toBeNull();
      }
    }
    // The refused logout did not run: the board's session still reads.
    expect((await post(server, persisted('BoardViewer'), boardToken)).data?.viewer.kind).toBe('STAFF');
    // A hash not of the board's, sent with the text of a board document, is not trusted either.
    const forged = await post(server, { query: manifest[`sha256:${hashOf('BoardViewer')}`], extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } }, kioskToken);
    expect(code(forged)).not.toBeUndefined();
    expect(forged.data?.viewer ?? null).toBeNull();
  });

  it('lets reporting tokens and a tool’s staff session send any document within the cost limit', async () => {
    const tool = await post(server, { query: '{ viewer { kind staff { role } } sectors { code } }' }, toolToken);
    expect(tool.errors).toBeUndefined();
    expect(tool.data?.viewer).toEqual({ kind: 'STAFF', staff: { role: 'DIRECTOR' } });
    const report = await post(server, { query: '{ conflictsReport(from: "2026-01-01", to: "2026-03-31") { from conflicts { rule } } }' }, reportingToken);
    expect(report.errors).toBeUndefined();
    expect(report.data?.conflictsReport).toEqual({ from: '2026-01-01', conflicts: [] });
    // The cost limit still holds for them.
    const heavy = `{ ${Array.from({ length: 13 }, (_, i) => `r${i}: conflictsReport(from: "2026-01-01", to: "2026-01-31") { from }`).join(' ')} }`;
    expect(code(await post(server, { query: heavy }, reportingToken))).toBe('QUERY_TOO_COMPLEX');
  });

  it('names a persisted document over GET too (extensions in the query string)', async () => {
    const url = new URL(`${server.url}/graphql`);
    url.searchParams.set('extensions', JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hashOf('BoardViewer') } }));
    url.searchParams.set('operationName', 'BoardViewer');
    const res = await fetch(url, { headers: { authorization: `Bearer ${kioskToken}`, 'apollo-require-preflight': 'true' } });
    const body = await res.text();
    expect(res.status, body).toBe(200);
    expect((JSON.parse(body) as { data: { viewer: { kind: string } } }).data.viewer.kind).toBe('KIOSK');
    const free = new URL(`${server.url}/graphql`);
    free.searchParams.set('query', '{ viewer { kind } }');
    const refused = await fetch(free, { headers: { authorization: `Bearer ${kioskToken}`, 'apollo-require-preflight': 'true' } });
    expect(refused.status).toBe(403);
  });

  it('answers 400 PERSISTED_QUERY_NOT_FOUND for a documentId it does not hold, whoever asks', async () => {
    for (const documentId of [`sha256:${'0'.repeat(64)}`, 'nonsense', '', 42, 'sha256:\u0000', `sha256:${'a'.repeat(10_000)}`]) {
      const r = await post(server, { documentId }, toolToken);
      expect(r.status, String(documentId).slice(0, 20)).toBe(400);
      expect(code(r)).toBe('PERSISTED_QUERY_NOT_FOUND');
    }
    // A null documentId is no documentId: the query text runs.
    expect((await post(server, { documentId: null, query: '{ viewer { kind } }' }, toolToken)).data?.viewer.kind).toBe('STAFF');
  });

  it('over WebSocket: a kiosk subscribes by hash; free text is refused with TRUSTED_DOCUMENT_REQUIRED', async () => {
    const name = 'BoardAlertChanged';
    const byHash = await firstOverWs(server, kioskToken, { query: '', extensions: { persistedQuery: { version: 1, sha256Hash: hashOf(name) } }, variables: { after: null } });
    expect(byHash).toBe('open');
    const text = manifest[`sha256:${hashOf(name)}`];
    const free = await firstOverWs(server, kioskToken, { query: text, variables: { after: null } });
    expect(free).not.toBe('open');
    expect(JSON.stringify(free)).toContain('TRUSTED_DOCUMENT_REQUIRED');
    // A tool's session subscribes with its own text.
    expect(await firstOverWs(server, toolToken, { query: text, variables: { after: null } })).toBe('open');
  });
});

describe('trusted documents off (RELAIS_TRUSTED_DOCUMENTS_ONLY=0)', () => {
  it('a kiosk token sends any document; persisted ones still answer', async () => {
    const server = await startTestServer({ now: NOW, trustedDocumentsOnly: false });
    try {
      const director = await makeStaff(server.db.db, 'DIRECTOR');
      const tool = await server.login(director.email, PASSWORD);
      const kiosk = (await post(server, { query: 'mutation { kioskTokenCreate(input: { label: "Salle" }) { token } }' }, tool)).data?.kioskTokenCreate.token;
      expect((await post(server, { query: '{ viewer { kind } }' }, kiosk)).data?.viewer.kind).toBe('KIOSK');
      expect((await post(server, persisted('BoardViewer'), kiosk)).data?.viewer.kind).toBe('KIOSK');
    } finally {
      await server.close();
    }
  });
});
