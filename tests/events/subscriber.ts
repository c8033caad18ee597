// Helpers for the event-delivery tests: a graphql-ws subscriber that records the cursors it gets,
// changes that publish events through either API process, and the outbox as the database holds it.
import { and, asc, eq, gt, max } from 'drizzle-orm';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { loadConfig } from '../../apps/api/src/config.js';
import type { Database, Tx } from '../../apps/api/src/db/client.js';
import { events } from '../../apps/api/src/db/schema/index.js';
import { publish, type Topic } from '../../apps/api/src/events/outbox.js';
import { startApp, type RunningApp } from '../../apps/api/src/http/app.js';
import { days, hours, makeAbsence, makeStaff, PASSWORD, plus } from '@support/factories.js';
import { startTestServer, type TestServer } from '@support/server.js';

export type EventField = 'absenceChanged' | 'permanenceChanged';

export interface Subscriber {
  cursors: string[];
  errors: unknown[];
  /** The cursors once `n` have arrived (or after `ms`), plus a short wait so that extras would show. */
  received: (n: number, ms?: number) => Promise<string[]>;
  close: () => Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function until(check: () => boolean | Promise<boolean>, ms = 5_000): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await sleep(15);
  }
  return check();
}

export function subscribe(httpUrl: string, token: string, field: EventField, after: string | null): Subscriber {
  const client = createClient({
    url: `${httpUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { token },
    retryAttempts: 0,
  });
  const cursors: string[] = [];
  const errors: unknown[] = [];
  client.subscribe<Record<EventField, { cursor: string }>>(
    { query: `subscription ($after: String) { ${field}(after: $after) { cursor type } }`, variables: { after } },
    {
      next: (result) => {
        if (result.errors) errors.push(...result.errors);
        const cursor = result.data?.[field]?.cursor;
        if (cursor) cursors.push(cursor);
      },
      error: (err) => errors.push(err),
      complete: () => {},
    },
  );
  return {
    cursors,
    errors,
    received: async (n, ms = 5_000) => {
      await until(() => cursors.length >= n, ms);
      await sleep(200);
      return [...cursors];
    },
    close: async () => {
      await client.dispose();
    },
  };
}

/**
 * Another API process on the test's database that the test stops itself (a restart): not through
 * `startPeer()`, whose processes `close()` stops again at the end.
 */
export function startProcess(server: TestServer): Promise<RunningApp> {
  const config = { ...loadConfig({ NODE_ENV: 'test' }), port: 0, host: '127.0.0.1' };
  return startApp({ config, databaseUrl: server.db.url, clock: () => server.clock.now });
}

/** A GraphQL request to one API process (the main server or a peer). */
async function gqlAt<T>(httpUrl: string, query: string, variables: Record<string, unknown>, token: string): Promise<T> {
  const res = await fetch(`${httpUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (body.errors || !body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body)}`);
  return body.data;
}

// Each absence gets a day of its own, far ahead, so that none overlaps another.
let day = 0;

/** Records a training through the API of `httpUrl`: one ABSENCE_RECORDED event. */
export async function recordAbsence(httpUrl: string, token: string, staffGid: string): Promise<string> {
  const startsAt = plus(new Date('2031-01-06T08:00:00Z'), days(++day));
  const data = await gqlAt<{ absenceRecord: { absence: { id: string } | null; userErrors: unknown[] } }>(
    httpUrl,
    'mutation ($input: AbsenceRecordInput!) { absenceRecord(input: $input) { absence { id } userErrors { code message } } }',
    { input: { staffId: staffGid, kind: 'TRAINING', startsAt, endsAt: plus(startsAt, hours(8)), note: `delivery test ${day}` } },
    token,
  );
  if (!data.absenceRecord.absence) throw new Error(`absenceRecord refused: ${JSON.stringify(data.absenceRecord.userErrors)}`);
  return data.absenceRecord.absence.id;
}

/** Direction hands a shift to `holderGid` through the API of `httpUrl`: one SHIFT_HOLDER_CHANGED event. */
export async function takeOver(httpUrl: string, token: string, shiftGid: string, holderGid: string): Promise<void> {
  const data = await gqlAt<{ permanenceTakeOver: { replacement: { id: string } | null; userErrors: unknown[] } }>(
    httpUrl,
    'mutation ($input: PermanenceTakeOverInput!) { permanenceTakeOver(input: $input) { replacement { id } userErrors { code message } } }',
    { input: { shiftId: shiftGid, holderStaffId: holderGid, event: 'Delivery test: the holder was called away' } },
    token,
  );
  if (!data.permanenceTakeOver.replacement) throw new Error(`permanenceTakeOver refused: ${JSON.stringify(data.permanenceTakeOver.userErrors)}`);
}

/** An absence row to hang a hand-published event on (the subscription resolves the absence). */
export async function absenceRow(db: Database, staffId: string): Promise<string> {
  const startsAt = plus(new Date('2031-01-06T08:00:00Z'), days(++day));
  return (await makeAbsence(db, { staffId, kind: 'TRAINING', startsAt, endsAt: plus(startsAt, hours(8)) })).id;
}

export function publishAbsence(tx: Tx, absenceId: string): Promise<number> {
  return publish(tx, { type: 'ABSENCE_RECORDED', topic: 'absence', subjectId: absenceId, payload: { absenceId } });
}

/** The last position in the outbox, as a cursor. */
export async function head(db: Database): Promise<string> {
  const [row] = await db.select({ last: max(events.position) }).from(events);
  return String(row?.last ?? 0);
}

/** The cursors the database holds for a topic after `after`, in position order. */
export async function storedAfter(db: Database, topic: Topic, after: string): Promise<string[]> {
  const rows = await db
    .select({ position: events.position })
    .from(events)
    .where(and(eq(events.topic, topic), gt(events.position, Number(after))))
    .orderBy(asc(events.position));
  return rows.map((r) => String(r.position));
}

export function increasing(cursors: string[]): boolean {
  return cursors.every((c, i) => i === 0 || Number(c) > Number(cursors[i - 1]));
}

export function deferred<T = void>() {
  let resolve: (value: T) => void = () => {};
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve: (value: T) => resolve(value) };
}

/** Two API processes on one database, a director's token and a social worker whose absences make events. */
export async function twoProcesses() {
  const server = await startTestServer();
  const peer = await server.startPeer();
  const director = await makeStaff(server.db.db, 'DIRECTOR');
  const token = await server.login(director.email, PASSWORD);
  const worker = await makeStaff(server.db.db, 'SOCIAL_WORKER');
  return { server, peer, token, worker };
}
