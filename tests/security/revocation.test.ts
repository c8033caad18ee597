// A session that ends takes its open WebSockets with it, on every API process: logout, a revoked
// kiosk token, and expiry each close the socket (4401) within a few seconds.
import { createClient } from 'graphql-ws';
import postgres from 'postgres';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { RunningApp } from '../../apps/api/src/http/app.js';
import { SESSION_WATCH_APPLICATION } from '../../apps/api/src/http/session-watch.js';
import { hours, makeStaff, PASSWORD, plus } from '@support/factories.js';
import { captureLogs } from '@support/logs.js';
import { startTestServer, type TestServer } from '@support/server.js';
import { until } from '../events/subscriber.js';

const NOW = new Date('2026-05-04T08:00:00Z');
let server: TestServer;
let peer: RunningApp;
let directorToken: string;

beforeAll(async () => {
  server = await startTestServer({ now: NOW });
  peer = await server.startPeer();
  const director = await makeStaff(server.db.db, 'DIRECTOR');
  directorToken = await server.login(director.email, PASSWORD);
});
afterAll(() => server?.close());

interface OpenSocket {
  /** Resolves with the close code, reason and the time it closed. */
  closed: Promise<{ code: number; reason: string; at: number }>;
  dispose: () => Promise<void>;
}

