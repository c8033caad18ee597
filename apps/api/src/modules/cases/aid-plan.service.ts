// Aid-plan use cases: versions DRAFT → PROPOSED → AGREED (an agreed version is never edited; a
// change starts a new draft copied from it), action tracking, and R1 yearly evaluations.
import type { Database, Tx } from '../../db/client.js';
import { publish } from '../../events/outbox.js';
import { caseWeeksFrom, reconcileConflicts } from '../schedules/conflict.engine.js';
import { DEFAULT_SETTINGS } from '../schedules/conflict.rules.js';
import { fromGlobalId, toGlobalId } from '../../shared/global-id.js';
import { violation } from '../../shared/outcome.js';
import type { Viewer, StaffViewer } from '../auth/viewer.js';
import type { PlanAction } from '../../db/schema/cases.js';
import { AidPlanRepository, type ActionStatusRow, type AidPlanRow, type EvaluationRow } from './aid-plan.repository.js';
import { evaluationDateError, isEditable, isEvaluationOverdue, latestNextEvaluation, nextEvaluationError, progress, type ActionStatus, type AidPlanStatus } from './aid-plan.rules.js';
import type { AidPlanActionInput, AidPlanActionStatusInput, AidPlanAgreeInput, AidPlanDraftInput, AidPlanEvaluateInput, AidPlanProposeInput, AidPlanUpdateInput } from './aid-plan.input.js';
import { AidPlanVersion } from './aid-plan.types.js';
import { AuditRepository } from './audit.repository.js';
import { staleWrite } from './audit.service.js';
import { caseAccess, mayRead } from './case.access.js';
import { CaseRepository } from './case.repository.js';
import type { CaseService } from './case.service.js';
import { localDay } from '../../time/service-time.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function toAidPlan(row: AidPlanRow, statuses: ActionStatusRow[], evaluations: EvaluationRow[], today: string, copiedFromNumber: number | null = null): AidPlanVersion {
  const latest = new Map<number, ActionStatus>();
  for (const s of statuses) latest.set(s.actionIndex, s.status as ActionStatus);
  const actions = row.actions.map((a, index) => ({ ...a, index, dueDate: a.dueDate ?? null, evaluationCriterion: a.evaluationCriterion ?? null, status: latest.get(index) ?? (a.status as ActionStatus) }));
  const lastEval = evaluations.at(-1);
  const nextEvaluationOn = lastEval?.nextEvaluationOn ?? row.nextEvaluationOn;
  return Object.assign(new AidPlanVersion(), {
    id: toGlobalId('AidPlanVersion', row.id),
    dbId: row.id,
    caseDbId: row.caseFileId,
    number: row.number,
    status: row.status as AidPlanStatus,
    copiedFromNumber,
    actions,
    familyHelperHours: Number(row.familyHelperHours),
    homeHelperHours: Number(row.homeHelperHours),
    progress: progress(actions.map((a) => a.status)),
    agreedBy: row.agreedByName,
    agreedHow: row.agreedHow,
    agreedAt: row.agreedAt,
    lastEvaluatedOn: lastEval?.evaluatedOn ?? row.lastEvaluatedOn,
    nextEvaluationOn,
    evaluationOverdue: row.status === 'AGREED' && isEvaluationOverdue(nextEvaluationOn, today),
    evaluations: evaluations.map((e) => ({ evaluatedOn: e.evaluatedOn, nextEvaluationOn: e.nextEvaluationOn, notes: e.notes, at: e.at })),
    revision: row.revision,
    createdAt: row.createdAt,
  });
}

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

export class AidPlanService {
  private readonly repo: AidPlanRepository;

  constructor(
    private readonly db: Database,
    private readonly cases: CaseService,
  ) {
    this.repo = new AidPlanRepository(db);
  }

  /** A version the viewer may change (through its case file), locked, at the revision they read. */
  private async writable(tx: Tx, globalId: string, viewer: StaffViewer, expectedRevision: number | null): Promise<AidPlanRow> {
    const id = fromGlobalId(globalId, 'AidPlanVersion')?.id;
    const row = id ? await new AidPlanRepository(tx).lockVersion(id) : null;
    if (!row) throw violation('aidPlanId', 'UNKNOWN_AID_PLAN', 'No aid plan you may change has this ID.');
    await this.cases.writable(tx, toGlobalId('CaseFile', row.caseFileId), viewer, null).catch(() => {
      throw violation('aidPlanId', 'UNKNOWN_AID_PLAN', 'No aid plan you may change has this ID.');
    });
    if (expectedRevision !== null && row.revision !== expectedRevision) throw await staleWrite(tx, 'AidPlanVersion', row.id, expectedRevision, row.revision, 'expectedRevision');
    return row;
  }

