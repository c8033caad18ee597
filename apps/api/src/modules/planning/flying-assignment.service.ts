// R11 use cases: direction approves a replacement plan of the flying social worker for a sick
// social worker (or an onboarding); while it runs, their planned items are suspended, and R14
// sends calls for the sick worker's sector to the flying worker.
import type { RequestReads } from '../../db/request-reads.js';
import type { UnitOfWork } from '../../db/unit-of-work.js';
import { violation } from '../../shared/outcome.js';
import type { StaffViewer } from '../auth/index.js';
import { ASSIGNMENT_MESSAGES, assignmentError, assignmentSpan } from './flying-assignment.rules.js';
import type { FlyingAssignmentCreateInput } from './flying-assignment.input.js';
import { toAssignment } from './flying-assignment.types.js';
import type { PlanningRepositories } from './planning.repositories.js';

/** A replacement plan with database ids (decoded by the resolver). */
export type FlyingAssignmentDraft = Omit<FlyingAssignmentCreateInput, 'socialWorkerId' | 'flyingWorkerId'> & { socialWorkerId: string; flyingWorkerId: string | null };

export class FlyingAssignmentService {
  constructor(private readonly uow: UnitOfWork<Pick<PlanningRepositories, 'planning' | 'org' | 'outbox'>>) {}

  async create(input: FlyingAssignmentDraft, viewer: StaffViewer, now: Date) {
    const { socialWorkerId } = input;
    const flyingId = input.flyingWorkerId;
    const span = assignmentSpan(input.fromDate, input.toDate);
    return this.uow.run(async ({ org, planning: repo, outbox }) => {
      const flyingAll = (await org.staffByRoles(['FLYING_SOCIAL_WORKER'])).filter((f) => !flyingId || f.id === flyingId);
      const [flying] = flyingId ? await org.staffByIds([flyingId]) : flyingAll.length === 1 ? flyingAll : [];
      if (!flying) throw violation('flyingWorkerId', 'FLYING_WORKER_REQUIRED', 'Name the flying social worker: there is not exactly one.');
      const [replaced] = await org.staffByIds([socialWorkerId]);
      if (!replaced) throw violation('socialWorkerId', 'UNKNOWN_PERSON', 'No staff member has this ID.');
      // One at a time: serialise plans of this flying worker so two overlapping ones cannot both pass.
      await repo.lock(`assignments:${flying.id}`);
      const others = span ? (await repo.assignmentsOf([flying.id], span.startsAt, span.endsAt)).map((a) => ({ startsAt: a.startsAt, endsAt: a.endedEarlyAt ?? a.endsAt })) : [];
      const tasks = input.tasks.map((t) => t.trim()).filter(Boolean);
      const error = assignmentError({ span, flyingRole: flying.role, replaced: { role: replaced.role, sectorId: replaced.sectorId }, tasks, others });
      if (error || !span || !replaced.sectorId) {
        const code = error ?? 'INVALID_DATES';
        const field = { R11_TOO_SHORT: 'toDate', R11_TOO_LONG: 'toDate', R11_ONE_AT_A_TIME: 'fromDate', R11_NOT_A_SOCIAL_WORKER: 'socialWorkerId', R11_NOT_THE_FLYING_WORKER: 'flyingWorkerId', R11_TASKS_REQUIRED: 'tasks', INVALID_DATES: 'fromDate' }[code];
        throw violation(field, code, ASSIGNMENT_MESSAGES[code]);
      }
      const row = await repo.insertAssignment({ kind: input.kind, flyingWorkerId: flying.id, socialWorkerId: replaced.id, sectorId: replaced.sectorId, ...span, tasks, approvedById: viewer.staffId, approvedAt: now });
      await outbox.publish({ type: 'FLYING_ASSIGNMENT_APPROVED', topic: 'planning', subjectId: row.id, actorId: viewer.staffId, payload: { assignmentId: row.id } });
      return toAssignment(row);
    });
  }

  /** The sick worker is back early: the replacement ends now and suspended items come back. */
  async end(id: string, viewer: StaffViewer, now: Date) {
    return this.uow.run(async ({ planning: repo, outbox }) => {
      const before = await repo.lockAssignment(id);
      if (!before) throw violation('assignmentId', 'UNKNOWN_ASSIGNMENT', 'No replacement plan has this ID.');
      if (before.endedEarlyAt || before.endsAt <= now) throw violation('assignmentId', 'ASSIGNMENT_OVER', 'This replacement is already over.');
      const row = await repo.updateAssignment(id, { endedEarlyAt: now < before.startsAt ? before.startsAt : now });
      await outbox.publish({ type: 'FLYING_ASSIGNMENT_ENDED', topic: 'planning', subjectId: row.id, actorId: viewer.staffId, payload: { assignmentId: row.id } });
      return toAssignment(row);
    });
  }

  /** `reads`: a query request's shared reads (db/request-reads.ts). */
  async list(from: Date, to: Date, reads?: RequestReads) {
    const flying = await this.uow.read.org.staffByRoles(['FLYING_SOCIAL_WORKER'], reads);
    return (await this.uow.read.planning.assignmentsOf(flying.map((f) => f.id), from, to, reads)).map(toAssignment);
  }

  async byIds(ids: readonly string[]) {
    return (await this.uow.read.planning.assignmentsByIds(ids)).map(toAssignment);
  }

  async byDbId(id: string) {
    const [row] = await this.uow.read.planning.assignmentsByIds([id]);
    return row ? toAssignment(row) : null;
  }

  /** R14: the flying workers replacing these sectors' sick social workers at any of these instants (and any running between them). */
  replacingInSectors(sectorIds: readonly string[], instants: readonly Date[]) {
    if (!instants.length) return Promise.resolve([]);
    const times = instants.map((at) => at.getTime());
    return this.uow.read.planning.replacementsInSectors(sectorIds, new Date(Math.min(...times)), new Date(Math.max(...times)));
  }

  /** R14's feed timer: the spans of the sickness replacements overlapping [from, to), to plan on their start and end. */
  replacementsOverlapping(from: Date, to: Date) {
    return this.uow.read.planning.replacementsOverlapping(from, to);
  }
}
