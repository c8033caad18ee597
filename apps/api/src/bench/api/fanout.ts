// Live fan-out: N graphql-ws subscribers on the board's permanenceChanged (kiosk screens), one
// permanenceReplace by direction, and the time until each subscriber has the event.
import { createClient, type Client } from 'graphql-ws';
import postgres from 'postgres';
import WebSocket from 'ws';
import { gql } from './load.js';
import { cpuMs, heapKb, rssMb } from './processes.js';

export interface FanoutResult {
  subscribers: number;
  /** Set when the change was sent in the middle of a burst of other writes on the same process. */
  burst?: BurstFigures;
  delivered: number;
  /** Events a subscriber received more than once over the whole run (each change must reach each subscriber once). */
  duplicates: number;
  p50: number;
  p99: number;
  max: number;
  /** From the mutation's answer (sent after its commit): a lower bound of "from commit", may be negative. */
  p99FromAnswer: number;
  /** From the start of the change's transaction (its event's `occurred_at`): an upper bound of "from commit". */
  p99FromTransaction: number;
  kbPerIdleConnection: number;
  /** Heap and external memory after garbage collection, the same delta over the same connections. */
  heapKbPerIdleConnection: number;
  serverCpuPerEventMs: number;
}

const heapOf = async (pids: number[]) => (await Promise.all(pids.map(heapKb))).reduce((a, b) => a + b, 0);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const pct = (xs: number[], p: number) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))] : NaN);

export interface BurstFigures {
  /** Per round. */
  writes: number;
  /** From the first write sent to the last answer. */
  burstMs: number;
  errors: number;
}

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
 * A write direction makes that no kiosk subscribes to (a team record): the burst's unit. Spread over
 * `tokens` (sessions), as a burst comes from many desks: one session runs only a few operations at once.
 */
export async function teamRecordWrite(url: string, tokens: string[]): Promise<Change> {
  const data = await gql<{ staffMembers: { id: string; role: string }[] }>(url, '{ staffMembers { id role } }', {}, tokens[0]);
  const helper = data.staffMembers.find((s) => s.role === 'FAMILY_HELPER')!.id;
  const day = new Date().toISOString().slice(0, 10);
  let n = 0;
  return async () => {
    const r = await gql<{ teamRecordCreate: { userErrors: { message: string }[] } }>(
      url,
      'mutation ($input: TeamRecordCreateInput!) { teamRecordCreate(input: $input) { userErrors { message } } }',
      { input: { kind: 'INDIVIDUAL_INTERVIEW', day, helperIds: [helper], title: `Benchmark burst ${++n}`, notes: 'Benchmark: a write during the fan-out.' } },
      tokens[n % tokens.length],
    );
    if (r.teamRecordCreate.userErrors.length) throw new Error(JSON.stringify(r.teamRecordCreate.userErrors));
  };
}

/**
 * When the newest permanence event's transaction began (epoch ms): `occurred_at` is `now()`, the
 * transaction's start, so the time from it to a delivery bounds the time from commit from above.
 */
export function permanenceEventTime(databaseUrl: string): { began: () => Promise<number>; end: () => Promise<void> } {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  return {
    began: async () => {
      const [row] = await sql<{ ms: number }[]>`select extract(epoch from occurred_at) * 1000 as ms from events where topic = 'permanence' order by position desc limit 1`;
      return Number(row.ms);
    },
    end: () => sql.end(),
  };
}

export interface FanoutOptions {
  rounds?: number;
  /** The newest permanence event's transaction start (epoch ms), to measure from it. */
  eventBegan?: () => Promise<number>;
  /** Then as many rounds again, each change sent amid `writes` other writes sent at once. */
  burst?: { write: Change; writes: number };
}

/**
 * Connects `n` subscribers spread over `urls` (one socket each), waits until a first event reaches
 * them all, then measures `rounds` changes: for each subscriber, the time from sending the change to
 * receiving its event (an upper bound of the time from commit). With `burst`, the same again while
 * a burst of other writes reaches the same processes.
 */
