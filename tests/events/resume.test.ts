// Resuming event delivery: after a client's disconnect, a lost LISTEN connection, a process restart.
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { EventFeed } from '../../apps/api/src/events/feed.js';
import { EVENTS_CHANNEL } from '../../apps/api/src/events/outbox.js';
import type { RunningApp } from '../../apps/api/src/http/app.js';
import { days, hours, makeShift, makeStaff, plus } from '@support/factories.js';
import { captureLogs } from '@support/logs.js';
import type { TestServer } from '@support/server.js';
import { absenceRow, head, publishAbsence, recordAbsence, startProcess, storedAfter, subscribe, takeOver, twoProcesses, until } from './subscriber.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let server: TestServer;
let peer: RunningApp;
let token: string;
let worker: Awaited<ReturnType<typeof twoProcesses>>['worker'];

beforeAll(async () => {
  ({ server, peer, token, worker } = await twoProcesses());
});

afterAll(async () => {
  await server?.close();
});

describe('resuming event delivery', () => {
  it('resumes with `after` on the other process: exactly the missed events in order, then live ones', async () => {
    const db = server.db.db;
    const [first, second] = [await makeStaff(db, 'SOCIAL_WORKER'), await makeStaff(db, 'FLYING_SOCIAL_WORKER')];
    const startsAt = plus(server.clock.now, days(3));
    const shift = await makeShift(db, { kind: 'WEEKDAY', startsAt, endsAt: plus(startsAt, hours(10)), holderStaffId: first.id });
    let n = 0;
    // Each change hands the shift to the other person, alternately through each process.
    const change = () => takeOver(n % 2 ? peer.url : server.url, token, shift.gid, [second, first][n++ % 2].gid);

    const away = subscribe(server.url, token, 'permanenceChanged', await head(db));
    await change();
    await change();
    const seen = await away.received(2);
    expect(seen).toHaveLength(2);
    await away.close();

    for (let i = 0; i < 3; i++) await change();
    const last = seen[1];
    const missed = await storedAfter(db, 'permanence', last);
    expect(missed).toHaveLength(3);

    const back = subscribe(peer.url, token, 'permanenceChanged', last);
    // Changes racing the resubscription land in the replay or in the live part, each exactly once.
    await change();
    expect((await back.received(4)).slice(0, 3)).toEqual(missed);
    await change();
    const all = await storedAfter(db, 'permanence', last);
    expect(all).toHaveLength(5);
    expect(await back.received(5)).toEqual(all);
    expect([...away.errors, ...back.errors]).toEqual([]);
    await back.close();
  });

  it('repeats nothing when a client resumes on a process whose feed is behind its cursor', async () => {
    const db = server.db.db;
    await recordAbsence(server.url, token, worker.gid);
    await recordAbsence(peer.url, token, worker.gid);
    const cursor = await head(db); // what the client has seen, on a process that is up to date
    await recordAbsence(server.url, token, worker.gid);
    const [missed] = await storedAfter(db, 'absence', cursor);

    // The process it resumes on has not read the outbox yet (a feed never started is at position 0):
    // its catch-up hands the subscriber everything, and only what is after the cursor may pass.
    const behind = new EventFeed(db, server.db.sql);
    const events = behind.subscribe(['absence'], Number(cursor));
    await behind.catchUp();
    expect((await events.next()).value?.position).toBe(Number(missed));
    await events.return?.();
  });

  it('catches up after the feed loses its LISTEN connection: an event committed while it is away is delivered once it is back', async () => {
    const db = server.db.db;
    const sub = subscribe(server.url, token, 'absenceChanged', await head(db));
    await recordAbsence(server.url, token, worker.gid);
    const [warmUp] = await sub.received(1);
    expect(warmUp).toBeDefined();
    const absenceId = await absenceRow(db, worker.id);

    // The listeners' connections drop and cannot come back until the database lets them (the pools'
    // open connections stay): without this the driver reconnects within milliseconds and an event
    // "committed during the outage" might well commit after it.
    const database = new URL(server.db.url).pathname.slice(1);
    const admin = postgres(inject('adminDatabaseUrl'), { max: 1, onnotice: () => {} });
    const listeners = () => admin`
      select pid from pg_stat_activity where datname = ${database} and query ilike 'listen%' and query ilike ${`%${EVENTS_CHANNEL}%`}`;
    let position = 0;
    const logs = captureLogs();
    try {
      await admin.unsafe(`alter database ${database} allow_connections false`);
      const pids = (await listeners()).map((r) => r.pid as number);
      expect(pids).toHaveLength(2); // the main process's and the peer's
      await admin`select pg_terminate_backend(pid) from unnest(${pids}::int[]) as pid`;
      expect(await until(async () => (await listeners()).length === 0)).toBe(true);
      // Committed while nobody listens: its notification is lost.
      position = await db.transaction((tx) => publishAbsence(tx, absenceId));
      // Give a reconnection attempt or two the time to fail (the driver retries every 250 ms at most).
      await sleep(600);
      expect(sub.cursors).toEqual([warmUp]);
    } finally {
      await admin.unsafe(`alter database ${database} allow_connections true`);
    }
    // Back: the feed listens again and reads what it missed.
    expect(await until(async () => (await listeners()).length === 2)).toBe(true);
    await admin.end();
    expect(await sub.received(2)).toEqual([warmUp, String(position)]);
    logs.restore();
    // Not silent: each process says it lost its listener and caught up.
    expect(logs.lines.filter((l) => l.includes('event feed listening again'))).toHaveLength(2);

    // And it listens again: a later change arrives through the notification alone.
    await recordAbsence(peer.url, token, worker.gid);
    expect(await sub.received(3)).toEqual(await storedAfter(db, 'absence', String(Number(warmUp) - 1)));
    expect(sub.errors).toEqual([]);
    await sub.close();
  });

  it('loses no committed event when the process a client was on restarts', async () => {
    const db = server.db.db;
    const before = await startProcess(server);
    const sub = subscribe(before.url, token, 'absenceChanged', await head(db));
    await recordAbsence(before.url, token, worker.gid);
    const [last] = await sub.received(1);
    expect(last).toBeDefined();
    await sub.close();
    await before.close();

    for (let i = 0; i < 3; i++) await recordAbsence(server.url, token, worker.gid);
    const missed = await storedAfter(db, 'absence', last);
    expect(missed).toHaveLength(3);

    const after = await startProcess(server);
    const resumed = subscribe(after.url, token, 'absenceChanged', last);
    expect(await resumed.received(3)).toEqual(missed);
    await recordAbsence(after.url, token, worker.gid);
    expect(await resumed.received(4)).toEqual(await storedAfter(db, 'absence', last));
    expect(resumed.errors).toEqual([]);
    await resumed.close();
    await after.close();
  });
});
