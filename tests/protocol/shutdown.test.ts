// Shutdown under clients that stay: a keep-alive HTTP connection, a live graphql-ws subscriber and
// requests still arriving. `app.close()` (what main runs on SIGTERM) must end within a bound, the
// subscriber told to come back (1001), and a request under way answered, not cut.
import { spawn } from 'node:child_process';
import http from 'node:http';
import WebSocket from 'ws';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '@support/server.js';

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
