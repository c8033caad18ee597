// Today's deliberate problems in the demo, made the way a social worker would make them (through
// the schedule service, inside the seed's transaction), so each change is recorded with who/why and
// each conflict is opened by the real engine, never written by hand:
// - S1: a helper fell ill (R12 absence); their visits are reassigned, the last one not yet (scheduled while absent);
// - S2: a beneficiary went to hospital, the visit is cancelled;
// - S3: a visit moved half an hour later at the beneficiary's request, leaving no time to reach the next home;
// - S4: an urgent extra visit put on top of another (two places at once);
// - S5: a household helper (AMS) given a shower to help with (personal care).
import { DateTime } from 'luxon';
import type { Database, Tx } from '../db/client.js';
import { and, gt, lte } from 'drizzle-orm';
import { flyingAssignments, scheduleEntries } from '../db/schema/index.js';
import { DEFAULT_SETTINGS, schedulesModule } from '../modules/schedules/index.js';
import { leaveAbsences } from '../composition/schedules.ports.js';
import { SERVICE_TIME_ZONE } from '../time/service-time.js';
import type { ScheduleChangeDraft, ScheduleEntryDraft } from '../modules/schedules/schedule.service.js';
import { SLOTS, VISIT_MINUTES, type DemoSchedule, type DemoSectorStaff } from './demo-schedules.plan.js';

type Entry = { id: string; helperId: string; caseFileId: string; sectorId: string; kind: 'FAMILY_CARE' | 'HOUSEHOLD'; tasks?: string[]; startsAt: Date; endsAt: Date };
const MIN = 60_000;

export interface TodayResult {
  changes: { kind: string; reason: string }[];
  opened: string[];
}

export interface TodayContext {
  now: Date;
  today: string;
  sectors: DemoSectorStaff[];
  patterns: DemoSchedule['patterns'];
  todays: Entry[];
  sickHelperId: string | null;
  recheck: () => Promise<void>;
}

