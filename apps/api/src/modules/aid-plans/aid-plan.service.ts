// Aid-plan use cases: versions DRAFT → PROPOSED → AGREED (an agreed version is never edited; a
// change starts a new draft copied from it), action tracking, and R1 yearly evaluations.
import type { PlanAction } from '../../db/schema/cases.js';
import type { UnitOfWork } from '../../db/unit-of-work.js';
import type { Outbox } from '../../events/outbox.js';
import { violation } from '../../shared/outcome.js';
import type { Viewer, StaffViewer } from '../auth/index.js';
import { caseAccess, mayRead, type AuditTrail, type CaseFiles } from '../cases/index.js';
import type { AidPlanRepository, AidPlanRow } from './aid-plan.repository.js';
import { evaluationDateError, isEditable, latestNextEvaluation, nextEvaluationError, type AidPlanStatus } from './aid-plan.rules.js';
import type { AidPlanActionInput, AidPlanActionStatusInput, AidPlanAgreeInput, AidPlanDraftInput, AidPlanEvaluateInput, AidPlanProposeInput, AidPlanUpdateInput } from './aid-plan.input.js';
import { toAidPlan, type AidPlanVersion } from './aid-plan.types.js';
import { localDay } from '../../time/service-time.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function planSnapshot(row: AidPlanRow): Record<string, unknown> {
  return {
    status: row.status,
    actions: row.actions,
    familyHelperHours: row.familyHelperHours,
    homeHelperHours: row.homeHelperHours,
    agreedBy: row.agreedByName,
    agreedHow: row.agreedHow,
    nextEvaluationOn: row.nextEvaluationOn,
  };
}

function actionsFrom(input: AidPlanActionInput[]): PlanAction[] {
  return input.map((a, i) => {
    if (!a.objective.trim() || !a.description.trim() || !a.owner.trim()) throw violation('actions', 'ACTION_INCOMPLETE', `Action ${i + 1} needs an objective, a description and an owner.`);
    if (a.dueDate && !DAY.test(a.dueDate)) throw violation('actions', 'INVALID_DATE', `Action ${i + 1}: the due date is YYYY-MM-DD.`);
    return {
      domain: a.domain,
      objective: a.objective.trim(),
      kind: a.kind,
      description: a.description.trim(),
      owner: a.owner.trim(),
      dueDate: a.dueDate ?? null,
      status: a.status,
      evaluationCriterion: a.evaluationCriterion?.trim() || null,
    };
  });
}

// Weeks ahead checked for uncovered plan hours when a plan is agreed; later weeks by the recheck.
const PLAN_WEEKS_CHECKED = 8;

/** The schedules module's check of a case's coming weeks against its agreed hours, in the caller's transaction (wired in composition/). */
export interface PlanHoursCheck {
  recheckCase(caseFileId: string, fromDay: string, weeks: number, opts: { now: Date; actorId: string }): Promise<unknown>;
}

/** The repositories and ports an aid-plan use case runs with, bound to its transaction. */
export type AidPlanRepositories = {
  cases: CaseFiles;
  plans: AidPlanRepository;
  audit: Pick<AuditTrail, 'recordChange' | 'staleWrite'>;
  outbox: Pick<Outbox, 'publish'>;
  schedules: PlanHoursCheck;
};

/** Ids are database ids (global IDs are decoded by the resolvers). */
export class AidPlanService {
  constructor(private readonly uow: UnitOfWork<AidPlanRepositories>) {}

  /** A version the viewer may change (through its case file), locked, at the revision they read. */
  private async writable(r: AidPlanRepositories, id: string, viewer: StaffViewer, expectedRevision: number | null): Promise<AidPlanRow> {
    const row = await r.plans.lockVersion(id);
    if (!row) throw violation('aidPlanId', 'UNKNOWN_AID_PLAN', 'No aid plan you may change has this ID.');
    await r.cases.writable(row.caseFileId, viewer, null).catch(() => {
      throw violation('aidPlanId', 'UNKNOWN_AID_PLAN', 'No aid plan you may change has this ID.');
    });
    if (expectedRevision !== null && row.revision !== expectedRevision) throw await r.audit.staleWrite('AidPlanVersion', row.id, expectedRevision, row.revision, 'expectedRevision');
    return row;
  }