/** A live subscription on one API process, resolved once the server has acknowledged the connection. */
async function openSubscription(httpUrl: string, token: string): Promise<OpenSocket> {
  let onClosed: (v: { code: number; reason: string; at: number }) => void = () => {};
  const closed = new Promise<{ code: number; reason: string; at: number }>((r) => (onClosed = r));
  let onConnected: () => void = () => {};
  const connected = new Promise<void>((r) => (onConnected = r));
  const client = createClient({
    url: `${httpUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { token },
    retryAttempts: 0,
    lazy: false,
    on: {
      connected: () => onConnected(),
      closed: (event) => {
        const e = event as { code: number; reason: string };
        onClosed({ code: e.code, reason: String(e.reason), at: Date.now() });
      },
    },
    onNonLazyError: () => {},
  });
  client.subscribe({ query: 'subscription { alertChanged { cursor } }' }, { next: () => {}, error: () => {}, complete: () => {} });
  await connected;
  return { closed, dispose: () => client.dispose() };
}

/** How long after `from` the socket closed, or null if it is still open after `ms`. */
async function closedWithin(socket: OpenSocket, from: number, ms = 5_000) {
  const timeout = new Promise<null>((r) => setTimeout(() => r(null), ms));
  const result = await Promise.race([socket.closed, timeout]);
  return result && { ...result, afterMs: result.at - from };
}

const measured: string[] = [];
afterAll(() => console.info(`revocation: sockets closed after ${measured.join('; ')}`));

describe('a session that ends closes its WebSockets', () => {
  it('logout closes the sockets of that session on both API processes within a few seconds (4401)', async () => {
    const person = await makeStaff(server.db.db, 'TELEPHONIST');
    const token = await server.login(person.email, PASSWORD);
    const other = await server.login(person.email, PASSWORD);
    const here = await openSubscription(server.url, token);
    const there = await openSubscription(peer.url, token);
    const untouched = await openSubscription(peer.url, other);
    // Both processes have recognised the token over HTTP (each keeps live sessions it has seen).
    const viewerOn = (url: string) =>
      fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: '{ viewer { kind } }' }) }).then(
        (res) => res.json() as Promise<{ data?: { viewer: { kind: string } }; errors?: { extensions?: { code?: string } }[] }>,
      );
    expect((await viewerOn(peer.url)).data?.viewer).toEqual({ kind: 'STAFF' });
    expect((await viewerOn(server.url)).data?.viewer).toEqual({ kind: 'STAFF' });

    const from = Date.now();
    const r = await server.gql('mutation { logout { loggedOut } }', {}, token);
    expect(r.data?.logout).toEqual({ loggedOut: true });
    // On the process that logged out, at once; on the other, as soon as it heard (its sockets close on the same notification).
    expect((await viewerOn(server.url)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const [a, b] = await Promise.all([closedWithin(here, from), closedWithin(there, from)]);
    expect((await viewerOn(peer.url)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(a).toMatchObject({ code: 4401, reason: expect.stringMatching(/session ended/i) });
    expect(b).toMatchObject({ code: 4401 });
    expect(Math.max(a?.afterMs ?? Infinity, b?.afterMs ?? Infinity)).toBeLessThan(3_000);
    measured.push(`logout ${a?.afterMs} ms (same process), ${b?.afterMs} ms (other process)`);
    // Another session of the same person keeps streaming.
    expect(await closedWithin(untouched, Date.now(), 500)).toBeNull();
    await untouched.dispose();
  });

  it('kioskTokenRevoke closes the screen’s sockets on both API processes within a few seconds (4401)', async () => {
    const created = await server.gql(
      'mutation { kioskTokenCreate(input: { label: "Salle revocation" }) { token } }',
      {},
      directorToken,
    );
    const token = created.data?.kioskTokenCreate.token as string;
    const here = await openSubscription(server.url, token);
    const there = await openSubscription(peer.url, token);
    const list = await server.gql('{ kioskTokens { id label } }', {}, directorToken);
    const id = list.data?.kioskTokens.find((k: { label: string }) => k.label === 'Salle revocation').id;

    const from = Date.now();
    const revoked = await server.gql('mutation ($input: KioskTokenRevokeInput!) { kioskTokenRevoke(input: $input) { userErrors { code } } }', { input: { id } }, directorToken);
    expect(revoked.data?.kioskTokenRevoke.userErrors).toEqual([]);
    const [a, b] = await Promise.all([closedWithin(here, from), closedWithin(there, from)]);
    expect(a).toMatchObject({ code: 4401 });
    expect(b).toMatchObject({ code: 4401 });
    expect(Math.max(a?.afterMs ?? Infinity, b?.afterMs ?? Infinity)).toBeLessThan(3_000);
    measured.push(`kiosk revoke ${a?.afterMs} ms / ${b?.afterMs} ms`);
  });

  it('a kiosk screen that forgets its token logs out: the server forgets it too', async () => {
    const token = (await server.app.services.auth.createKioskToken('Salle oubli', server.clock.now)).token;
    const socket = await openSubscription(peer.url, token);
    const from = Date.now();
    expect((await server.gql('mutation { logout { loggedOut } }', {}, token)).data?.logout).toEqual({ loggedOut: true });
    expect(await closedWithin(socket, from)).toMatchObject({ code: 4401 });
    expect((await server.gql('{ viewer { kind } }', {}, token)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('an expired session’s sockets close within a few seconds, on both API processes', async () => {
    const person = await makeStaff(server.db.db, 'SOCIAL_WORKER');
    const token = await server.login(person.email, PASSWORD);
    const here = await openSubscription(server.url, token);
    const there = await openSubscription(peer.url, token);
    expect(await closedWithin(here, Date.now(), 300)).toBeNull();

    // Sessions last 12 hours (SESSION_HOURS).
    server.clock.now = plus(NOW, hours(12) + 1_000);
    const from = Date.now();
    try {
      const [a, b] = await Promise.all([closedWithin(here, from), closedWithin(there, from)]);
      expect(a).toMatchObject({ code: 4401 });
      expect(b).toMatchObject({ code: 4401 });
      expect(Math.max(a?.afterMs ?? Infinity, b?.afterMs ?? Infinity)).toBeLessThan(4_000);
      measured.push(`expiry ${a?.afterMs} ms / ${b?.afterMs} ms`);
    } finally {
      server.clock.now = NOW;
    }
  });
});

describe('a process that stops hearing revocations', () => {
  it('forgets the sessions it had recognised the moment its listener connection drops: a revocation made meanwhile by another process is refused at once', async () => {
    const person = await makeStaff(server.db.db, 'TELEPHONIST');
    const token = await server.login(person.email, PASSWORD);
    const viewer = (url: string) =>
      fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: '{ viewer { kind } }' }) }).then(
        (res) => res.json() as Promise<{ data?: { viewer: { kind: string } }; errors?: { extensions?: { code?: string } }[] }>,
      );
    // The peer keeps the live session it has seen.
    expect((await viewer(peer.url)).data?.viewer).toEqual({ kind: 'STAFF' });

    // The listeners' connections drop and cannot come back (no new connection to this database):
    // the revocation's NOTIFY reaches no process but the one that revoked.
    const database = new URL(server.db.url).pathname.slice(1);
    const admin = postgres(inject('adminDatabaseUrl'), { max: 1, onnotice: () => {} });
    try {
      await admin.unsafe(`alter database ${database} allow_connections false`);
      const logs = captureLogs();
      const cut = await admin`select pg_terminate_backend(pid) from pg_stat_activity where datname = ${database} and application_name = ${SESSION_WATCH_APPLICATION}`;
      expect(cut.length).toBe(2);
      // Both processes have seen their listener go (they say so once they cannot LISTEN again).
      const lost = () => logs.lines.filter((l) => l.includes('session revocation listener lost')).length === 2;
      const noticed = await until(lost, 3_000);
      logs.restore();
      expect(noticed).toBe(true);
      expect((await server.gql('mutation { logout { loggedOut } }', {}, token)).data?.logout).toEqual({ loggedOut: true });
      // The peer asks the database (over a connection its pool already has) instead of trusting
      // its cache for up to 30 s.
      expect((await viewer(peer.url)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    } finally {
      await admin.unsafe(`alter database ${database} allow_connections true`);
      await admin.end();
    }
  });
});
