// The conflict engine's measurement, shared by `pnpm bench` and `pnpm bench:api`: on a fresh database
// (made on the given server, dropped after) holding the large service, a month's full recheck (twice),
// then one change at a time checked (scheduleChangePreview, rolled back) and made (scheduleEntryChange),
// and one sector's day schedule query. Figures in ms; the targets are issue 14's.
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { and, asc, eq } from 'drizzle-orm';
import postgres from 'postgres';
import { connect, type Database, type DatabaseHandle } from '../../db/client.js';
import { runMigrations } from '../../db/migrate.js';
import { scheduleEntries, sectors, staff } from '../../db/schema/index.js';
import { leaveAbsences } from '../../composition/schedules.ports.js';
import { DEFAULT_SETTINGS, schedulesModule } from '../../modules/schedules/index.js';
import { dayBounds } from '../../time/service-time.js';
import { buildLargeService, seededRandom, type LargeService, type Random } from './large-service.js';

/** One change's conflict check under 20 ms at p95, a month's recheck under 2 s. */
export const CONFLICT_TARGETS = { changeP95Ms: 20, monthMs: 2000 } as const;

export interface Percentiles { runs: number; p50: number; p95: number; p99: number }
export interface ConflictEngineResult {
  service: string;
  built: string;
  month: { label: string; firstMs: number; opened: number; againMs: number; againOpened: number; againResolved: number };
  /** scheduleChangePreview: the conflict check of one change, rolled back. */
  check: Percentiles;
  /** scheduleEntryChange: one change made and its conflicts rechecked. */
  change: Percentiles;
  day: Percentiles & { entries: number };
}

export function percentiles(xs: number[]): Percentiles {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(s.length * q))] ?? Number.NaN;
  return { runs: s.length, p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}

const NOW = new Date('2026-06-01T05:00:00Z');
const MONTH = { from: '2026-06-01', to: '2026-07-01' };

/**
 * `changes` same-day changes (default 200) on the large service, built on a database of `serverUrl`'s server.
 * `keep` (BENCH_KEEP): a database name kept after the run and reused by the next (its conflicts
 * cleared, so the first recheck opens them again; the changes of earlier runs stay made).
 */
export async function measureConflictEngine(serverUrl: string, { changes = 200, keep }: { changes?: number; keep?: string } = {}): Promise<ConflictEngineResult> {
  if (keep && !/^[a-z_][a-z0-9_]*$/.test(keep)) throw new Error(`BENCH_KEEP: ${keep} is not a plain database name`);
  const name = keep ?? `relais_bench_${randomBytes(4).toString('hex')}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  const exists = keep ? (await admin`select 1 from pg_database where datname = ${keep}`).length > 0 : false;
  if (!exists) await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = connect(url.toString(), { max: 4 });
  try {
    const random = seededRandom();
    // A kept database is migrated too: it may predate the code measured.
    await runMigrations(handle.db);
    const large = exists ? await keptLargeService(handle) : await buildLargeService(handle, random);
    return await measure(handle.db, large, random, changes);
  } finally {
    await handle.close();
    if (!keep) await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

/** A service kept by an earlier run, its conflicts cleared. */
export async function keptLargeService({ db, sql }: DatabaseHandle): Promise<LargeService> {
  await sql`delete from schedule_conflicts`;
  const people = await db.select().from(staff).orderBy(asc(staff.email));
  const director = people.find((p) => p.role === 'DIRECTOR');
  if (!director) throw new Error('BENCH_KEEP: the kept database holds no large service');
  const helpers = people.filter((p) => p.role === 'FAMILY_HELPER' || p.role === 'HOME_HELPER');
  const rows = await db.select().from(scheduleEntries).orderBy(asc(scheduleEntries.startsAt), asc(scheduleEntries.id));
  const sectorIds = (await db.select({ id: sectors.id }).from(sectors).orderBy(asc(sectors.code))).map((r) => r.id);
  return { sectorIds, director, helpers, rows, summary: `${helpers.length} helpers, ${rows.length.toLocaleString('en')} schedule entries (kept)`, built: 'Kept from an earlier run.' };
}

async function measure(db: Database, large: LargeService, { rand, pick }: Random, count: number): Promise<ConflictEngineResult> {
  const { director, helpers, rows, sectorIds } = large;
  const { conflicts, schedules } = schedulesModule(db, DEFAULT_SETTINGS, { absences: leaveAbsences });
  let t = performance.now();
  const first = await conflicts.recheck(MONTH, director.id, NOW);
  const firstMs = performance.now() - t;
  t = performance.now();
  const again = await conflicts.recheck(MONTH, director.id, NOW);
  const againMs = performance.now() - t;
  const month = { label: 'June 2026', firstMs, opened: first.opened, againMs, againOpened: again.opened, againResolved: again.resolved };

  // Same-day changes on random June entries: each checked (preview, rolled back), then made.
  const viewer = { kind: 'STAFF' as const, sessionId: 'bench', staffId: director.id, role: 'DIRECTOR' as const, sectorId: null };
  const june = rows.filter((r) => r.startsAt >= new Date('2026-06-02') && r.startsAt < new Date('2026-06-27'));
  const previews: number[] = [];
  const made: number[] = [];
  const used = new Set<number>();
  while (made.length < count && used.size < june.length) {
    const i = Math.floor(rand() * june.length);
    if (used.has(i)) continue;
    used.add(i);
    const [row] = await db.select().from(scheduleEntries).where(and(eq(scheduleEntries.helperId, june[i].helperId), eq(scheduleEntries.startsAt, june[i].startsAt))).limit(1);
    if (!row || row.status !== 'PLANNED') continue;
    const action = pick(['MOVE', 'SHORTEN', 'REASSIGN', 'CANCEL'] as const);
    const input = {
      entryId: row.id, action, reason: 'OTHER',
      startsAt: action === 'MOVE' ? new Date(row.startsAt.getTime() + 30 * 60_000) : null,
      endsAt: action === 'MOVE' ? new Date(row.endsAt.getTime() + 30 * 60_000) : action === 'SHORTEN' ? new Date(row.endsAt.getTime() - 30 * 60_000) : null,
      helperId: action === 'REASSIGN' ? pick(helpers.filter((h) => h.sectorId === row.sectorId && h.id !== row.helperId)).id : null,
    };
    t = performance.now();
    await schedules.preview(input, viewer, NOW);
    previews.push(performance.now() - t);
    t = performance.now();
    await schedules.change(input, viewer, NOW);
    made.push(performance.now() - t);
  }

  const days: number[] = [];
  let entries = 0;
  for (let i = 0; i < 50; i++) {
    const { from, to } = dayBounds(`2026-06-${String(1 + (i % 26)).padStart(2, '0')}`);
    t = performance.now();
    const page = await schedules.entries({ sectorId: sectorIds[i % sectorIds.length], from, to, first: 100 }, viewer);
    days.push(performance.now() - t);
    entries = Math.max(entries, page.totalCount);
  }
  return { service: large.summary, built: large.built, month, check: percentiles(previews), change: percentiles(made), day: { ...percentiles(days), entries } };
}
