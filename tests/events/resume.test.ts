// Resuming event delivery: after a client's disconnect, a lost LISTEN connection, a process restart.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventFeed } from '../../apps/api/src/events/feed.js';
import type { RunningApp } from '../../apps/api/src/http/app.js';
import { days, hours, makeShift, makeStaff, plus } from '@support/factories.js';
import type { TestServer } from '@support/server.js';
import { absenceRow, head, publishAbsence, recordAbsence, startProcess, storedAfter, subscribe, takeOver, twoProcesses } from './subscriber.js';

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

  it('catches up after the feed loses its LISTEN connection', async () => {
    const db = server.db.db;
    const sub = subscribe(server.url, token, 'absenceChanged', await head(db));
    await recordAbsence(server.url, token, worker.gid);
    const [warmUp] = await sub.received(1);
    expect(warmUp).toBeDefined();
    const absenceId = await absenceRow(db, worker.id);

    const killed = await server.db.sql`
      select pg_terminate_backend(pid) from pg_stat_activity
      where datname = current_database() and query ilike 'listen%' and pid <> pg_backend_pid()`;
    expect(killed.length).toBeGreaterThanOrEqual(2); // the main process's and the peer's
    // Committed while the listener is down: its notification is lost, the catch-up on reconnect is not.
    const position = await db.transaction((tx) => publishAbsence(tx, absenceId));
    expect(await sub.received(2)).toEqual([warmUp, String(position)]);

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
