// Planning use cases: requests to the flying social worker (R6, R15), generating the month's
// proposal (R7–R9), adjusting and fixing it with recorded changes, and reading it back.
import { DateTime } from 'luxon';
import type { Database, Executor, Tx } from '../../db/client.js';
import { publish } from '../../events/outbox.js';
import { fromGlobalId, type NodeTypeName } from '../../shared/global-id.js';
import { violation } from '../../shared/outcome.js';
import type { StaffViewer } from '../auth/viewer.js';
import { AuditRepository } from '../cases/audit.repository.js';
import { VisitRepository } from '../cases/visit.repository.js';
import { OrgRepository } from '../org/org.repository.js';
import { PermanenceRepository } from '../permanence/permanence.repository.js';
import { dayBounds, localDay, SERVICE_TIME_ZONE } from '../../time/service-time.js';
import { holidaysIn } from '../holidays/index.js';
import { generatePlanning, inWorkingHours, R7_MAX_REVISIONS, R8_MAX_CONTROLS, type PlanFacts } from './planning-generate.rules.js';
import type { PlanningGenerateInput, PlanningItemMoveInput, PlanningItemRemoveInput, PlanningRequestCreateInput } from './planning.input.js';
import { quotaUse, toPlanning, toRequest } from './planning.mappers.js';
import { PlanningReport } from './planning.types.js';
import { PlanningRepository, type PlanningRow } from './planning.repository.js';
import { meetingSupportError, monthSpan, monthStart, requestShapeError, requestTiming, requestDeadline } from './planning.rules.js';

const brussels = (d: Date) => DateTime.fromJSDate(d, { zone: SERVICE_TIME_ZONE }).toFormat('d LLLL yyyy HH:mm');

const MESSAGES = {
  R6_REQUESTS_CLOSED: (month: string) => `R6: requests for ${month} closed at the end of ${DateTime.fromJSDate(requestDeadline(month), { zone: SERVICE_TIME_ZONE }).minus({ days: 1 }).toFormat('d LLLL yyyy')}; only direction may still accept one, as urgent.`,
  R6_URGENT_NEEDS_DIRECTION: (month: string) => `R6: requests for ${month} are closed; a late urgent request is accepted by direction only.`,
  R15_TOO_LATE: 'R15: support at a team meeting is asked at least 15 days ahead.',
  R15_ONE_MEETING_A_WEEK: 'R15: the flying social worker supports at most one team meeting a week; that week already has one.',
  MEETING_NOT_IN_MONTH: 'The team meeting must fall in the requested month.',
  CASE_FILE_REQUIRED: 'A revision or an accompaniment names its case file.',
  HELPER_REQUIRED: 'A helper control names the helper.',
  MEETING_AT_REQUIRED: 'Support at a team meeting gives the meeting time.',
} as const;

/** What generation works from (R7–R9, R11, absences and permanence), read in one place for the API and the demo. */
export async function planningFacts(tx: Executor, flyingId: string, month: string): Promise<PlanFacts> {
  const span = monthSpan(month);
  const repo = new PlanningRepository(tx);
  const requests = await repo.requestsOfMonth(month);
  const cases = new Map((await repo.caseFilesByIds(requests.flatMap((r) => r.caseFileId ?? []))).map((c) => [c.id, c]));
  const absences = await new OrgRepository(tx).absencesOverlapping({ staffIds: [flyingId], from: span.startsAt, to: span.endsAt });
  const shifts = await new PermanenceRepository(tx).shiftsOfStaff(flyingId, span.startsAt, span.endsAt);
  // R11: a replacement or onboarding already approved takes the flying worker's days; nothing is placed there.
  const assignments = (await repo.assignmentsOf([flyingId], span.startsAt, span.endsAt)).map((a) => ({ startsAt: a.startsAt, endsAt: a.endsAt }));
  // Offices are closed on public holidays and closing days: no ordinary visit is placed there.
  const holidays = (await holidaysIn(tx, localDay(span.startsAt), localDay(span.endsAt))).map((h) => dayBounds(h.day)).map((b) => ({ startsAt: b.from, endsAt: b.to }));
  // R9: "the year before" = the twelve months before this one.
  const yearBefore = DateTime.fromJSDate(span.startsAt, { zone: SERVICE_TIME_ZONE }).minus({ years: 1 }).toJSDate();
  return {
    month,
    requests: requests.map((r) => ({ id: r.id, kind: r.kind, sectorId: r.sectorId, beneficiaryId: (r.caseFileId && cases.get(r.caseFileId)?.beneficiaryId) || null, meetingAt: r.meetingAt, urgent: r.urgent, requestedAt: r.requestedAt })),
    busy: [...absences, ...shifts, ...assignments, ...holidays],
    revisitedLastYear: new Set(await repo.revisitedBeneficiaries(flyingId, yearBefore, span.startsAt)),
  };
}