  private async save({ audit, outbox }: AidPlanRepositories, before: AidPlanRow | null, after: AidPlanRow, viewer: StaffViewer, now: Date, type: string) {
    await audit.recordChange({
      actorId: viewer.staffId,
      entity: 'AidPlanVersion',
      entityId: after.id,
      caseFileId: after.caseFileId,
      entityVersion: after.revision,
      before: before && planSnapshot(before),
      after: planSnapshot(after),
      at: now,
    });
    await outbox.publish({ type, topic: 'case', subjectId: after.caseFileId, actorId: viewer.staffId, payload: { caseFileId: after.caseFileId, aidPlanId: after.id } });
  }

  private async view(row: AidPlanRow, now: Date) {
    const { plans } = this.uow.read;
    const [statuses, evaluations] = await Promise.all([plans.actionStatusesOfVersions([row.id]), plans.evaluationsOfVersions([row.id])]);
    const from = row.copiedFromId ? (await plans.versionsByIds([row.copiedFromId]))[0] : null;
    return toAidPlan(row, statuses, evaluations, localDay(now), from?.number ?? null);
  }

  async draft(input: AidPlanDraftInput, viewer: StaffViewer, now: Date) {
    const row = await this.uow.run(async (r) => {
      // The case row lock serialises drafts of one case.
      const c = await r.cases.writable(input.caseFileId, viewer, null);
      const repo = r.plans;
      const latest = await repo.latestOfCase(c.id);
      if (latest && latest.status !== 'AGREED') {
        throw violation('caseFileId', 'OPEN_DRAFT_EXISTS', `Version ${latest.number} is still ${latest.status}: change it rather than starting another.`);
      }
      const statuses = latest ? await repo.actionStatusesOfVersions([latest.id]) : [];
      const tracked = new Map(statuses.map((s) => [s.actionIndex, s.status]));
      const draft = await repo.insertVersion({
        caseFileId: c.id,
        number: (latest?.number ?? 0) + 1,
        status: 'DRAFT',
        copiedFromId: latest?.id ?? null,
        // A new version starts from the agreed one as it stands, with the statuses tracked since.
        actions: (latest?.actions ?? []).map((a, i) => ({ ...a, status: tracked.get(i) ?? a.status })),
        familyHelperHours: latest?.familyHelperHours ?? '0',
        homeHelperHours: latest?.homeHelperHours ?? '0',
        createdById: viewer.staffId,
        createdAt: now,
        updatedAt: now,
      });
      await this.save(r, null, draft, viewer, now, 'AID_PLAN_DRAFTED');
      return draft;
    });
    return this.view(row, now);
  }

  async update(input: AidPlanUpdateInput, viewer: StaffViewer, now: Date) {
    const row = await this.uow.run(async (r) => {
      const before = await this.writable(r, input.aidPlanId, viewer, input.expectedRevision);
      if (!isEditable(before.status as AidPlanStatus)) {
        throw violation('aidPlanId', before.status === 'AGREED' ? 'AID_PLAN_AGREED' : 'AID_PLAN_PROPOSED', `Version ${before.number} is ${before.status} and is not edited: start a new draft (aidPlanDraft).`);
      }
      for (const [k, v] of [['familyHelperHours', input.familyHelperHours], ['homeHelperHours', input.homeHelperHours]] as const) {
        if (v !== null && v !== undefined && (v < 0 || v > 80)) throw violation(k, 'INVALID_HOURS', 'Weekly hours are between 0 and 80.');
      }
      const after = await r.plans.updateVersion(before.id, {
        actions: input.actions ? actionsFrom(input.actions) : before.actions,
        familyHelperHours: input.familyHelperHours !== null && input.familyHelperHours !== undefined ? input.familyHelperHours.toFixed(2) : before.familyHelperHours,
        homeHelperHours: input.homeHelperHours !== null && input.homeHelperHours !== undefined ? input.homeHelperHours.toFixed(2) : before.homeHelperHours,
        revision: before.revision + 1,
        updatedAt: now,
      });
      await this.save(r, before, after, viewer, now, 'AID_PLAN_CHANGED');
      return after;
    });
    return this.view(row, now);
  }

