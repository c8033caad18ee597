// Behind a load balancer, an idle keep-alive connection must be closed by the balancer first: a
// socket the server closes while the balancer reuses it is a 502 for a client (bench:api's 4-process
// read saw four with Node's 5 s). Relais keeps an idle connection 65 s, past the usual 60 s.
import http from 'node:http';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { KEEP_ALIVE_MS } from '../../apps/api/src/http/app.js';
import { startTestServer, type TestServer } from '@support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

/** One GET /healthz on the agent's connection: its status and whether the connection was reused. */
function healthz(agent: http.Agent): Promise<{ status: number; reused: boolean }> {
  return new Promise((resolve, reject) => {
    const req = http.get(`${server.url}/healthz`, { agent }, (res) => {
      res.resume().on('end', () => resolve({ status: res.statusCode ?? 0, reused: req.reusedSocket }));
    });
    req.on('error', reject);
  });
}

it('keeps an idle keep-alive connection past Node\'s 5 s and a balancer\'s usual 60 s', async () => {
  expect(KEEP_ALIVE_MS).toBeGreaterThan(60_000);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  try {
    expect(await healthz(agent)).toEqual({ status: 200, reused: false });
    await new Promise((r) => setTimeout(r, 6_000)); // idle longer than Node's default keep-alive
    expect(await healthz(agent)).toEqual({ status: 200, reused: true });
  } finally {
    agent.destroy();
  }
}, 20_000);