export class PlanningService {
  constructor(private readonly db: Database) {}

  private dbId(globalId: string | null | undefined, type: NodeTypeName, field: string): string | null {
    if (!globalId) return null;
    const id = fromGlobalId(globalId, type)?.id;
    if (!id) throw violation(field, `UNKNOWN_${type.replace(/[A-Z]/g, (c, i) => (i ? '_' : '') + c).toUpperCase()}`, `\`${field}\` is not the ID of a ${type}.`);
    return id;
  }

  async request(input: PlanningRequestCreateInput, viewer: StaffViewer, now: Date) {
    if (!monthStart(input.month)) throw violation('month', 'INVALID_MONTH', '`month` must be YYYY-MM.');
    const caseFileId = this.dbId(input.caseFileId, 'CaseFile', 'caseFileId');
    const helperId = this.dbId(input.helperId, 'Staff', 'helperId');
    let sectorId = this.dbId(input.sectorId, 'Sector', 'sectorId');
    const meetingAt = input.meetingAt ?? null;
    const shape = requestShapeError(input.kind, { caseFileId, helperId, meetingAt });
    if (shape) throw violation(shape === 'CASE_FILE_REQUIRED' ? 'caseFileId' : shape === 'HELPER_REQUIRED' ? 'helperId' : 'meetingAt', shape, MESSAGES[shape]);
    const urgent = input.urgent ?? false;
    const timing = requestTiming(input.month, now, urgent, viewer.role);
    if (timing) throw violation(urgent ? 'urgent' : 'month', timing, MESSAGES[timing](input.month));
    return this.db.transaction(async (tx) => {
      const repo = new PlanningRepository(tx);
      await repo.lock(input.month);
      if (caseFileId) {
        const c = await repo.caseFile(caseFileId);
        if (!c) throw violation('caseFileId', 'UNKNOWN_CASE_FILE', 'No case file has this ID.');
        sectorId = c.sectorId;
      }
      if (helperId) {
        const [h] = await new OrgRepository(tx).staffByIds([helperId]);
        if (!h || (h.role !== 'FAMILY_HELPER' && h.role !== 'HOME_HELPER')) throw violation('helperId', 'NOT_A_HELPER', 'A helper control names a family or home helper.');
        sectorId ??= h.sectorId;
      }
      if (!sectorId) throw violation('sectorId', 'SECTOR_REQUIRED', 'Name the sector.');
      if (viewer.role === 'SOCIAL_WORKER' && viewer.sectorId !== sectorId) throw violation('sectorId', 'NOT_YOUR_SECTOR', 'A social worker asks the flying social worker for their own sector.');
      if (meetingAt) {
        const week = DateTime.fromJSDate(meetingAt, { zone: SERVICE_TIME_ZONE }).startOf('week');
        const booked = (await repo.meetingsBetween(week.toJSDate(), week.plus({ weeks: 1 }).toJSDate())).flatMap((m) => m.meetingAt ?? []);
        const err = meetingSupportError(input.month, meetingAt, now, booked);
        if (err) throw violation('meetingAt', err, MESSAGES[err]);
      }
      const row = await repo.insertRequest({ month: input.month, kind: input.kind, sectorId, caseFileId, helperId, meetingAt, urgent, note: input.note?.trim() || null, requestedById: viewer.staffId, requestedAt: now });
      await publish(tx, { type: 'PLANNING_REQUESTED', topic: 'planning', subjectId: row.id, actorId: viewer.staffId, payload: { requestId: row.id, month: row.month } });
      return toRequest(row);
    });
  }