  async propose(input: AidPlanProposeInput, viewer: StaffViewer, now: Date) {
    const row = await this.uow.run(async (r) => {
      const before = await this.writable(r, input.aidPlanId, viewer, input.expectedRevision);
      if (before.status !== 'DRAFT') throw violation('aidPlanId', 'ILLEGAL_TRANSITION', `An aid plan goes from DRAFT to PROPOSED, not from ${before.status}.`);
      if (!before.actions.length) throw violation('aidPlanId', 'AID_PLAN_EMPTY', 'Write at least one action before proposing the plan.');
      const after = await r.plans.updateVersion(before.id, { status: 'PROPOSED', revision: before.revision + 1, updatedAt: now });
      await this.save(r, before, after, viewer, now, 'AID_PLAN_PROPOSED');
      return after;
    });
    return this.view(row, now);
  }

  async agree(input: AidPlanAgreeInput, viewer: StaffViewer, now: Date) {
    const today = localDay(now);
    const next = input.nextEvaluationOn ?? latestNextEvaluation(today);
    if (!DAY.test(next)) throw violation('nextEvaluationOn', 'INVALID_DATE', '`nextEvaluationOn` is YYYY-MM-DD.');
    const r1 = nextEvaluationError(today, next, today);
    if (r1) throw violation('nextEvaluationOn', r1.code, r1.message);
    if (!input.agreedBy.trim() || !input.agreedHow.trim()) throw violation('agreedBy', 'REQUIRED', 'Say who agreed for the beneficiary and how.');
    const row = await this.uow.run(async (r) => {
      const before = await this.writable(r, input.aidPlanId, viewer, input.expectedRevision);
      if (before.status !== 'PROPOSED') throw violation('aidPlanId', 'ILLEGAL_TRANSITION', `An aid plan is agreed once PROPOSED, not from ${before.status}.`);
      const after = await r.plans.updateVersion(before.id, {
        status: 'AGREED',
        agreedByName: input.agreedBy.trim(),
        agreedHow: input.agreedHow.trim(),
        agreedAt: now,
        recordedAgreementById: viewer.staffId,
        lastEvaluatedOn: today,
        nextEvaluationOn: next,
        revision: before.revision + 1,
        updatedAt: now,
      });
      // The weekly hours it asks for are checked against the coming weeks' schedules (before the
      // outbox lock of save(): conflict rows are always locked first).
      await r.schedules.recheckCase(after.caseFileId, today, PLAN_WEEKS_CHECKED, { now, actorId: viewer.staffId });
      await this.save(r, before, after, viewer, now, 'AID_PLAN_AGREED');
      return after;
    });
    return this.view(row, now);
  }

  async setActionStatus(input: AidPlanActionStatusInput, viewer: StaffViewer, now: Date) {
    const row = await this.uow.run(async (r) => {
      const plan = await this.writable(r, input.aidPlanId, viewer, null);
      if (plan.status !== 'AGREED') throw violation('aidPlanId', 'AID_PLAN_NOT_AGREED', 'Track actions of an agreed plan; in a draft, change the action itself.');
      if (!plan.actions[input.actionIndex]) throw violation('actionIndex', 'UNKNOWN_ACTION', `Version ${plan.number} has no action ${input.actionIndex}.`);
      await r.plans.insertActionStatus({ versionId: plan.id, actionIndex: input.actionIndex, status: input.status, byId: viewer.staffId, at: now });
      await r.outbox.publish({ type: 'AID_PLAN_ACTION_TRACKED', topic: 'case', subjectId: plan.caseFileId, actorId: viewer.staffId, payload: { caseFileId: plan.caseFileId, aidPlanId: plan.id } });
      return plan;
    });
    return this.view(row, now);
  }

