// R12 use cases: a helper (or their social worker) asks for leave or time off in lieu; the social
// worker or direction decides; an approval becomes an absence, so the conflict engine rechecks
// the visits it falls on. The monthly balance per helper is given to each social worker.
import { GraphQLError } from 'graphql';
import type { Database } from '../../db/client.js';
import { publishAll, type DomainEvent } from '../../events/outbox.js';
import { constraintRuleError } from '../../graphql/constraint-rules.js';
import { fromGlobalId } from '../../shared/global-id.js';
import { type Page } from '../../shared/paging.js';
import { violation } from '../../shared/outcome.js';
import type { StaffViewer } from '../auth/viewer.js';
import { OrgRepository } from '../org/org.repository.js';
import { reconcileConflicts, scopesOfAbsence } from './conflict.engine.js';
import type { Settings } from './conflict.rules.js';
import { leaveRequestError, monthDays, monthlyBalance } from './leave.rules.js';
import { LeaveRepository } from './leave.repository.js';
import type { LeaveBalance, LeaveDecideInput, LeaveRequestInput } from './leave.types.js';
import { toLeave } from './leave.types.js';
import { dayBounds } from '../../time/service-time.js';
import { ScheduleRepository } from './schedule.repository.js';
import { mayPlan } from './schedule.rules.js';
import { isHelper } from '../org/org.rules.js';
import { offsetPage } from '../../shared/paging.js';

export class LeaveService {
  constructor(
    private readonly db: Database,
    private readonly settings: Settings,
  ) {}

  async request(input: LeaveRequestInput, viewer: StaffViewer, now: Date) {
    const helperId = fromGlobalId(input.helperId, 'Staff')?.id;
    if (!helperId) throw violation('helperId', 'NOT_A_HELPER', '`helperId` is not the ID of a staff member.');
    const err = leaveRequestError(input);
    if (err) throw violation(err.field, err.code, err.message);
    return this.db.transaction(async (tx) => {
      const repo = new LeaveRepository(tx);
      const [helper] = await repo.helper(helperId);
      if (!helper || !isHelper(helper.role)) throw violation('helperId', 'NOT_A_HELPER', 'This is not a family helper (AF) or household helper (AMS).');
      // A helper asks for themselves; a social worker for the helpers of their sector.
      const allowed = isHelper(viewer.role) ? viewer.staffId === helperId : mayPlan(viewer, helper.sectorId ?? '');
      if (!allowed) throw violation('helperId', 'NOT_YOUR_HELPER', 'You ask for yourself, or for the helpers whose schedules you plan.');
      const row = await repo.insert({ helperId, kind: input.kind, startsAt: input.startsAt, endsAt: input.endsAt, hours: String(input.hours), note: input.note?.trim() || null, requestedById: viewer.staffId, requestedAt: now });
      await publishAll(tx, [{ type: 'LEAVE_REQUESTED', topic: 'schedule', subjectId: row.id, actorId: viewer.staffId, payload: { leaveRequestId: row.id, sectorId: helper.sectorId, helperIds: [helperId] } }]);
      return toLeave(row);
    });
  }

