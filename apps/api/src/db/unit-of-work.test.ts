// A unit of work PostgreSQL ends to break a deadlock (or a serialization failure) is run again, not
// answered as a 500: two transactions taking the same two rows in opposite orders both commit.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import '@support/provided.js';
import { connect, type DatabaseHandle } from './client.js';
import { unitOfWork } from './unit-of-work.js';

let handle: DatabaseHandle;
const TABLE = 'uow_deadlock_test';

beforeAll(async () => {
  handle = connect(inject('adminDatabaseUrl'), { max: 4 });
  await handle.sql.unsafe(`drop table if exists ${TABLE}; create table ${TABLE} (id int primary key, n int not null); insert into ${TABLE} values (1, 0), (2, 0)`);
});
afterAll(async () => {
  await handle?.sql.unsafe(`drop table if exists ${TABLE}`);
  await handle?.close();
});

describe('unit of work', () => {
  it('runs again a transaction PostgreSQL ended as a deadlock: both writers commit, nothing counted twice', async () => {
    const uow = unitOfWork(handle.db, (executor) => executor);
    let attempts = 0;
    // Each takes its first row, waits until the other has too, then asks for the other's row.
    let firstTaken = 0;
    const bothTaken = new Promise<void>((resolve) => {
      const check = setInterval(() => firstTaken >= 2 && (clearInterval(check), resolve()), 5);
    });
    const writer = (a: number, b: number) =>
      uow.run(async (_repos, tx) => {
        attempts++;
        await tx.execute(`update ${TABLE} set n = n + 1 where id = ${a}` as never);
        firstTaken++;
        await bothTaken;
        await tx.execute(`update ${TABLE} set n = n + 1 where id = ${b}` as never);
      });
    await Promise.all([writer(1, 2), writer(2, 1)]);
    // One of the two was ended by PostgreSQL and ran again.
    expect(attempts).toBe(3);
    const rows = await handle.sql.unsafe(`select id, n from ${TABLE} order by id`);
    expect(rows.map((r) => ({ id: r.id, n: r.n }))).toEqual([{ id: 1, n: 2 }, { id: 2, n: 2 }]);
  });
});