  private async save(tx: Tx, before: AidPlanRow | null, after: AidPlanRow, viewer: StaffViewer, now: Date, type: string) {
    await new AuditRepository(tx).recordChange({
      actorId: viewer.staffId,
      entity: 'AidPlanVersion',
      entityId: after.id,
      caseFileId: after.caseFileId,
      entityVersion: after.revision,
      before: before && planSnapshot(before),
      after: planSnapshot(after),
      at: now,
    });
    await publish(tx, { type, topic: 'case', subjectId: after.caseFileId, actorId: viewer.staffId, payload: { caseFileId: after.caseFileId, aidPlanId: after.id } });
  }

  private async view(row: AidPlanRow, now: Date) {
    const [statuses, evaluations] = await Promise.all([this.repo.actionStatusesOfVersions([row.id]), this.repo.evaluationsOfVersions([row.id])]);
    const from = row.copiedFromId ? (await this.repo.versionsByIds([row.copiedFromId]))[0] : null;
    return toAidPlan(row, statuses, evaluations, localDay(now), from?.number ?? null);
  }

  async draft(input: AidPlanDraftInput, viewer: StaffViewer, now: Date) {
    const row = await this.db.transaction(async (tx) => {
      // The case row lock serialises drafts of one case.
      const c = await this.cases.writable(tx, input.caseFileId, viewer, null);
      const repo = new AidPlanRepository(tx);
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
      await this.save(tx, null, draft, viewer, now, 'AID_PLAN_DRAFTED');
      return draft;
    });
    return this.view(row, now);
  }

  async update(input: AidPlanUpdateInput, viewer: StaffViewer, now: Date) {
    const row = await this.db.transaction(async (tx) => {
      const before = await this.writable(tx, input.aidPlanId, viewer, input.expectedRevision);
      if (!isEditable(before.status as AidPlanStatus)) {
        throw violation('aidPlanId', before.status === 'AGREED' ? 'AID_PLAN_AGREED' : 'AID_PLAN_PROPOSED', `Version ${before.number} is ${before.status} and is not edited: start a new draft (aidPlanDraft).`);
      }
      for (const [k, v] of [['familyHelperHours', input.familyHelperHours], ['homeHelperHours', input.homeHelperHours]] as const) {
        if (v !== null && v !== undefined && (v < 0 || v > 80)) throw violation(k, 'INVALID_HOURS', 'Weekly hours are between 0 and 80.');
      }
      const after = await new AidPlanRepository(tx).updateVersion(before.id, {
        actions: input.actions ? actionsFrom(input.actions) : before.actions,
        familyHelperHours: input.familyHelperHours !== null && input.familyHelperHours !== undefined ? input.familyHelperHours.toFixed(2) : before.familyHelperHours,
        homeHelperHours: input.homeHelperHours !== null && input.homeHelperHours !== undefined ? input.homeHelperHours.toFixed(2) : before.homeHelperHours,
        revision: before.revision + 1,
        updatedAt: now,
      });
      await this.save(tx, before, after, viewer, now, 'AID_PLAN_CHANGED');
      return after;
    });
    return this.view(row, now);
  }

  async propose(input: AidPlanProposeInput, viewer: StaffViewer, now: Date) {
    const row = await this.db.transaction(async (tx) => {
      const before = await this.writable(tx, input.aidPlanId, viewer, input.expectedRevision);
      if (before.status !== 'DRAFT') throw violation('aidPlanId', 'ILLEGAL_TRANSITION', `An aid plan goes from DRAFT to PROPOSED, not from ${before.status}.`);
      if (!before.actions.length) throw violation('aidPlanId', 'AID_PLAN_EMPTY', 'Write at least one action before proposing the plan.');
      const after = await new AidPlanRepository(tx).updateVersion(before.id, { status: 'PROPOSED', revision: before.revision + 1, updatedAt: now });
      await this.save(tx, before, after, viewer, now, 'AID_PLAN_PROPOSED');
      return after;
    });
    return this.view(row, now);
  }

