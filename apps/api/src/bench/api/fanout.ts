// Live fan-out: N graphql-ws subscribers on the board's permanenceChanged (kiosk screens), one
// permanenceReplace by direction, and the time until each subscriber has the event.
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { gql } from './load.js';
import { cpuMs, rssMb } from './processes.js';

export interface FanoutResult {
  subscribers: number;
  delivered: number;
  p50: number;
  p99: number;
  max: number;
  kbPerIdleConnection: number;
  serverCpuPerEventMs: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const pct = (xs: number[], p: number) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))] : NaN);

interface Change {
  /** Makes one change that publishes a permanence event; resolves when its response is back. */
  (): Promise<void>;
}

/** A change direction makes: the holder of a shift more than a week ahead, flipped between two people. */
export async function permanenceChange(url: string, directorToken: string): Promise<Change> {
  const from = new Date(Date.now() + 21 * 86_400_000).toISOString();
  const data = await gql<{ permanenceShifts: { edges: { node: { id: string } }[] }; staffMembers: { id: string; role: string }[] }>(
    url,
    'query ($from: DateTime) { permanenceShifts(from: $from, first: 1) { edges { node { id } } } staffMembers { id role } }',
    { from },
    directorToken,
  );
  const shiftId = data.permanenceShifts.edges[0].node.id;
  const people = data.staffMembers.filter((s) => s.role === 'SOCIAL_WORKER').slice(0, 2).map((s) => s.id);
  let turn = 0;
  const replace = (holderStaffId: string) =>
    gql<{ permanenceReplace: { userErrors: { message: string; code?: string }[] } }>(
      url,
      'mutation ($input: PermanenceReplaceInput!) { permanenceReplace(input: $input) { userErrors { message code } } }',
      { input: { shiftId, holderStaffId, reason: 'Benchmark: fan-out' } },
      directorToken,
    );
  return async () => {
    let r = await replace(people[turn++ % 2]);
    // A database kept from an earlier run may have the shift with the first person already: the other one then.
    if (r.permanenceReplace.userErrors.length === 1 && /already held/i.test(r.permanenceReplace.userErrors[0].message)) r = await replace(people[turn++ % 2]);
    if (r.permanenceReplace.userErrors.length) throw new Error(JSON.stringify(r.permanenceReplace.userErrors));
  };
}

/**
 * Connects `n` subscribers spread over `urls` (one socket each), waits until a first event reaches
 * them all, then measures `rounds` changes: for each subscriber, the time from sending the change to
 * receiving its event (an upper bound of the time from commit).
 */
export async function fanout(urls: string[], serverPids: number[], kioskToken: string, change: Change, n: number, rounds = 3): Promise<FanoutResult> {
  const rssBefore = serverPids.reduce((s, pid) => s + rssMb(pid), 0);
  const seen = new Int32Array(n);
  const arrivals: number[][] = Array.from({ length: n }, () => []);
  const clients: Client[] = [];
  let connected = 0;
  for (let i = 0; i < n; i++) {
    const url = urls[i % urls.length].replace(/^http/, 'ws') + '/graphql';
    const client = createClient({ url, webSocketImpl: WebSocket, connectionParams: { token: kioskToken }, lazy: false, retryAttempts: 0, on: { connected: () => connected++ } });
    clients.push(client);
    client.subscribe(
      { query: 'subscription { permanenceChanged { cursor } }' },
      { next: () => { seen[i]++; arrivals[i].push(performance.now()); }, error: () => {}, complete: () => {} },
    );
    if (i % 200 === 199) await sleep(50); // open sockets in waves, as screens come on
  }
  const deadline = Date.now() + 120_000;
  while (connected < n && Date.now() < deadline) await sleep(100);
  await sleep(2_000);
  const rssIdle = serverPids.reduce((s, pid) => s + rssMb(pid), 0);

  // Warm-up: one change everyone must see, so every subscription is live before we measure.
  await change();
  const warmDeadline = Date.now() + 60_000;
  while (seen.some((c) => c < 1) && Date.now() < warmDeadline) await sleep(50);

  const latencies: number[] = [];
  let delivered = 0;
  const cpuBefore = serverPids.reduce((s, pid) => s + cpuMs(pid), 0);
  for (let round = 1; round <= rounds; round++) {
    const sent = performance.now();
    await change();
    const roundDeadline = Date.now() + 30_000;
    while (seen.some((c) => c < round + 1) && Date.now() < roundDeadline) await sleep(10);
    for (let i = 0; i < n; i++) {
      const at = arrivals[i][round];
      if (at !== undefined) { latencies.push(at - sent); delivered++; }
    }
    await sleep(500);
  }
  const cpu = serverPids.reduce((s, pid) => s + cpuMs(pid), 0) - cpuBefore;
  await Promise.all(clients.map((c) => c.dispose()));
  return {
    subscribers: n,
    delivered: delivered / rounds,
    p50: pct(latencies, 50),
    p99: pct(latencies, 99),
    max: pct(latencies, 100),
    kbPerIdleConnection: ((rssIdle - rssBefore) * 1024) / n,
    serverCpuPerEventMs: cpu / rounds,
  };
}
