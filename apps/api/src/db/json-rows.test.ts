// Rows read through `jsonRows` come back exactly as drizzle's own select gives them (dates, numerics
// with their scale, json columns, nulls), on the demo service's data.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '@support/server.js';
import { fromJsonRows, jsonRows } from './json-rows.js';
import { flyingAssignments, planningChanges, planningItems, planningRequests, plannings, sectors, staff, visits } from './schema/index.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ now: new Date('2026-11-24T09:30:00Z'), seed: true });
});
afterAll(() => server?.close());

describe('jsonRows and fromJsonRows', () => {
  it.each([
    ['staff', staff],
    ['sectors', sectors],
    ['plannings', plannings],
    ['planning_items', planningItems],
    ['planning_requests', planningRequests],
    ['planning_changes', planningChanges],
    ['flying_assignments', flyingAssignments],
    ['visits', visits],
  ] as const)('maps %s as a select does', async (name, table) => {
    const { db } = server.db;
    const selected = await db.select().from(table);
    expect(selected.length, name).toBeGreaterThan(0);
    const [row] = await db.execute<{ rows: unknown }>(sql`select ${jsonRows(table, 't')} as rows`);
    const byId = new Map(fromJsonRows(table, row.rows).map((r) => [(r as { id: string }).id, r]));
    for (const s of selected) expect(byId.get((s as { id: string }).id), name).toEqual(s);
  });

  it('gives no rows for a null aggregate (an empty list)', () => {
    expect(fromJsonRows(sectors, null)).toEqual([]);
  });
});