  /** The requester or direction withdraws a request; the next generation of the month leaves it out. */
  async withdraw(requestGlobalId: string, viewer: StaffViewer, now: Date) {
    const id = this.dbId(requestGlobalId, 'PlanningRequest', 'requestId') ?? '';
    return this.db.transaction(async (tx) => {
      const repo = new PlanningRepository(tx);
      const before = await repo.lockRequest(id);
      if (!before) throw violation('requestId', 'UNKNOWN_PLANNING_REQUEST', 'No request has this ID.');
      if (before.withdrawnAt) throw violation('requestId', 'ALREADY_WITHDRAWN', 'This request was already withdrawn.');
      if (before.requestedById !== viewer.staffId && viewer.role !== 'DIRECTOR' && viewer.role !== 'SOCIAL_POLE_HEAD') throw violation('requestId', 'NOT_YOUR_REQUEST', 'Only who asked, or direction, withdraws a request.');
      const row = await repo.withdrawRequest(id, now);
      await publish(tx, { type: 'PLANNING_REQUEST_WITHDRAWN', topic: 'planning', subjectId: row.id, actorId: viewer.staffId, payload: { requestId: row.id, month: row.month } });
      return toRequest(row);
    });
  }

  private async flyingWorker(tx: Tx, globalId: string | null | undefined) {
    const id = this.dbId(globalId, 'Staff', 'flyingWorkerId');
    const flying = (await new OrgRepository(tx).staffByRoles(['FLYING_SOCIAL_WORKER'])).filter((f) => !id || f.id === id);
    if (flying.length !== 1) throw violation('flyingWorkerId', 'FLYING_WORKER_REQUIRED', id ? 'This person is not a flying social worker.' : 'Name the flying social worker: there is not exactly one.');
    return flying[0];
  }

  /** Generates (or regenerates, while a draft) the month's proposal from the accepted requests. */
  async generate(input: PlanningGenerateInput, viewer: StaffViewer, now: Date) {
    if (!monthStart(input.month)) throw violation('month', 'INVALID_MONTH', '`month` must be YYYY-MM.');
    return this.db.transaction(async (tx) => {
      const repo = new PlanningRepository(tx);
      const flying = await this.flyingWorker(tx, input.flyingWorkerId);
      await repo.lock(input.month);
      const existing = await repo.lockPlanning(input.month, flying.id);
      if (existing?.status === 'FIXED') throw violation('month', 'PLANNING_FIXED', 'This month is fixed: adjust its items instead; changes are recorded.');
      const result = generatePlanning(await planningFacts(tx, flying.id, input.month));
      let planning: PlanningRow;
      if (existing) {
        await repo.clearItems(existing.id);
        planning = await repo.updatePlanning(existing.id, { unplaced: result.unplaced, version: existing.version + 1, generatedAt: now, generatedById: viewer.staffId });
      } else {
        planning = await repo.insertPlanning({ month: input.month, flyingWorkerId: flying.id, unplaced: result.unplaced, generatedAt: now, generatedById: viewer.staffId });
      }
      await repo.insertItems(result.items.map((i) => ({ planningId: planning.id, requestId: i.requestId, startsAt: i.startsAt, endsAt: i.endsAt })));
      await repo.insertChange({ planningId: planning.id, action: 'GENERATED', after: { items: result.items.length, unplaced: result.unplaced.length }, afterFixing: false, byId: viewer.staffId, at: now });
      await this.changed(tx, planning, viewer, 'PLANNING_GENERATED');
      return this.assemble(tx, planning);
    });
  }

  private async changed(tx: Tx, p: PlanningRow, viewer: StaffViewer, type: string) {
    await publish(tx, { type, topic: 'planning', subjectId: p.id, actorId: viewer.staffId, payload: { planningId: p.id, month: p.month } });
  }