  async evaluate(input: AidPlanEvaluateInput, viewer: StaffViewer, now: Date) {
    if (!DAY.test(input.evaluatedOn)) throw violation('evaluatedOn', 'INVALID_DATE', '`evaluatedOn` is YYYY-MM-DD.');
    const future = evaluationDateError(input.evaluatedOn, null, localDay(now));
    if (future) throw violation('evaluatedOn', future.code, future.message);
    const next = input.nextEvaluationOn ?? latestNextEvaluation(input.evaluatedOn);
    if (!DAY.test(next)) throw violation('nextEvaluationOn', 'INVALID_DATE', '`nextEvaluationOn` is YYYY-MM-DD.');
    const row = await this.uow.run(async (r) => {
      const plan = await this.writable(r, input.aidPlanId, viewer, null);
      if (plan.status !== 'AGREED') throw violation('aidPlanId', 'AID_PLAN_NOT_AGREED', 'Only an agreed plan is evaluated.');
      const dated = evaluationDateError(input.evaluatedOn, plan.agreedAt && localDay(plan.agreedAt), localDay(now));
      if (dated) throw violation('evaluatedOn', dated.code, dated.message);
      // After the evaluation's own date is known to be right: a next date in the past is the one at fault.
      const r1 = nextEvaluationError(input.evaluatedOn, next, localDay(now));
      if (r1) throw violation('nextEvaluationOn', r1.code, r1.message);
      // The plan is locked: the same evaluation sent twice (or twenty times at once) is recorded once.
      const recorded = await r.plans.evaluationsOfVersions([plan.id]);
      if (recorded.some((e) => e.evaluatedOn === input.evaluatedOn)) throw violation('evaluatedOn', 'ALREADY_EVALUATED', 'This plan already has an evaluation on that day.');
      await r.plans.insertEvaluation({ versionId: plan.id, evaluatedOn: input.evaluatedOn, nextEvaluationOn: next, notes: input.notes?.trim() || null, byId: viewer.staffId, at: now });
      await r.outbox.publish({ type: 'AID_PLAN_EVALUATED', topic: 'case', subjectId: plan.caseFileId, actorId: viewer.staffId, payload: { caseFileId: plan.caseFileId, aidPlanId: plan.id } });
      return plan;
    });
    return this.view(row, now);
  }

  /** Versions of case files, already reached through an R5-projected CaseFile. */
  async versionsOfCases(caseIds: readonly string[], now: Date) {
    const { plans } = this.uow.read;
    const rows = await plans.versionsOfCases(caseIds);
    const ids = rows.map((r) => r.id);
    const [statuses, evaluations] = await Promise.all([plans.actionStatusesOfVersions(ids), plans.evaluationsOfVersions(ids)]);
    const numberOf = new Map(rows.map((r) => [r.id, r.number]));
    return rows.map((r) =>
      toAidPlan(
        r,
        statuses.filter((s) => s.versionId === r.id),
        evaluations.filter((e) => e.versionId === r.id),
        localDay(now),
        r.copiedFromId ? (numberOf.get(r.copiedFromId) ?? null) : null,
      ),
    );
  }

  /** node(id): the version only when its case file lets the viewer read the plan (R5). */
  async byId(id: string, viewer: Viewer | null, now: Date) {
    const { plans, cases } = this.uow.read;
    const [row] = await plans.versionsByIds([id]);
    if (!row) return null;
    const [c] = await cases.byIds([row.caseFileId]);
    if (!c || !mayRead(caseAccess(await cases.viewerOf(viewer), c), 'aidPlan')) return null;
    return (await this.versionsOfCases([row.caseFileId], now)).find((v) => v.dbId === row.id) ?? null;
  }
}
