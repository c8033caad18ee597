// Event delivery across API processes: once, in commit order, and only what committed.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../apps/api/src/http/app.js';
import type { TestServer } from '@support/server.js';
import { absenceRow, deferred, head, increasing, publishAbsence, recordAbsence, storedAfter, subscribe, until, twoProcesses } from './subscriber.js';

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

describe('event delivery', () => {
  it('gives every committed event once, in commit order, to subscribers on two API processes', async () => {
    const N = 10;
    const from = await head(server.db.db);
    const onMain = subscribe(server.url, token, 'absenceChanged', from);
    const onPeer = subscribe(peer.url, token, 'absenceChanged', from);
    // The first change shows both subscriptions are live before the others race each other.
    await recordAbsence(server.url, token, worker.gid);
    await Promise.all([onMain.received(1), onPeer.received(1)]);
    await Promise.all(Array.from({ length: N - 1 }, (_, i) => recordAbsence(i % 2 ? server.url : peer.url, token, worker.gid)));

    const stored = await storedAfter(server.db.db, 'absence', from);
    expect(stored).toHaveLength(N);
    const [main, other] = await Promise.all([onMain.received(N), onPeer.received(N)]);
    expect(main).toEqual(stored);
    expect(other).toEqual(stored);
    expect(increasing(main)).toBe(true);
    expect([...onMain.errors, ...onPeer.errors]).toEqual([]);
    await Promise.all([onMain.close(), onPeer.close()]);
  });

  it('delivers an event only once its transaction commits: a rolled-back one never, an open one on commit', async () => {
    const db = server.db.db;
    const feed = server.app.services.feed;
    const sub = subscribe(server.url, token, 'absenceChanged', await head(db));
    const warmUp = await db.transaction(async (tx) => publishAbsence(tx, await absenceRow(db, worker.id)));
    expect(await sub.received(1)).toEqual([String(warmUp)]);

    let rolledBack = 0;
    await expect(
      db.transaction(async (tx) => {
        rolledBack = await publishAbsence(tx, await absenceRow(db, worker.id));
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(rolledBack).toBeGreaterThan(warmUp);

    const commit = deferred();
    const published = deferred<number>();
    const absenceId = await absenceRow(db, worker.id);
    const open = db.transaction(async (tx) => {
      published.resolve(await publishAbsence(tx, absenceId));
      await commit.promise;
    });
    const position = await published.promise;
    // A reader that looks while the transaction is open must not see its event.
    await feed.catchUp();
    expect(await sub.received(2, 300)).toEqual([String(warmUp)]);

    commit.resolve();
    await open;
    expect(await sub.received(2)).toEqual([String(warmUp), String(position)]);
    const [row] = await db.execute<{ n: number }>(sql`select count(*)::int as n from events where position = ${rolledBack}`);
    expect(row.n).toBe(0);
    expect(sub.errors).toEqual([]);
    await sub.close();
  });

  it('hands out positions in commit order, so a late-committing transaction is not skipped', async () => {
    const db = server.db.db;
    const sub = subscribe(server.url, token, 'absenceChanged', await head(db));
    const warmUp = await db.transaction(async (tx) => publishAbsence(tx, await absenceRow(db, worker.id)));
    expect(await sub.received(1)).toEqual([String(warmUp)]);
    const [absenceA, absenceB] = [await absenceRow(db, worker.id), await absenceRow(db, worker.id)];

    // A publishes first and holds its transaction open.
    const commitA = deferred();
    const publishedA = deferred<number>();
    const txA = db.transaction(async (tx) => {
      publishedA.resolve(await publishAbsence(tx, absenceA));
      await commitA.promise;
    });
    const positionA = await publishedA.promise;

    // B publishes after A and would commit at once: without the lock it would take position A+1 and
    // commit first, a reader would move past it, and A's event, committing later, would be skipped.
    const pidB = deferred<number>();
    const txB = db.transaction(async (tx) => {
      const [me] = await tx.execute<{ pid: number }>(sql`select pg_backend_pid() as pid`);
      pidB.resolve(me.pid);
      return publishAbsence(tx, absenceB);
    });
    const pid = await pidB.promise;
    let committedB = false;
    void txB.then(() => (committedB = true));
    const waitsOnLock = async () => {
      const [a] = await server.db.sql<{ wait_event: string | null }[]>`select wait_event from pg_stat_activity where pid = ${pid}`;
      return a?.wait_event === 'advisory';
    };
    const bWaited = await until(async () => committedB || (await waitsOnLock()));
    const [seq] = await server.db.sql<{ last_value: string }[]>`select last_value from events_position_seq`;
    const bCommittedBeforeA = committedB;

    commitA.resolve();
    await txA;
    const positionB = await txB;
    expect(await sub.received(3)).toEqual([String(warmUp), String(positionA), String(positionB)]);
    // While A was open, B waited on the outbox lock and had drawn no position yet.
    expect(bCommittedBeforeA).toBe(false);
    expect(bWaited).toBe(true);
    expect(Number(seq.last_value)).toBe(positionA);
    // In the table, position order is the commit order: A (committed first) then B.
    const rows = await server.db.sql<{ subject_id: string }[]>`
      select subject_id from events where position > ${warmUp} order by position`;
    expect(rows.map((r) => r.subject_id)).toEqual([absenceA, absenceB]);
    expect(sub.errors).toEqual([]);
    await sub.close();
  });
});