  /** Moves an item to another start, or removes it; once fixed, with a reason, and the visit follows. */
  async adjust(input: PlanningItemMoveInput | PlanningItemRemoveInput, viewer: StaffViewer, now: Date) {
    const itemId = this.dbId(input.itemId, 'PlanningItem', 'itemId') ?? '';
    const move = 'startsAt' in input ? input : null;
    return this.db.transaction(async (tx) => {
      const repo = new PlanningRepository(tx);
      const item = await repo.lockItem(itemId);
      if (!item) throw violation('itemId', 'UNKNOWN_PLANNING_ITEM', 'No planning item has this ID.');
      const planning = await repo.lockPlanningById(item.planningId);
      if (!planning) throw new Error('item without planning');
      if (item.status === 'REMOVED') throw violation('itemId', 'ITEM_REMOVED', 'This item was removed from the planning.');
      const reason = input.reason?.trim() || null;
      const fixed = planning.status === 'FIXED';
      if (fixed && !reason) throw violation('reason', 'REASON_REQUIRED', 'The planning is fixed: say why it changes; the change is recorded.');
      let values: { startsAt: Date; endsAt: Date } | { status: 'REMOVED' };
      if (move) {
        const endsAt = new Date(move.startsAt.getTime() + (item.endsAt.getTime() - item.startsAt.getTime()));
        const span = { startsAt: move.startsAt, endsAt };
        const month = monthSpan(planning.month);
        if (!inWorkingHours(span) || span.startsAt < month.startsAt || span.endsAt > month.endsAt) throw violation('startsAt', 'OUTSIDE_WORKING_HOURS', `Items stay in ${planning.month}, on a working day between 08:30 and 17:00 (Brussels).`);
        const clash = (await repo.itemsOfPlannings([planning.id])).find((o) => o.id !== item.id && o.status === 'PLANNED' && o.startsAt < endsAt && move.startsAt < o.endsAt);
        if (clash) throw violation('startsAt', 'ITEM_OVERLAP', `Another item is planned at ${brussels(clash.startsAt)}.`);
        const away = await new OrgRepository(tx).absencesOverlapping({ staffIds: [planning.flyingWorkerId], from: span.startsAt, to: span.endsAt });
        const onDuty = await new PermanenceRepository(tx).shiftsOfStaff(planning.flyingWorkerId, span.startsAt, span.endsAt);
        if (away.length || onDuty.length) throw violation('startsAt', 'FLYING_WORKER_BUSY', 'The flying social worker is away or on permanence then.');
        values = span;
      } else values = { status: 'REMOVED' };
      const after = await repo.updateItem(item.id, values);
      await repo.insertChange({ planningId: planning.id, itemId: item.id, action: move ? 'MOVED' : 'REMOVED', before: { startsAt: item.startsAt.toISOString(), status: item.status }, after: { startsAt: after.startsAt.toISOString(), status: after.status }, reason, afterFixing: fixed, byId: viewer.staffId, at: now });
      if (item.visitId) await this.followVisit(tx, item.visitId, move ? { plannedAt: after.startsAt } : { status: 'CANCELLED', cancelledReason: reason ?? 'Removed from the planning' }, viewer, now);
      const p = await repo.updatePlanning(planning.id, { version: planning.version + 1 });
      await this.changed(tx, p, viewer, move ? 'PLANNING_ITEM_MOVED' : 'PLANNING_ITEM_REMOVED');
      return this.assemble(tx, p);
    });
  }

  private async followVisit(tx: Tx, visitId: string, values: Parameters<VisitRepository['updateVisit']>[1], viewer: StaffViewer, now: Date) {
    const visits = new VisitRepository(tx);
    const before = await visits.lockVisit(visitId);
    if (!before || before.status !== 'PLANNED') return;
    const after = await visits.updateVisit(visitId, { ...values, updatedAt: now });
    await new AuditRepository(tx).recordChange({ actorId: viewer.staffId, entity: 'Visit', entityId: visitId, caseFileId: after.caseFileId, entityVersion: null, before, after, at: now });
  }

