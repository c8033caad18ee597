// Planning use cases: requests to the flying social worker (R6, R15), generating the month's
// proposal (R7–R9), adjusting and fixing it with recorded changes, and reading it back.
import { DateTime } from 'luxon';
import type { RequestReads } from '../../db/request-reads.js';
import type { UnitOfWork } from '../../db/unit-of-work.js';
import { violation } from '../../shared/outcome.js';
import { SERVICE_TIME_ZONE } from '../../time/service-time.js';
import type { StaffViewer } from '../auth/index.js';
import { generatePlanning, inWorkingHours } from './planning-generate.rules.js';
import { assemble, brussels, MESSAGES, planningFacts } from './planning.facts.js';
import type { PlanningGenerateInput, PlanningItemMoveInput, PlanningItemRemoveInput, PlanningRequestCreateInput } from './planning.input.js';
import { toReport, toRequest } from './planning.mappers.js';
import type { PlanningRepositories } from './planning.repositories.js';
import type { PlanningRow } from './planning.repository.js';
import { meetingSupportError, monthSpan, monthStart, requestShapeError, requestTiming } from './planning.rules.js';
import { PlanningReport } from './planning.types.js';

/** A request with database ids (decoded by the resolver). */
export type PlanningRequestDraft = Omit<PlanningRequestCreateInput, 'caseFileId' | 'helperId' | 'sectorId'> & { caseFileId: string | null; helperId: string | null; sectorId: string | null };
export type PlanningGenerateDraft = Omit<PlanningGenerateInput, 'flyingWorkerId'> & { flyingWorkerId: string | null };
/** A move (with `startsAt`) or a removal of an item, by its database id. */
export type PlanningItemDraft = (Omit<PlanningItemMoveInput, 'itemId'> | Omit<PlanningItemRemoveInput, 'itemId'>) & { itemId: string };

type Repos = PlanningRepositories;

export class PlanningService {
  constructor(private readonly uow: UnitOfWork<Repos>) {}

