// R12 use cases: a helper (or their social worker) asks for leave or time off in lieu; the social
// worker or direction decides; an approval becomes an absence, so the conflict engine rechecks
// the visits it falls on. The monthly balance per helper is given to each social worker.
import type { UnitOfWork } from '../../db/unit-of-work.js';
import type { DomainEvent } from '../../events/outbox.js';
import { offsetPage, type Page } from '../../shared/paging.js';
import { BadInput, Forbidden, violation } from '../../shared/outcome.js';
import { dayBounds } from '../../time/service-time.js';
import type { StaffViewer } from '../auth/index.js';
import { isHelper } from '../org/index.js';
import type { ConflictEngine } from './conflict.engine.js';
import { scopesOfAbsence } from './conflict.scopes.js';
import { leaveRequestError, monthDays, monthlyBalance } from './leave.rules.js';
import type { LeaveBalance, LeaveDecideInput, LeaveRequestInput } from './leave.types.js';
import { toLeave } from './leave.types.js';
import { mayPlan } from './schedule.rules.js';
import type { ScheduleRepositories } from './schedules.repositories.js';

/** A request or a decision, with database ids (decoded by the resolver). */
export type LeaveRequestDraft = Omit<LeaveRequestInput, 'helperId'> & { helperId: string };
export type LeaveDecisionDraft = Omit<LeaveDecideInput, 'leaveRequestId'> & { leaveRequestId: string };

export class LeaveService {
  constructor(
    private readonly uow: UnitOfWork<ScheduleRepositories>,
    private readonly engine: ConflictEngine,
  ) {}

  async request(input: LeaveRequestDraft, viewer: StaffViewer, now: Date) {
    const { helperId } = input;
    const err = leaveRequestError(input);
    if (err) throw violation(err.field, err.code, err.message);
    return this.uow.run(async ({ leave: repo, outbox }) => {
      const [helper] = await repo.helper(helperId);
      if (!helper || !isHelper(helper.role)) throw violation('helperId', 'NOT_A_HELPER', 'This is not a family helper (AF) or household helper (AMS).');
      // A helper asks for themselves; a social worker for the helpers of their sector.
      const allowed = isHelper(viewer.role) ? viewer.staffId === helperId : mayPlan(viewer, helper.sectorId ?? '');
      if (!allowed) throw violation('helperId', 'NOT_YOUR_HELPER', 'You ask for yourself, or for the helpers whose schedules you plan.');
      const row = await repo.insert({ helperId, kind: input.kind, startsAt: input.startsAt, endsAt: input.endsAt, hours: String(input.hours), note: input.note?.trim() || null, requestedById: viewer.staffId, requestedAt: now });
      await outbox.publishAll([{ type: 'LEAVE_REQUESTED', topic: 'schedule', subjectId: row.id, actorId: viewer.staffId, payload: { leaveRequestId: row.id, sectorId: helper.sectorId, helperIds: [helperId] } }]);
      return toLeave(row);
    });
  }

  async decide(input: LeaveDecisionDraft, viewer: StaffViewer, now: Date) {
    const id = input.leaveRequestId;
    return this.uow.run(async (repos) => {
      const { leave: repo, absences } = repos;
      const before = await repo.lock(id);
      const [helper] = before ? await repo.helper(before.helperId) : [];
      if (!before || !helper || !mayPlan(viewer, helper.sectorId ?? '')) throw violation('leaveRequestId', 'UNKNOWN_LEAVE_REQUEST', 'No leave request you decide has this ID.');
      if (before.status !== 'REQUESTED') throw violation('leaveRequestId', 'ALREADY_DECIDED', `This request is already ${before.status}.`);
      let absenceId: string | null = null;
      if (input.approve) {
        const clash = await absences.overlapping(before.helperId, before.startsAt, before.endsAt);
        if (clash.length) throw violation('leaveRequestId', 'ABSENCE_OVERLAP', `The helper already has an absence (${clash[0].kind}) in this span.`);
        const absence = await absences.record({ staffId: before.helperId, kind: before.kind, startsAt: before.startsAt, endsAt: before.endsAt, note: before.note, recordedById: viewer.staffId, recordedAt: now });
        // Another absence committed since the check above: the database refused the overlap; name this input's field.
        if (!absence) throw violation('leaveRequestId', 'ABSENCE_OVERLAP', 'The helper already has an absence in this span.');
        absenceId = absence.id;
      }
      const after = await repo.update(id, { status: input.approve ? 'APPROVED' : 'REJECTED', decidedById: viewer.staffId, decidedAt: now, decisionNote: input.note?.trim() || null, absenceId });
      const events: DomainEvent[] = [{ type: input.approve ? 'LEAVE_APPROVED' : 'LEAVE_REJECTED', topic: 'schedule', subjectId: id, actorId: viewer.staffId, payload: { leaveRequestId: id, sectorId: helper.sectorId, helperIds: [before.helperId] } }];
      if (absenceId) events.push({ type: 'ABSENCE_RECORDED', topic: 'absence', subjectId: absenceId, actorId: viewer.staffId, payload: { absenceId } });
      // An approved leave is an absence: the visits it falls on become conflicts (published in the same batch).
      await this.engine.reconcile(repos, absenceId ? scopesOfAbsence({ staffId: before.helperId, startsAt: before.startsAt, endsAt: before.endsAt }) : [], { now, actorId: viewer.staffId, events });
      return toLeave(after);
    });
  }

  /** R12: each helper's balance at the end of a month, for a sector (a helper: their own only). */
  /** `sectorId`: a database id (decoded by the resolver). */
  async balances(sectorId: string, month: string, viewer: StaffViewer, first?: number | null, after?: string | null): Promise<Page<LeaveBalance>> {
    const days = monthDays(month);
    if (!days) throw new BadInput('month', '`month` must be YYYY-MM.');
    const { leave: repo, schedule } = this.uow.read;
    let helpers = await repo.helpersOfSector(sectorId);
    if (isHelper(viewer.role)) helpers = helpers.filter((h) => h.id === viewer.staffId);
    else if (!mayPlan(viewer, sectorId)) throw new Forbidden('R12: balances go to the social worker of the sector and direction.');
    const ids = helpers.map((h) => h.id);
    const yearStart = dayBounds(`${month.slice(0, 4)}-01-01`).from;
    const monthEnd = dayBounds(days.next).from;
    const [leave, work] = await Promise.all([
      repo.ofHelpers(ids, yearStart, monthEnd),
      schedule.plannedOfHelpers(ids, yearStart, new Date(monthEnd.getTime() + 7 * 86_400_000)),
    ]);
    const out: LeaveBalance[] = [];
    for (const h of helpers) {
      const mine = leave.filter((l) => l.helperId === h.id);
      const approved = mine.filter((l) => l.status === 'APPROVED').map((l) => ({ kind: l.kind, startsAt: l.startsAt, hours: Number(l.hours) }));
      const b = monthlyBalance(month, Number(h.fte), approved, work.filter((w) => w.helperId === h.id));
      out.push({ helperDbId: h.id, month, ...b, pendingRequests: await repo.countPending(h.id) });
    }
    return offsetPage(out, first, after, 'leaveBalances');
  }

  byIds(ids: readonly string[]) {
    return this.uow.read.leave.byIds(ids);
  }
}
