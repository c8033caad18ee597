// drizzle's queries go out as named statements (prepared once per connection), DDL and texts past
// the bound as unnamed ones, inside transactions and savepoints too.
import { describe, expect, inject, it } from 'vitest';
import postgres from 'postgres';
import '@support/provided.js';
import { namingStatements } from './named-statements.js';

type Call = { query: string; prepare: unknown };

function fakeClient(calls: Call[]) {
  const client = {
    options: { parsers: {}, serializers: {} },
    unsafe: (query: string, _params: unknown[], options: { prepare?: boolean }) => {
      calls.push({ query, prepare: options.prepare });
      return Promise.resolve([]);
    },
    begin: (work: (tx: unknown) => unknown) => work(client),
    savepoint: (work: (tx: unknown) => unknown) => work(client),
  };
  return client as unknown as postgres.Sql;
}

describe('named statements', () => {
  it('names queries drizzle sends unnamed, in and out of transactions; never DDL', async () => {
    const calls: Call[] = [];
    const client = namingStatements(fakeClient(calls));
    await client.unsafe('select 1 where $1', [1], { prepare: false } as never);
    await client.begin(async (tx) => {
      await tx.unsafe('update t set a = $1', [1], { prepare: false } as never);
      await tx.savepoint((sp) => sp.unsafe('insert into t values ($1)', [1], { prepare: false } as never));
    });
    await client.unsafe('create table t (a int)', [], { prepare: false } as never);
    await client.unsafe('  ALTER TABLE t add b int', [], { prepare: false } as never);
    expect(calls.map((c) => c.prepare)).toEqual([true, true, true, false, false]);
  });

  it('past 1,000 distinct texts, new texts go unnamed while known ones stay named', async () => {
    const calls: Call[] = [];
    const client = namingStatements(fakeClient(calls));
    for (let i = 0; i < 1_000; i++) await client.unsafe(`select ${i}`, [], { prepare: false } as never);
    await client.unsafe('select 1000', [], { prepare: false } as never);
    await client.unsafe('select 7', [], { prepare: false } as never);
    expect(calls.slice(0, 1_000).every((c) => c.prepare === true)).toBe(true);
    expect(calls.slice(1_000).map((c) => c.prepare)).toEqual([false, true]);
  });

  it('a named statement without parameters is prepared on the server, not sent by the simple protocol (parsed and planned every time)', async () => {
    const raw = postgres(inject('adminDatabaseUrl'), { max: 1, onnotice: () => {} });
    try {
      const client = namingStatements(raw);
      const text = 'select 42 as answer /* named-statements test */';
      for (let i = 0; i < 2; i++) expect(await client.unsafe(text, [], { prepare: false } as never)).toEqual([{ answer: 42 }]);
      const prepared = await raw.unsafe('select statement from pg_prepared_statements where statement = $1', [text]);
      expect(prepared).toHaveLength(1);
    } finally {
      await raw.end();
    }
  });

  it('an unnamed statement without parameters still goes by the simple protocol: a script of several statements (a migration) runs', async () => {
    const raw = postgres(inject('adminDatabaseUrl'), { max: 1, onnotice: () => {} });
    try {
      const client = namingStatements(raw);
      // The extended protocol refuses this ("cannot insert multiple commands into a prepared statement").
      await client.unsafe('create temp table named_statements_script (a int); insert into named_statements_script values (7); drop table named_statements_script', [], { prepare: false } as never);
      // And the same from drizzle's call without options.
      await client.unsafe('create temp table named_statements_script (a int); drop table named_statements_script');
    } finally {
      await raw.end();
    }
  });

  it('hands the rows over in an array of their own (count and command kept), empties the driver\'s, and answers every await with the same rows', async () => {
    const raw = postgres(inject('adminDatabaseUrl'), { max: 1, onnotice: () => {} });
    try {
      let driverRows: unknown[] = [];
      // What postgres.js resolved the statement with, seen beside the caller.
      const seeing = {
        options: raw.options,
        unsafe: (...args: Parameters<typeof raw.unsafe>) => {
          const pending = raw.unsafe(...args);
          void pending.then((rows) => (driverRows = rows));
          return pending;
        },
      } as unknown as postgres.Sql;
      const statement = namingStatements(seeing).unsafe('select g from generate_series(1, 3) g');
      const rows = await statement;
      expect(rows).toEqual([{ g: 1 }, { g: 2 }, { g: 3 }]);
      expect([rows.count, rows.command]).toEqual([3, 'SELECT']);
      expect(await statement).toBe(rows);
      expect(driverRows).not.toBe(rows);
      expect(driverRows).toHaveLength(0);
      expect(await namingStatements(raw).unsafe('select 1 as a, 2 as b').values()).toEqual([[1, 2]]);
    } finally {
      await raw.end();
    }
  });
});