  async request(input: PlanningRequestDraft, viewer: StaffViewer, now: Date) {
    if (!monthStart(input.month)) throw violation('month', 'INVALID_MONTH', '`month` must be YYYY-MM.');
    const { caseFileId, helperId } = input;
    let sectorId = input.sectorId;
    const meetingAt = input.meetingAt ?? null;
    const shape = requestShapeError(input.kind, { caseFileId, helperId, meetingAt });
    if (shape) throw violation(shape === 'CASE_FILE_REQUIRED' ? 'caseFileId' : shape === 'HELPER_REQUIRED' ? 'helperId' : 'meetingAt', shape, MESSAGES[shape]);
    const urgent = input.urgent ?? false;
    const timing = requestTiming(input.month, now, urgent, viewer.role);
    if (timing) throw violation(urgent ? 'urgent' : 'month', timing, MESSAGES[timing](input.month));
    return this.uow.run(async ({ planning: repo, org, outbox }) => {
      await repo.lock(input.month);
      if (caseFileId) {
        const c = await repo.caseFile(caseFileId);
        if (!c) throw violation('caseFileId', 'UNKNOWN_CASE_FILE', 'No case file has this ID.');
        sectorId = c.sectorId;
      }
      if (helperId) {
        const [h] = await org.staffByIds([helperId]);
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
      await outbox.publish({ type: 'PLANNING_REQUESTED', topic: 'planning', subjectId: row.id, actorId: viewer.staffId, payload: { requestId: row.id, month: row.month } });
      return toRequest(row);
    });
  }

  /** The requester or direction withdraws a request; the next generation of the month leaves it out. */
  async withdraw(id: string, viewer: StaffViewer, now: Date) {
    return this.uow.run(async ({ planning: repo, outbox }) => {
      const before = await repo.lockRequest(id);
      if (!before) throw violation('requestId', 'UNKNOWN_PLANNING_REQUEST', 'No request has this ID.');
      if (before.withdrawnAt) throw violation('requestId', 'ALREADY_WITHDRAWN', 'This request was already withdrawn.');
      if (before.requestedById !== viewer.staffId && viewer.role !== 'DIRECTOR' && viewer.role !== 'SOCIAL_POLE_HEAD') throw violation('requestId', 'NOT_YOUR_REQUEST', 'Only who asked, or direction, withdraws a request.');
      const row = await repo.withdrawRequest(id, now);
      await outbox.publish({ type: 'PLANNING_REQUEST_WITHDRAWN', topic: 'planning', subjectId: row.id, actorId: viewer.staffId, payload: { requestId: row.id, month: row.month } });
      return toRequest(row);
    });
  }

  private async flyingWorker(repos: Repos, id: string | null) {
    const flying = (await repos.org.staffByRoles(['FLYING_SOCIAL_WORKER'])).filter((f) => !id || f.id === id);
    if (flying.length !== 1) throw violation('flyingWorkerId', 'FLYING_WORKER_REQUIRED', id ? 'This person is not a flying social worker.' : 'Name the flying social worker: there is not exactly one.');
    return flying[0];
  }

  /** Generates (or regenerates, while a draft) the month's proposal from the accepted requests. */
  async generate(input: PlanningGenerateDraft, viewer: StaffViewer, now: Date) {
    if (!monthStart(input.month)) throw violation('month', 'INVALID_MONTH', '`month` must be YYYY-MM.');
    return this.uow.run(async (repos) => {
      const repo = repos.planning;
      const flying = await this.flyingWorker(repos, input.flyingWorkerId);
      await repo.lock(input.month);
      const existing = await repo.lockPlanning(input.month, flying.id);
      if (existing?.status === 'FIXED') throw violation('month', 'PLANNING_FIXED', 'This month is fixed: adjust its items instead; changes are recorded.');
      const result = generatePlanning(await planningFacts(repos, flying.id, input.month));
      let planning: PlanningRow;
      if (existing) {
        await repo.clearItems(existing.id);
        planning = await repo.updatePlanning(existing.id, { unplaced: result.unplaced, version: existing.version + 1, generatedAt: now, generatedById: viewer.staffId });
      } else {
        planning = await repo.insertPlanning({ month: input.month, flyingWorkerId: flying.id, unplaced: result.unplaced, generatedAt: now, generatedById: viewer.staffId });
      }
      await repo.insertItems(result.items.map((i) => ({ planningId: planning.id, requestId: i.requestId, startsAt: i.startsAt, endsAt: i.endsAt })));
      await repo.insertChange({ planningId: planning.id, action: 'GENERATED', after: { items: result.items.length, unplaced: result.unplaced.length }, afterFixing: false, byId: viewer.staffId, at: now });
      await this.changed(repos, planning, viewer, 'PLANNING_GENERATED');
      return assemble(repo, planning);
    });
  }

  private async changed(repos: Repos, p: PlanningRow, viewer: StaffViewer, type: string) {
    await repos.outbox.publish({ type, topic: 'planning', subjectId: p.id, actorId: viewer.staffId, payload: { planningId: p.id, month: p.month } });
  }

  /** Moves an item to another start, or removes it; once fixed, with a reason, and the visit follows. */
  async adjust(input: PlanningItemDraft, viewer: StaffViewer, now: Date) {
    const move = 'startsAt' in input ? input : null;
    return this.uow.run(async (repos) => {
      const repo = repos.planning;
      const item = await repo.lockItem(input.itemId);
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
        const away = await repos.org.absencesOf(planning.flyingWorkerId, span.startsAt, span.endsAt);
        const onDuty = await repos.duty.shiftsOf(planning.flyingWorkerId, span.startsAt, span.endsAt);
        if (away.length || onDuty.length) throw violation('startsAt', 'FLYING_WORKER_BUSY', 'The flying social worker is away or on permanence then.');
        values = span;
      } else values = { status: 'REMOVED' };
      const after = await repo.updateItem(item.id, values);
      await repo.insertChange({ planningId: planning.id, itemId: item.id, action: move ? 'MOVED' : 'REMOVED', before: { startsAt: item.startsAt.toISOString(), status: item.status }, after: { startsAt: after.startsAt.toISOString(), status: after.status }, reason, afterFixing: fixed, byId: viewer.staffId, at: now });
      if (item.visitId) await repos.visits.follow(item.visitId, move ? { plannedAt: after.startsAt } : { status: 'CANCELLED', cancelledReason: reason ?? 'Removed from the planning' }, viewer.staffId, now);
      const p = await repo.updatePlanning(planning.id, { version: planning.version + 1 });
      await this.changed(repos, p, viewer, move ? 'PLANNING_ITEM_MOVED' : 'PLANNING_ITEM_REMOVED');
      return assemble(repo, p);
    });
  }