export async function fanout(urls: string[], serverPids: number[], kioskToken: string, change: Change, n: number, options: FanoutOptions = {}): Promise<FanoutResult[]> {
  const rounds = options.rounds ?? 3;
  const heapBefore = await heapOf(serverPids);
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
  const kbPerIdleConnection = ((rssIdle - rssBefore) * 1024) / n;
  const heapKbPerIdleConnection = ((await heapOf(serverPids)) - heapBefore) / n;

  // Warm-up: one change everyone must see, so every subscription is live before we measure.
  await change();
  const warmDeadline = Date.now() + 60_000;
  while (seen.some((c) => c < 1) && Date.now() < warmDeadline) await sleep(50);

  let round = 0;
  const measure = async (withBurst?: FanoutOptions['burst']): Promise<FanoutResult> => {
    const latencies: number[] = [];
    const fromAnswer: number[] = [];
    const fromTransaction: number[] = [];
    let delivered = 0;
    const burst: BurstFigures | undefined = withBurst && { writes: 0, burstMs: 0, errors: 0 };
    const cpuBefore = serverPids.reduce((s, pid) => s + cpuMs(pid), 0);
    for (let r = 0; r < rounds; r++) {
      round++;
      const burstStarted = performance.now();
      const writes = withBurst ? Array.from({ length: withBurst.writes }, () => withBurst.write().catch(() => void (burst!.errors++))) : [];
      const sent = performance.now();
      await change();
      const answered = performance.now();
      const roundDeadline = Date.now() + 30_000;
      while (seen.some((c) => c < round + 1) && Date.now() < roundDeadline) await sleep(10);
      await Promise.all(writes);
      if (burst) {
        burst.writes = writes.length; // per round
        burst.burstMs += (performance.now() - burstStarted) / rounds;
      }
      // The event's transaction start on this clock (performance.now's): the database runs on this machine.
      const began = options.eventBegan ? (await options.eventBegan()) - performance.timeOrigin : Number.NaN;
      for (let i = 0; i < n; i++) {
        const at = arrivals[i][round];
        if (at !== undefined) { latencies.push(at - sent); fromAnswer.push(at - answered); fromTransaction.push(at - began); delivered++; }
      }
      await sleep(500);
    }
    const cpu = serverPids.reduce((s, pid) => s + cpuMs(pid), 0) - cpuBefore;
    return {
      subscribers: n,
      burst,
      delivered: delivered / rounds,
      duplicates: 0,
      p50: pct(latencies, 50),
      p99: pct(latencies, 99),
      max: pct(latencies, 100),
      p99FromAnswer: pct(fromAnswer, 99),
      p99FromTransaction: pct(fromTransaction, 99),
      kbPerIdleConnection,
      heapKbPerIdleConnection,
      // Under a burst this is the whole burst's CPU, not only the event's.
      serverCpuPerEventMs: cpu / rounds,
    };
  };
  const results = [await measure()];
  if (options.burst) results.push(await measure(options.burst));
  // The warm-up and every round's change, once each: more is a change delivered twice somewhere.
  await sleep(500);
  const duplicates = seen.reduce((sum, c) => sum + Math.max(0, c - (round + 1)), 0);
  for (const r of results) r.duplicates = duplicates;
  await Promise.all(clients.map((c) => c.dispose()));
  return results;
}

const f0 = (n: number) => (Number.isFinite(n) ? n.toFixed(0) : '—');

/** The fan-out table's head, in Markdown. */
export function fanoutHeader(): string[] {
  return [
    '| API processes | subscribers | during | delivered (per change; none twice unless said) | p50 | p99 | max | p99 from commit: after the answer … after the transaction began | server memory per idle connection (RSS / heap) | server CPU per event |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
}

export function fanoutRow(processes: string, r: FanoutResult): string {
  const during = r.burst ? `a burst of ${f0(r.burst.writes)} writes (${f0(r.burst.burstMs)} ms${r.burst.errors ? `, ${r.burst.errors} errors` : ''})` : 'quiet';
  const cpu = r.burst ? `${f0(r.serverCpuPerEventMs)} ms with the burst` : `${f0(r.serverCpuPerEventMs)} ms`;
  return `| ${processes} | ${r.subscribers} | ${during} | ${f0(r.delivered)}${r.duplicates ? ` (${r.duplicates} twice)` : ''} | ${f0(r.p50)} ms | ${f0(r.p99)} ms | ${f0(r.max)} ms | ${f0(r.p99FromAnswer)} … ${f0(r.p99FromTransaction)} ms | ${r.kbPerIdleConnection.toFixed(1)} / ${r.heapKbPerIdleConnection.toFixed(1)} KB | ${cpu} |`;
}