export async function demoScheduleToday(tx: Tx, ctx: TodayContext): Promise<TodayResult> {
  const entries: Entry[] = [...ctx.todays];
  // Wall time in Brussels (right on a daylight-saving Sunday too).
  const slotStart = (slot: number) => DateTime.fromISO(`${ctx.today}T${SLOTS[slot]}`, { zone: SERVICE_TIME_ZONE }).toJSDate();
  const at = (helperId: string, slot: number) => entries.find((e) => e.helperId === helperId && e.startsAt.getTime() === slotStart(slot).getTime());
  const mine = (helperId: string) => entries.filter((e) => e.helperId === helperId).sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  const casesOf = (helperId: string) => [...new Map(ctx.patterns.filter((p) => p.helperId === helperId).map((p) => [p.caseFileId, p])).values()];
  const sector = (code: string) => ctx.sectors.find((s) => s.code === code) ?? ctx.sectors[0];

  // A visit at a slot today, added as a one-off where the weekly pattern has none (at the week-end, say).
  const ensure = async (s: DemoSectorStaff, helperId: string, slot: number, notCase?: string): Promise<Entry | null> => {
    const found = at(helperId, slot);
    if (found) return found;
    const p = casesOf(helperId).find((c) => c.caseFileId !== notCase);
    if (!p) return null;
    const startsAt = slotStart(slot);
    const [row] = await tx
      .insert(scheduleEntries)
      .values({ helperId, caseFileId: p.caseFileId, sectorId: s.sectorId, kind: p.kind, tasks: p.tasks, startsAt, endsAt: new Date(startsAt.getTime() + VISIT_MINUTES * MIN), createdById: s.plannerId, createdAt: ctx.now, updatedAt: ctx.now })
      .returning();
    entries.push(row);
    return row;
  };

  // Preparation: the visits the stories below need.
  const s1 = sector('S1');
  const sick = ctx.sickHelperId;
  // A colleague free at the time of a visit: AF for family care; AMS, else AF, for household help.
  const freeColleague = (v: Entry) =>
    (v.kind === 'FAMILY_CARE' ? ['FAMILY_HELPER'] : ['HOME_HELPER', 'FAMILY_HELPER'])
      .flatMap((role) => s1.helperRows.filter((h) => h.role === role && h.id !== v.helperId))
      .find((h) => !entries.some((e) => e.helperId === h.id && e.startsAt < v.endsAt && e.endsAt > v.startsAt));
  if (sick) {
    for (let slot = 0; mine(sick).length < 2 && slot < SLOTS.length; slot++) await ensure(s1, sick, slot);
    // At least one of the visits can be taken over: if every colleague is busy then, add one in a quieter slot.
    if (!mine(sick).some((v) => freeColleague(v))) {
      const role = s1.helperRows.find((h) => h.id === sick)?.role;
      const quiet = [3, 2, 1, 0].find((slot) => !at(sick, slot) && s1.helperRows.some((h) => h.id !== sick && h.role === role && !at(h.id, slot)));
      if (quiet !== undefined) await ensure(s1, sick, quiet);
    }
  }
  const s2 = sector('S2');
  const hospitalHelper = s2.helperRows.find((h) => mine(h.id).length) ?? s2.helperRows[0];
  const hospitalVisit = mine(hospitalHelper.id)[0] ?? (await ensure(s2, hospitalHelper.id, 1));
  const s3 = sector('S3');
  // Someone whose first two visits of the day are at two different homes.
  const mover = s3.helperRows.find((h) => at(h.id, 0) && at(h.id, 1) && at(h.id, 0)?.caseFileId !== at(h.id, 1)?.caseFileId) ?? s3.helperRows.find((h) => casesOf(h.id).length > 1) ?? s3.helperRows[0];
  const early = await ensure(s3, mover.id, 0);
  await ensure(s3, mover.id, 1, early?.caseFileId);
  const s4 = sector('S4');
  const busy = s4.helperRows.find((h) => casesOf(h.id).length > 1 && mine(h.id).length) ?? s4.helperRows.find((h) => casesOf(h.id).length > 1) ?? s4.helperRows[0];
  const busyVisit = mine(busy.id)[0] ?? (await ensure(s4, busy.id, 1));
  const s5 = sector('S5');
  // A household helper with a home to go to and an hour free today.
  const freeSlotOf = (helperId: string) => [3, 2, 1, 0].find((slot) => !at(helperId, slot));
  const ams = s5.helperRows.find((h) => h.role === 'HOME_HELPER' && casesOf(h.id).length && freeSlotOf(h.id) !== undefined) ?? s5.helperRows.find((h) => h.role === 'HOME_HELPER') ?? s5.helperRows[0];

  await ctx.recheck();

  // The seed's transaction stands in for the database: each call below runs in a savepoint of it.
  const service = schedulesModule(tx as unknown as Database, DEFAULT_SETTINGS, { absences: leaveAbsences }).schedules;
  // R11: where the flying social worker replaces a sick social worker, she is the one who plans today.
  const standIns = await tx
    .select({ sectorId: flyingAssignments.sectorId, flyingId: flyingAssignments.flyingWorkerId })
    .from(flyingAssignments)
    .where(and(lte(flyingAssignments.startsAt, ctx.now), gt(flyingAssignments.endsAt, ctx.now)));
  const viewer = (s: DemoSectorStaff) => {
    const standIn = standIns.find((r) => r.sectorId === s.sectorId);
    return standIn
      ? { kind: 'STAFF' as const, sessionId: 'demo-seed', staffId: standIn.flyingId, role: 'FLYING_SOCIAL_WORKER' as const, sectorId: null }
      : { kind: 'STAFF' as const, sessionId: 'demo-seed', staffId: s.plannerId, role: 'SOCIAL_WORKER' as const, sectorId: s.sectorId };
  };
  const out: TodayResult = { changes: [], opened: [] };
  const minutesAgo = (n: number) => new Date(ctx.now.getTime() - n * MIN);
  const change = async (s: DemoSectorStaff, input: Omit<ScheduleChangeDraft, 'entryId' | 'helperId'> & { helperId?: string | null; entry: Entry }, when: Date) => {
    const { entry, ...rest } = input;
    const r = await service.change({ ...rest, helperId: rest.helperId ?? null, entryId: entry.id }, viewer(s), when);
    out.changes.push({ kind: input.action, reason: input.reason });
    out.opened.push(...r.conflictsOpened.map((c) => c.rule));
    return r;
  };
  const create = async (s: DemoSectorStaff, input: ScheduleEntryDraft, when: Date) => {
    const r = await service.create(input, viewer(s), when);
    out.opened.push(...r.conflictsOpened.map((c) => c.rule));
  };

  // S1: the ill helper's visits go to free colleagues; one is left for later (still scheduled while absent).
  if (sick) {
    const visits = mine(sick);
    const sickName = s1.helperRows.find((h) => h.id === sick)?.fullName ?? 'The helper';
    const left = visits.find((v) => !freeColleague(v)) ?? visits.at(-1);
    for (const v of visits.filter((x) => x !== left)) {
      const free = freeColleague(v);
      if (!free) continue;
      await change(s1, { entry: v, action: 'REASSIGN', reason: 'HELPER_ILL', helperId: free.id, note: `${sickName} called in sick this morning (certificate for 3 days); ${free.fullName} takes the visit.` }, minutesAgo(180));
      entries.push({ ...v, id: `${v.id}-reassigned`, helperId: free.id });
    }
  }
  if (hospitalVisit) {
    await change(s2, { entry: hospitalVisit, action: 'CANCEL', reason: 'BENEFICIARY_IN_HOSPITAL', note: 'Admitted to hospital last night; the daughter called at 07:40. Visits on hold until discharge.' }, minutesAgo(150));
  }
  if (early) {
    await change(
      s3,
      { entry: early, action: 'MOVE', reason: 'BENEFICIARY_REQUEST', startsAt: new Date(early.startsAt.getTime() + 30 * MIN), endsAt: new Date(early.endsAt.getTime() + 30 * MIN), note: 'Blood test at the GP at 8:00; the visit starts half an hour later.' },
      minutesAgo(120),
    );
  }
  const other = casesOf(busy.id).find((c) => c.caseFileId !== busyVisit?.caseFileId);
  if (busyVisit && other) {
    const startsAt = new Date(busyVisit.startsAt.getTime() + 60 * MIN);
    await create(s4, { helperId: busy.id, caseFileId: other.caseFileId, kind: other.kind, tasks: other.tasks ?? [], startsAt, endsAt: new Date(startsAt.getTime() + 60 * MIN) }, minutesAgo(90));
  }
  const home = casesOf(ams.id)[0];
  const freeSlot = freeSlotOf(ams.id);
  if (home && freeSlot !== undefined) {
    const startsAt = slotStart(freeSlot);
    await create(s5, { helperId: ams.id, caseFileId: home.caseFileId, kind: 'HOUSEHOLD', tasks: ['PERSONAL_HYGIENE', 'CLEANING'], startsAt, endsAt: new Date(startsAt.getTime() + 60 * MIN) }, minutesAgo(60));
  }
  return out;
}
