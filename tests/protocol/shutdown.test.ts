// Shutdown under clients that stay: a keep-alive HTTP connection, a live graphql-ws subscriber and
// requests still arriving. `app.close()` (what main runs on SIGTERM) must end within a bound, the
// subscriber told to come back (1001), and a request under way answered, not cut; the real process,
// sent SIGTERM while a request is held, answers it and exits.
import { spawn } from 'node:child_process';
import http from 'node:http';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import WebSocket from 'ws';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { absences } from '../../apps/api/src/db/schema/index.js';
import { makeStaff, PASSWORD } from '@support/factories.js';
import { startTestServer, type TestServer } from '@support/server.js';
import { deferred, until } from '../events/subscriber.js';

const NOW = new Date('2026-11-25T10:00:00Z');
const BOUND_MS = 4_000;
// Eight keep-alive clients posting in a loop until killed.
const REMOTE_LOAD = `
const http = require('node:http');
const [port, token] = process.argv.slice(1);
const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });
const post = () => new Promise((resolve) => {
  const req = http.request({ host: '127.0.0.1', port, path: '/graphql', method: 'POST', agent, headers: { 'content-type': 'application/json', authorization: 'Bearer ' + token } }, (res) => res.resume().on('end', resolve).on('error', resolve));
  req.on('error', () => setTimeout(resolve, 10));
  req.end(JSON.stringify({ query: '{ viewer { __typename } }' }));
});
for (let i = 0; i < 8; i++) (async () => { for (;;) await post(); })();
`;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ seed: true, now: NOW });
});
afterAll(async () => {
  await server?.close();
});

it('closes within a bound with keep-alive connections, a subscriber and requests under way', async () => {
  const director = server.demo!.logins.find((l) => l.role === 'DIRECTOR')!;
  const token = await server.login(director.email);
  const port = Number(new URL(server.url).port);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
  const post = () =>
    new Promise<number>((resolve) => {
      const req = http.request({ host: '127.0.0.1', port, path: '/graphql', method: 'POST', agent, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` } }, (res) => {
        res.resume().on('end', () => resolve(res.statusCode ?? 0)).on('error', () => resolve(0));
      });
      req.on('error', () => resolve(0));
      req.end(JSON.stringify({ query: '{ viewer { __typename } }' }));
    });

  // A subscriber, acknowledged and subscribed.
  const ws = new WebSocket(server.wsUrl, 'graphql-transport-ws');
  const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init', payload: { token } })));
    ws.on('message', (m) => {
      if (JSON.parse(String(m)).type !== 'connection_ack') return;
      ws.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: 'subscription { permanenceChanged { type } }' } }));
      resolve();
    });
    ws.on('error', reject);
  });
  // Keep-alive sockets left open by the client, and clients that keep sending on them.
  expect(await post()).toBe(200);
  let loading = true;
  const answered: number[] = [];
  const load = Array.from({ length: 4 }, async () => {
    while (loading) answered.push(await post());
  });
  // And from another process, as real clients are: the server's FIN and the client's next request cross.
  const remote = spawn(process.execPath, ['-e', REMOTE_LOAD, String(port), token], { stdio: 'ignore' });
  await new Promise((r) => setTimeout(r, 1_000));

  const started = Date.now();
  const outcome = await Promise.race([
    server.stop().then(() => 'closed'),
    new Promise((r) => setTimeout(() => r('still open'), BOUND_MS).unref()),
  ]);
  const took = Date.now() - started;
  loading = false;
  await Promise.all(load);
  agent.destroy();
  ws.terminate();
  remote.kill();

  expect(outcome, `close took ${took} ms`).toBe('closed');
  expect(await closed).toBe(1001);
  // Requests under way at the close got their answer (refused connections afterwards are 0).
  expect(answered.filter((s) => s === 200).length).toBeGreaterThan(0);
  expect(answered.filter((s) => s !== 200 && s !== 0)).toEqual([]);
});

it('leaves SIGTERM to main: no handler of its own, even outside NODE_ENV=test', async () => {
  const before = process.listenerCount('SIGTERM');
  const env = process.env.NODE_ENV;
  // Apollo registers its stop-on-signal handler unless NODE_ENV is test.
  process.env.NODE_ENV = 'development';
  try {
    const peer = await server.startPeer();
    expect(process.listenerCount('SIGTERM')).toBe(before);
    await peer.close();
  } finally {
    process.env.NODE_ENV = env;
  }
});

it('answers a request under way when SIGTERM arrives, then the process exits', async () => {
  // main.ts as deployed, on this file's (seeded) database.
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: fileURLToPath(new URL('../../apps/api/', import.meta.url)),
    env: { ...process.env, DATABASE_URL: server.db.url, PORT: '0', HOST: '127.0.0.1', NODE_ENV: 'test', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (out += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const release = deferred();
  let holding: Promise<unknown> = Promise.resolve();
  try {
    expect(await until(() => /Relais is running/.test(out) || child.exitCode !== null, 60_000), out).toBe(true);
    const url = `http://127.0.0.1:${/open http:\/\/[^:]+:(\d+)/.exec(out)?.[1]}`;
    const gql = (query: string, variables: Record<string, unknown>, token?: string) =>
      fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
    const director = await makeStaff(server.db.db, 'DIRECTOR');
    const staffId = (await makeStaff(server.db.db, 'SOCIAL_WORKER')).gid;
    const login = (await (await gql('mutation ($input: LoginInput!) { login(input: $input) { token } }', { input: { email: director.email, password: PASSWORD } })).json()) as any;
    const token = login.data.login.token as string;

    // The outbox held by another transaction: a change (it publishes an event) waits on it.
    const locked = deferred();
    holding = server.db.db.transaction(async (tx) => {
      await tx.execute(sql`lock table events in share mode`);
      locked.resolve();
      await release.promise;
    });
    await locked.promise;
    const startsAt = new Date('2031-03-03T08:00:00Z');
    const note = 'recorded while the server shuts down';
    const answer = gql(
      'mutation ($input: AbsenceRecordInput!) { absenceRecord(input: $input) { absence { id } userErrors { code } } }',
      { input: { staffId, kind: 'TRAINING', startsAt, endsAt: new Date(startsAt.getTime() + 8 * 3_600_000), note } },
      token,
    );
    const waiting = async () => (await server.db.sql`select 1 from pg_locks where relation = 'events'::regclass and not granted`).length > 0;
    expect(await until(waiting)).toBe(true);

    child.kill('SIGTERM');
    // Shutting down: no new connection is taken, the held request is still under way.
    const refused = async () => fetch(`${url}/healthz`).then(() => false, () => true);
    expect(await until(refused)).toBe(true);
    expect(child.exitCode).toBeNull();
    release.resolve();
    await holding;

    const res = await answer;
    expect(res.status).toBe(200);
    const body = (await res.json()) as any;
    expect(body.data.absenceRecord).toEqual({ absence: { id: expect.any(String) }, userErrors: [] });
    const exitedWith = await Promise.race([exited, new Promise((r) => setTimeout(() => r('still running'), 15_000))]);
    expect(exitedWith, out.slice(-2_000)).toBe(0);
    // Committed, not cut half-way.
    const [row] = await server.db.db.select({ n: sql<number>`count(*)::int` }).from(absences).where(sql`${absences.note} = ${note}`);
    expect(row.n).toBe(1);
    expect(out).toMatch(/"msg":"shutting down"/);
  } finally {
    release.resolve();
    await holding.catch(() => {});
    if (child.exitCode === null) child.kill('SIGKILL');
  }
}, 90_000);