  /** The social pole head fixes the month: visits of the items enter the case files. */
  async fix(planningGlobalId: string, viewer: StaffViewer, now: Date) {
    const id = this.dbId(planningGlobalId, 'Planning', 'planningId') ?? '';
    return this.db.transaction(async (tx) => {
      const repo = new PlanningRepository(tx);
      const planning = await repo.lockPlanningById(id);
      if (!planning) throw violation('planningId', 'UNKNOWN_PLANNING', 'No planning has this ID.');
      if (planning.status === 'FIXED') throw violation('planningId', 'PLANNING_FIXED', 'This planning is already fixed.');
      const items = (await repo.itemsOfPlannings([planning.id])).filter((i) => i.status === 'PLANNED');
      const requests = new Map((await repo.requestsByIds(items.map((i) => i.requestId))).map((r) => [r.id, r]));
      const visits = new VisitRepository(tx);
      for (const i of items) {
        const r = requests.get(i.requestId);
        if (!r?.caseFileId || r.kind === 'MEETING_SUPPORT') continue;
        const v = await visits.insertVisit({ caseFileId: r.caseFileId, kind: r.kind, plannedAt: i.startsAt, visitorId: planning.flyingWorkerId, createdById: viewer.staffId, createdAt: now, updatedAt: now });
        await new AuditRepository(tx).recordChange({ actorId: viewer.staffId, entity: 'Visit', entityId: v.id, caseFileId: v.caseFileId, entityVersion: null, before: null, after: v, at: now });
        await repo.updateItem(i.id, { visitId: v.id });
      }
      const p = await repo.updatePlanning(planning.id, { status: 'FIXED', fixedAt: now, fixedById: viewer.staffId, version: planning.version + 1 });
      await repo.insertChange({ planningId: p.id, action: 'FIXED', afterFixing: false, byId: viewer.staffId, at: now });
      await this.changed(tx, p, viewer, 'PLANNING_FIXED');
      return this.assemble(tx, p);
    });
  }

  async assemble(db: Tx | Database, p: PlanningRow) {
    const repo = new PlanningRepository(db);
    const items = await repo.itemsOfPlannings([p.id]);
    const ids = [...items.map((i) => i.requestId), ...p.unplaced.map((u) => u.requestId)];
    const requests = new Map((await repo.requestsByIds([...new Set(ids)])).map((r) => [r.id, r]));
    const span = monthSpan(p.month);
    const assignments = await repo.assignmentsOf([p.flyingWorkerId], span.startsAt, span.endsAt);
    return toPlanning(p, items, requests, await repo.changesOfPlannings([p.id]), assignments);
  }

  async ofMonth(month: string) {
    if (!monthStart(month)) throw violation('month', 'INVALID_MONTH', '`month` must be YYYY-MM.');
    const rows = await new PlanningRepository(this.db).planningsOfMonth(month);
    return Promise.all(rows.map((r) => this.assemble(this.db, r)));
  }

  /** Reporting: every sector's quota use in the month (R7, R8), zeros included. */
  async report(month: string): Promise<PlanningReport> {
    const list = await this.ofMonth(month);
    const sectors = await new OrgRepository(this.db).sectors();
    const requests = await new PlanningRepository(this.db).requestsOfMonth(month);
    const sectorOfRequest = new Map(requests.map((r) => [r.id, r.sectorId]));
    const items = list.flatMap((p) => p.items);
    const unplacedSectors = list.flatMap((p) => p.unplaced.flatMap((u) => sectorOfRequest.get(u.requestDbId) ?? []));
    return Object.assign(new PlanningReport(), {
      month,
      plannings: list,
      sectors: quotaUse(items, unplacedSectors, sectors.map((s) => s.id)),
      revisions: list.reduce((n, p) => n + p.revisions, 0),
      revisionLimit: R7_MAX_REVISIONS * Math.max(1, list.length),
      controls: list.reduce((n, p) => n + p.controls, 0),
      controlLimit: R8_MAX_CONTROLS * Math.max(1, list.length),
      requests: requests.length,
    });
  }

  async requestsOfMonth(month: string) {
    return (await new PlanningRepository(this.db).requestsOfMonth(month)).map(toRequest);
  }

  async byDbId(type: 'Planning' | 'PlanningRequest' | 'PlanningItem', id: string) {
    const repo = new PlanningRepository(this.db);
    if (type === 'PlanningRequest') return (await repo.requestsByIds([id])).map(toRequest)[0] ?? null;
    if (type === 'Planning') {
      const [p] = await repo.planningsByIds([id]);
      return p ? this.assemble(this.db, p) : null;
    }
    const item = await repo.itemById(id);
    const [p] = item ? await repo.planningsByIds([item.planningId]) : [];
    return p ? ((await this.assemble(this.db, p)).items.find((i) => i.dbId === id) ?? null) : null;
  }

  requestsByIds(ids: readonly string[]) {
    return new PlanningRepository(this.db).requestsByIds(ids);
  }
}