  /** The social pole head fixes the month: visits of the items enter the case files. */
  async fix(id: string, viewer: StaffViewer, now: Date) {
    return this.uow.run(async (repos) => {
      const repo = repos.planning;
      const planning = await repo.lockPlanningById(id);
      if (!planning) throw violation('planningId', 'UNKNOWN_PLANNING', 'No planning has this ID.');
      if (planning.status === 'FIXED') throw violation('planningId', 'PLANNING_FIXED', 'This planning is already fixed.');
      const items = (await repo.itemsOfPlannings([planning.id])).filter((i) => i.status === 'PLANNED');
      const requests = new Map((await repo.requestsByIds(items.map((i) => i.requestId))).map((r) => [r.id, r]));
      for (const i of items) {
        const r = requests.get(i.requestId);
        if (!r?.caseFileId || r.kind === 'MEETING_SUPPORT') continue;
        const v = await repos.visits.plan({ caseFileId: r.caseFileId, kind: r.kind, plannedAt: i.startsAt, visitorId: planning.flyingWorkerId }, viewer.staffId, now);
        await repo.updateItem(i.id, { visitId: v.id });
      }
      const p = await repo.updatePlanning(planning.id, { status: 'FIXED', fixedAt: now, fixedById: viewer.staffId, version: planning.version + 1 });
      await repo.insertChange({ planningId: p.id, action: 'FIXED', afterFixing: false, byId: viewer.staffId, at: now });
      await this.changed(repos, p, viewer, 'PLANNING_FIXED');
      return assemble(repo, p);
    });
  }

  /** `reads`: a query request's shared reads (db/request-reads.ts). */
  async ofMonth(month: string, reads?: RequestReads) {
    if (!monthStart(month)) throw violation('month', 'INVALID_MONTH', '`month` must be YYYY-MM.');
    const repo = this.uow.read.planning;
    return Promise.all((await repo.planningsOfMonth(month, reads)).map((r) => assemble(repo, r)));
  }

  /** Reporting: every sector's quota use in the month (R7, R8), zeros included. */
  async report(month: string, reads?: RequestReads): Promise<PlanningReport> {
    const list = await this.ofMonth(month, reads);
    return toReport(month, list, await this.uow.read.org.sectorIds(reads), await this.uow.read.planning.requestsOfMonth(month));
  }

  async requestsOfMonth(month: string) {
    return (await this.uow.read.planning.requestsOfMonth(month)).map(toRequest);
  }

  async byDbId(type: 'Planning' | 'PlanningRequest' | 'PlanningItem', id: string) {
    const repo = this.uow.read.planning;
    if (type === 'PlanningRequest') return (await repo.requestsByIds([id])).map(toRequest)[0] ?? null;
    if (type === 'Planning') {
      const [p] = await repo.planningsByIds([id]);
      return p ? assemble(repo, p) : null;
    }
    const item = await repo.itemById(id);
    const [p] = item ? await repo.planningsByIds([item.planningId]) : [];
    return p ? ((await assemble(repo, p)).items.find((i) => i.dbId === id) ?? null) : null;
  }

  requestsByIds(ids: readonly string[]) {
    return this.uow.read.planning.requestsByIds(ids);
  }
}
