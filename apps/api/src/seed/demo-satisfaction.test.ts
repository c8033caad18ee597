// The demo's satisfaction checks: on revisions and helper controls done only, one per visit, on the
// 1–5 scale; and enough of them that last months' report shows figures, not only withheld groups.
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '@support/database.js';
import type { Database } from '../db/client.js';
import { satisfactionChecks, satisfactionScores, visits } from '../db/schema/index.js';
import { reportService } from '../modules/reporting/index.js';
import { seedDemo } from './demo.js';

// Wednesday 25 March 2026, 11:00 in Brussels, as the demo's own test.
const NOW = new Date('2026-03-25T10:00:00Z');

describe('demo satisfaction checks', () => {
  let db: Database;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    ({ db, drop } = await createTestDatabase());
    await seedDemo(db, { now: NOW });
  }, 120_000);
  afterAll(async () => {
    await drop?.();
  });

  it('are recorded at revisions and helper controls done, once per visit, scored 1 to 5', async () => {
    const rows = await db.select({ visitId: satisfactionChecks.visitId, kind: visits.kind, status: visits.status, doneAt: visits.doneAt, recordedAt: satisfactionChecks.recordedAt }).from(satisfactionChecks).innerJoin(visits, eq(visits.id, satisfactionChecks.visitId));
    expect(rows.length).toBeGreaterThan(30);
    expect(new Set(rows.map((r) => r.visitId)).size).toBe(rows.length);
    for (const r of rows) {
      expect(['REVISION', 'HELPER_CONTROL']).toContain(r.kind);
      expect(r.status).toBe('DONE');
      expect(r.recordedAt.getTime()).toBeGreaterThanOrEqual(r.doneAt!.getTime());
    }
    expect(new Set(rows.map((r) => r.kind))).toEqual(new Set(['REVISION', 'HELPER_CONTROL']));
    const scores = await db.select().from(satisfactionScores);
    expect(new Set(scores.map((s) => s.score))).toEqual(new Set([1, 2, 3, 4, 5]));
    const [eligible] = await db.select({ n: count() }).from(visits).where(eq(visits.status, 'DONE'));
    expect(rows.length).toBeLessThan(eligible.n);
  });

  it('feed the satisfaction report: the last months over show figures for every sector, the current one is partial', async () => {
    const report = await reportService(db, { report: async () => ({ sectors: [], plannings: [] }) }).satisfaction('2025-12-01', '2026-03-31', NOW);
    // March is under way on the 25th: counted up to today and flagged partial; the months over are not.
    expect(report).toMatchObject({ lastMonth: '2026-03', partialUntil: '2026-03-25' });
    for (const f of report.figures) expect(f.partial, f.month).toBe(f.month === '2026-03');
    const shown = report.figures.filter((f) => !f.withheld && !f.partial);
    expect(new Set(shown.map((f) => f.sectorCode))).toEqual(new Set(['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7']));
    expect(new Set(shown.map((f) => f.month))).toEqual(new Set(['2025-12', '2026-01', '2026-02']));
    expect(report.figures.some((f) => f.withheld)).toBe(true);
  });
});