  async agree(input: AidPlanAgreeInput, viewer: StaffViewer, now: Date) {
    const today = localDay(now);
    const next = input.nextEvaluationOn ?? latestNextEvaluation(today);
    if (!DAY.test(next)) throw violation('nextEvaluationOn', 'INVALID_DATE', '`nextEvaluationOn` is YYYY-MM-DD.');
    const r1 = nextEvaluationError(today, next);
    if (r1) throw violation('nextEvaluationOn', 'EVALUATION_TOO_LATE', r1);
    if (!input.agreedBy.trim() || !input.agreedHow.trim()) throw violation('agreedBy', 'REQUIRED', 'Say who agreed for the beneficiary and how.');
    const row = await this.db.transaction(async (tx) => {
      const before = await this.writable(tx, input.aidPlanId, viewer, input.expectedRevision);
      if (before.status !== 'PROPOSED') throw violation('aidPlanId', 'ILLEGAL_TRANSITION', `An aid plan is agreed once PROPOSED, not from ${before.status}.`);
      const after = await new AidPlanRepository(tx).updateVersion(before.id, {
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
      await reconcileConflicts(tx, caseWeeksFrom(after.caseFileId, today, PLAN_WEEKS_CHECKED), { now, actorId: viewer.staffId, settings: DEFAULT_SETTINGS });
      await this.save(tx, before, after, viewer, now, 'AID_PLAN_AGREED');
      return after;
    });
    return this.view(row, now);
  }

  async setActionStatus(input: AidPlanActionStatusInput, viewer: StaffViewer, now: Date) {
    const row = await this.db.transaction(async (tx) => {
      const plan = await this.writable(tx, input.aidPlanId, viewer, null);
      if (plan.status !== 'AGREED') throw violation('aidPlanId', 'AID_PLAN_NOT_AGREED', 'Track actions of an agreed plan; in a draft, change the action itself.');
      if (!plan.actions[input.actionIndex]) throw violation('actionIndex', 'UNKNOWN_ACTION', `Version ${plan.number} has no action ${input.actionIndex}.`);
      await new AidPlanRepository(tx).insertActionStatus({ versionId: plan.id, actionIndex: input.actionIndex, status: input.status, byId: viewer.staffId, at: now });
      await publish(tx, { type: 'AID_PLAN_ACTION_TRACKED', topic: 'case', subjectId: plan.caseFileId, actorId: viewer.staffId, payload: { caseFileId: plan.caseFileId, aidPlanId: plan.id } });
      return plan;
    });
    return this.view(row, now);
  }

  async evaluate(input: AidPlanEvaluateInput, viewer: StaffViewer, now: Date) {
    if (!DAY.test(input.evaluatedOn)) throw violation('evaluatedOn', 'INVALID_DATE', '`evaluatedOn` is YYYY-MM-DD.');
    const future = evaluationDateError(input.evaluatedOn, null, localDay(now));
    if (future) throw violation('evaluatedOn', future.code, future.message);
    const next = input.nextEvaluationOn ?? latestNextEvaluation(input.evaluatedOn);
    const r1 = DAY.test(next) ? nextEvaluationError(input.evaluatedOn, next) : '`nextEvaluationOn` is YYYY-MM-DD.';
    if (r1) throw violation('nextEvaluationOn', 'EVALUATION_TOO_LATE', r1);
    const row = await this.db.transaction(async (tx) => {
      const plan = await this.writable(tx, input.aidPlanId, viewer, null);
      if (plan.status !== 'AGREED') throw violation('aidPlanId', 'AID_PLAN_NOT_AGREED', 'Only an agreed plan is evaluated.');
      const dated = evaluationDateError(input.evaluatedOn, plan.agreedAt && localDay(plan.agreedAt), localDay(now));
      if (dated) throw violation('evaluatedOn', dated.code, dated.message);
      // The plan is locked: the same evaluation sent twice (or twenty times at once) is recorded once.
      const recorded = await new AidPlanRepository(tx).evaluationsOfVersions([plan.id]);
      if (recorded.some((e) => e.evaluatedOn === input.evaluatedOn)) throw violation('evaluatedOn', 'ALREADY_EVALUATED', 'This plan already has an evaluation on that day.');
      await new AidPlanRepository(tx).insertEvaluation({ versionId: plan.id, evaluatedOn: input.evaluatedOn, nextEvaluationOn: next, notes: input.notes?.trim() || null, byId: viewer.staffId, at: now });
      await publish(tx, { type: 'AID_PLAN_EVALUATED', topic: 'case', subjectId: plan.caseFileId, actorId: viewer.staffId, payload: { caseFileId: plan.caseFileId, aidPlanId: plan.id } });
      return plan;
    });
    return this.view(row, now);
  }

  /** Versions of case files, already reached through an R5-projected CaseFile. */
  async versionsOfCases(caseIds: readonly string[], now: Date) {
    const rows = await this.repo.versionsOfCases(caseIds);
    const ids = rows.map((r) => r.id);
    const [statuses, evaluations] = await Promise.all([this.repo.actionStatusesOfVersions(ids), this.repo.evaluationsOfVersions(ids)]);
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
  async byGlobalId(globalId: string, viewer: Viewer | null, now: Date) {
    const id = fromGlobalId(globalId, 'AidPlanVersion')?.id;
    const [row] = id ? await this.repo.versionsByIds([id]) : [];
    if (!row) return null;
    const [c] = await new CaseRepository(this.db).casesByIds([row.caseFileId]);
    if (!c || !mayRead(caseAccess(await this.cases.caseViewer(viewer), c), 'aidPlan')) return null;
    return (await this.versionsOfCases([row.caseFileId], now)).find((v) => v.dbId === row.id) ?? null;
  }
}