  async decide(input: LeaveDecideInput, viewer: StaffViewer, now: Date) {
    const id = fromGlobalId(input.leaveRequestId, 'LeaveRequest')?.id;
    if (!id) throw violation('leaveRequestId', 'UNKNOWN_LEAVE_REQUEST', '`leaveRequestId` is not the ID of a leave request.');
    return this.db.transaction(async (tx) => {
      const repo = new LeaveRepository(tx);
      const before = await repo.lock(id);
      const [helper] = before ? await repo.helper(before.helperId) : [];
      if (!before || !helper || !mayPlan(viewer, helper.sectorId ?? '')) throw violation('leaveRequestId', 'UNKNOWN_LEAVE_REQUEST', 'No leave request you decide has this ID.');
      if (before.status !== 'REQUESTED') throw violation('leaveRequestId', 'ALREADY_DECIDED', `This request is already ${before.status}.`);
      let absenceId: string | null = null;
      if (input.approve) {
        const org = new OrgRepository(tx);
        const clash = await org.absencesOverlapping({ staffIds: [before.helperId], from: before.startsAt, to: before.endsAt });
        if (clash.length) throw violation('leaveRequestId', 'ABSENCE_OVERLAP', `The helper already has an absence (${clash[0].kind}) in this span.`);
        const absence = await org.insertAbsence({ staffId: before.helperId, kind: before.kind, startsAt: before.startsAt, endsAt: before.endsAt, note: before.note, recordedById: viewer.staffId, recordedAt: now }).catch((err: unknown) => {
          // Another absence committed since the check above: the database refuses the overlap; name this input's field.
          if (constraintRuleError(err)?.code === 'ABSENCE_OVERLAP') throw violation('leaveRequestId', 'ABSENCE_OVERLAP', 'The helper already has an absence in this span.');
          throw err;
        });
        absenceId = absence.id;
      }
      const after = await repo.update(id, { status: input.approve ? 'APPROVED' : 'REJECTED', decidedById: viewer.staffId, decidedAt: now, decisionNote: input.note?.trim() || null, absenceId });
      const events: DomainEvent[] = [{ type: input.approve ? 'LEAVE_APPROVED' : 'LEAVE_REJECTED', topic: 'schedule', subjectId: id, actorId: viewer.staffId, payload: { leaveRequestId: id, sectorId: helper.sectorId, helperIds: [before.helperId] } }];
      if (absenceId) events.push({ type: 'ABSENCE_RECORDED', topic: 'absence', subjectId: absenceId, actorId: viewer.staffId, payload: { absenceId } });
      // An approved leave is an absence: the visits it falls on become conflicts (published in the same batch).
      await reconcileConflicts(tx, absenceId ? scopesOfAbsence({ staffId: before.helperId, startsAt: before.startsAt, endsAt: before.endsAt }) : [], { now, actorId: viewer.staffId, settings: this.settings, events });
      return toLeave(after);
    });
  }

  /** R12: each helper's balance at the end of a month, for a sector (a helper: their own only). */
  async balances(sectorGid: string, month: string, viewer: StaffViewer, first?: number | null, after?: string | null): Promise<Page<LeaveBalance>> {
    const sectorId = fromGlobalId(sectorGid, 'Sector')?.id;
    if (!sectorId) throw new GraphQLError('`sectorId` is not the ID of a sector.', { extensions: { code: 'BAD_USER_INPUT', field: 'sectorId' } });
    const days = monthDays(month);
    if (!days) throw new GraphQLError('`month` must be YYYY-MM.', { extensions: { code: 'BAD_USER_INPUT', field: 'month' } });
    const repo = new LeaveRepository(this.db);
    let helpers = await repo.helpersOfSector(sectorId);
    if (isHelper(viewer.role)) helpers = helpers.filter((h) => h.id === viewer.staffId);
    else if (!mayPlan(viewer, sectorId)) throw new GraphQLError('R12: balances go to the social worker of the sector and direction.', { extensions: { code: 'FORBIDDEN' } });
    const ids = helpers.map((h) => h.id);
    const yearStart = dayBounds(`${month.slice(0, 4)}-01-01`).from;
    const monthEnd = dayBounds(days.next).from;
    const [leave, work] = await Promise.all([
      repo.ofHelpers(ids, yearStart, monthEnd),
      new ScheduleRepository(this.db).plannedOfHelpers(ids, yearStart, new Date(monthEnd.getTime() + 7 * 86_400_000)),
    ]);
    const out: LeaveBalance[] = [];
    for (const h of helpers) {
      const mine = leave.filter((l) => l.helperId === h.id);
      const approved = mine.filter((l) => l.status === 'APPROVED').map((l) => ({ kind: l.kind, startsAt: l.startsAt, hours: Number(l.hours) }));
      const b = monthlyBalance(month, Number(h.fte), approved, work.filter((w) => w.helperId === h.id));
      out.push({ helperDbId: h.id, month, ...b, pendingRequests: await repo.countPending(h.id) });
    }
    return offsetPage(out, first, after);
  }

  byIds(ids: readonly string[]) {
    return new LeaveRepository(this.db).byIds(ids);
  }
}
