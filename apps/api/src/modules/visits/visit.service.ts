// Visit use cases: plan, complete (R3 opens a file check for the relay social worker), cancel;
// file checks; R4 decisions to continue, suspend or stop aid, and proposals reviewed by a decider.
import type { UnitOfWork } from '../../db/unit-of-work.js';
import type { Outbox } from '../../events/outbox.js';
import { afterKey, pageSize, toPage } from '../../shared/paging.js';
import { violation } from '../../shared/outcome.js';
import type { Viewer, StaffViewer } from '../auth/index.js';
import { caseAccess, mayRead, type AuditEntity, type AuditTrail, type CaseFiles } from '../cases/index.js';
import type { StaffRole } from '../org/index.js';
import type { AidDecisionRecordInput, AidDecisionReviewInput, FileCheckRecordInput, VisitCancelInput, VisitCompleteInput, VisitPlanInput, VisitReportAcknowledgeInput } from './visit.input.js';
import type { VisitRepository } from './visit.repository.js';
import { acknowledgeError, decisionPower, mayVisit, reportIsHandedOver, reviewError, revisitWarning, revisitWindow } from './visit.rules.js';
import { toAidDecision, toFileCheck, toVisit } from './visit.types.js';

const REVIEW_MESSAGES = {
  NOT_A_DECIDER: "R4: only the sector's social worker or direction decide to continue, suspend or stop aid.",
  SELF_APPROVAL: 'R4: nobody approves their own proposal; another decider must review it.',
  NOT_PROPOSED: 'This proposal has already been reviewed.',
} as const;
const ACK_MESSAGES = {
  NOT_HANDED_TO_YOU: 'R10: this report was not handed to you.',
  ALREADY_ACKNOWLEDGED: 'This report has already been acknowledged.',
} as const;

/** R2, the income module's follow-up of the proofs of income, opened in the visit's transaction (wired in composition/). */
export interface IncomeFollowUpTrigger {
  openIfNeeded(event: { kind: 'VISIT_DONE'; visitId: string } | { kind: 'FILE_CHECKED'; fileCheckId: string; financialParticipationOk: boolean }, caseFileId: string, actorId: string, now: Date): Promise<unknown>;
}

/** The org module's staff as visits need them: who visits, and a sector's social workers (wired in composition/). */
export interface VisitStaff {
  staffByIds(ids: readonly string[]): Promise<{ id: string; fullName: string; role: StaffRole; sectorId: string | null }[]>;
  sectorSocialWorkers(sectorIds: readonly string[]): Promise<{ worker: { id: string } }[]>;
}

/** The repositories and ports a visit use case runs with, bound to its transaction. */
export type VisitRepositories = {
  cases: CaseFiles;
  visits: VisitRepository;
  staff: VisitStaff;
  audit: Pick<AuditTrail, 'recordChange'>;
  outbox: Pick<Outbox, 'publish'>;
  incomeFollowUps: IncomeFollowUpTrigger;
  /** Reporting's port: a visit written in a month over first keeps that month's figures for tools (absent in seeds). */
  closedMonths?: { keep(instants: Date[], now: Date): Promise<void> };
};

/** Ids are database ids (global IDs are decoded by the resolvers). */
export class VisitService {
  constructor(private readonly uow: UnitOfWork<VisitRepositories>) {}

  private async audit({ audit, outbox }: VisitRepositories, viewer: StaffViewer, entity: AuditEntity, id: string, caseFileId: string, before: object | null, after: object, now: Date, type: string) {
    await audit.recordChange({ actorId: viewer.staffId, entity, entityId: id, caseFileId, entityVersion: null, before: before as Record<string, unknown> | null, after: after as Record<string, unknown>, at: now });
    await outbox.publish({ type, topic: 'case', subjectId: caseFileId, actorId: viewer.staffId, payload: { caseFileId, [`${entity[0].toLowerCase()}${entity.slice(1)}Id`]: id } });
  }

  async plan(input: VisitPlanInput, viewer: StaffViewer, now: Date) {
    const { visitorId } = input;
    return this.uow.run(async (r) => {
      const c = await r.cases.writable(input.caseFileId, viewer, null);
      const [visitor] = await r.staff.staffByIds([visitorId]);
      if (!visitor) throw violation('visitorId', 'UNKNOWN_PERSON', 'No staff member has this ID.');
      if (!mayVisit(visitor, c.sectorId)) throw violation('visitorId', 'NOT_A_VISITOR', `${visitor.fullName} does not make visits for this sector: the sector's social worker, the flying or the relay social worker do.`);
      const repo = r.visits;
      // R9: a warning, not a refusal, when the flying social worker revisits within 12 months.
      const window = revisitWindow(input.plannedAt);
      const earlier = visitor.role === 'FLYING_SOCIAL_WORKER' && input.kind === 'REVISION' ? await repo.flyingRevisionsDone(c.beneficiaryId, window.from, window.to) : [];
      const warning = revisitWarning({ kind: input.kind, visitorRole: visitor.role, plannedAt: input.plannedAt }, earlier);
      await r.closedMonths?.keep([input.plannedAt], now);
      const row = await repo.insertVisit({ caseFileId: c.id, kind: input.kind, plannedAt: input.plannedAt, visitorId, createdById: viewer.staffId, createdAt: now, updatedAt: now });
      await this.audit(r, viewer, 'Visit', row.id, c.id, null, row, now, 'VISIT_PLANNED');
      return { visit: toVisit(row), fileCheck: null, warnings: warning ? [warning] : [] };
    });
  }

  async complete(input: VisitCompleteInput, viewer: StaffViewer, now: Date) {
    const id = input.visitId;
    if (!input.report.trim()) throw violation('report', 'REQUIRED', 'A visit done has its report.');
    return this.uow.run(async (r) => {
      const repo = r.visits;
      const before = await repo.lockVisit(id);
      if (!before) throw violation('visitId', 'UNKNOWN_VISIT', 'No visit has this ID.');
      const c = await r.cases.writable(before.caseFileId, viewer, null);
      if (before.status !== 'PLANNED') throw violation('visitId', 'VISIT_NOT_PLANNED', `This visit is ${before.status}.`);
      await r.closedMonths?.keep([before.plannedAt], now);
      const org = r.staff;
      const [visitor] = await org.staffByIds([before.visitorId]);
      // R10: the flying social worker's report goes to the sector's social worker (the team's, else the case's).
      const handedToId = visitor && reportIsHandedOver(visitor.role) ? ((await org.sectorSocialWorkers([c.sectorId]))[0]?.worker.id ?? c.socialWorkerId) : null;
      const after = await repo.updateVisit(id, { status: 'DONE', report: input.report.trim(), doneAt: now, updatedAt: now, handedToId, handedAt: handedToId ? now : null });
      // R3: every home visit is followed by a check of the file by the relay & control social worker.
      const check = await repo.insertFileCheck({ visitId: id, caseFileId: after.caseFileId, openedAt: now });
      await this.audit(r, viewer, 'Visit', id, after.caseFileId, before, after, now, 'VISIT_DONE');
      await this.audit(r, viewer, 'FileCheck', check.id, after.caseFileId, null, check, now, 'FILE_CHECK_OPENED');
      // R2: proofs of income still missing after the visit go to the relay social worker's follow-up.
      await r.incomeFollowUps.openIfNeeded({ kind: 'VISIT_DONE', visitId: id }, after.caseFileId, viewer.staffId, now);
      return { visit: toVisit(after), fileCheck: toFileCheck(check), warnings: [] };
    });
  }

  async cancel(input: VisitCancelInput, viewer: StaffViewer, now: Date) {
    const id = input.visitId;
    if (!input.reason.trim()) throw violation('reason', 'REQUIRED', 'Say why the visit is cancelled.');
    return this.uow.run(async (r) => {
      const repo = r.visits;
      const before = await repo.lockVisit(id);
      if (!before) throw violation('visitId', 'UNKNOWN_VISIT', 'No visit has this ID.');
      await r.cases.writable(before.caseFileId, viewer, null);
      if (before.status !== 'PLANNED') throw violation('visitId', 'VISIT_NOT_PLANNED', `This visit is ${before.status}.`);
      await r.closedMonths?.keep([before.plannedAt], now);
      const after = await repo.updateVisit(id, { status: 'CANCELLED', cancelledReason: input.reason.trim(), updatedAt: now });
      await this.audit(r, viewer, 'Visit', id, after.caseFileId, before, after, now, 'VISIT_CANCELLED');
      return { visit: toVisit(after), fileCheck: null, warnings: [] };
    });
  }

  async recordCheck(input: FileCheckRecordInput, viewer: StaffViewer, now: Date) {
    const id = input.fileCheckId;
    if (!input.findings.trim()) throw violation('findings', 'REQUIRED', 'Write down the findings of the check.');
    return this.uow.run(async (r) => {
      const repo = r.visits;
      const before = await repo.lockFileCheck(id);
      if (!before) throw violation('fileCheckId', 'UNKNOWN_FILE_CHECK', 'No file check has this ID.');
      if (before.checkedAt) throw violation('fileCheckId', 'ALREADY_CHECKED', 'This file has already been checked.');
      const after = await repo.updateFileCheck(id, {
        encodingOk: input.encodingOk,
        financialParticipationOk: input.financialParticipationOk,
        socialAspectsOk: input.socialAspectsOk,
        outcome: input.outcome,
        findings: input.findings.trim(),
        checkedById: viewer.staffId,
        checkedAt: now,
      });
      await this.audit(r, viewer, 'FileCheck', id, after.caseFileId, before, after, now, 'FILE_CHECK_RECORDED');
      // R2: financial participation found not in order: the relay follows the proofs up.
      await r.incomeFollowUps.openIfNeeded({ kind: 'FILE_CHECKED', fileCheckId: id, financialParticipationOk: input.financialParticipationOk }, after.caseFileId, viewer.staffId, now);
      return toFileCheck(after);
    });
  }

  /** R10: the sector's social worker acknowledges a report handed to them. */
  async acknowledgeReport(input: VisitReportAcknowledgeInput, viewer: StaffViewer, now: Date) {
    const id = input.visitId;
    return this.uow.run(async (r) => {
      const repo = r.visits;
      const before = await repo.lockVisit(id);
      if (!before) throw violation('visitId', 'UNKNOWN_VISIT', 'No visit has this ID.');
      const error = acknowledgeError(before, viewer.staffId);
      if (error) throw violation('visitId', error, ACK_MESSAGES[error]);
      const after = await repo.updateVisit(id, { handoverAcknowledgedAt: now, updatedAt: now });
      await this.audit(r, viewer, 'Visit', id, after.caseFileId, before, after, now, 'VISIT_REPORT_ACKNOWLEDGED');
      return { visit: toVisit(after), fileCheck: null, warnings: [] };
    });
  }

  /** R10: the reports handed to the viewer that they have not acknowledged yet, oldest first. */
  async handedReports(viewer: StaffViewer, first: number | null | undefined, after: string | null | undefined) {
    const n = pageSize(first);
    const key = afterKey(after, 'visitReportsHandedToMe', ['instant', 'id']);
    const repo = this.uow.read.visits;
    const rows = await repo.handedReports(viewer.staffId, n + 1, key ? { handedAt: String(key[0]), id: String(key[1]) } : undefined);
    const page = toPage(rows, n, await repo.countHandedReports(viewer.staffId), 'visitReportsHandedToMe', (r) => [r.handedAt?.toISOString() ?? '', r.id], toVisit);
    // R5: a report whose case the viewer may no longer read (moved sector) is not shown.
    const cv = await this.uow.read.cases.viewerOf(viewer);
    const cases = new Map((await this.uow.read.cases.byIds([...new Set(rows.map((r) => r.caseFileId))])).map((c) => [c.id, c]));
    return { ...page, edges: page.edges.filter((e) => { const c = cases.get(e.node.caseDbId); return !!c && mayRead(caseAccess(cv, c), 'visits'); }) };
  }

  async fileChecks(open: boolean | null, first: number | null | undefined, after: string | null | undefined) {
    const n = pageSize(first);
    const key = afterKey(after, 'fileChecks', ['instant', 'id']);
    const repo = this.uow.read.visits;
    const rows = await repo.fileChecks(open, n + 1, key ? { openedAt: String(key[0]), id: String(key[1]) } : undefined);
    return toPage(rows, n, await repo.countFileChecks(open), 'fileChecks', (r) => [r.openedAt.toISOString(), r.id], toFileCheck);
  }

  async recordDecision(input: AidDecisionRecordInput, viewer: StaffViewer, now: Date) {
    const reason = input.reason.trim();
    if (!reason) throw violation('reason', 'REQUIRED', 'Say why.');
    return this.uow.run(async (r) => {
      const c = await r.cases.writable(input.caseFileId, viewer, null);
      const power = decisionPower(viewer, c.sectorId);
      if (power === 'NONE') throw violation('caseFileId', 'NOT_A_DECIDER', REVIEW_MESSAGES.NOT_A_DECIDER);
      const row = await r.visits.insertDecision(
        power === 'DECIDE'
          ? { caseFileId: c.id, decision: input.decision, status: 'DECIDED', decidedById: viewer.staffId, decidedAt: now, decisionReason: reason }
          : { caseFileId: c.id, decision: input.decision, status: 'PROPOSED', proposedById: viewer.staffId, proposedAt: now, proposalReason: reason },
      );
      await this.audit(r, viewer, 'AidDecision', row.id, c.id, null, row, now, power === 'DECIDE' ? 'AID_DECIDED' : 'AID_DECISION_PROPOSED');
      return toAidDecision(row);
    });
  }

  async review(input: AidDecisionReviewInput, viewer: StaffViewer, now: Date) {
    const id = input.aidDecisionId;
    const reason = input.reason.trim();
    if (!reason) throw violation('reason', 'REQUIRED', 'Say why the proposal is accepted or rejected.');
    return this.uow.run(async (r) => {
      const repo = r.visits;
      const before = await repo.lockDecision(id);
      if (!before) throw violation('aidDecisionId', 'UNKNOWN_AID_DECISION', 'No aid decision has this ID.');
      const c = await r.cases.writable(before.caseFileId, viewer, null);
      const error = reviewError({ staffId: viewer.staffId, power: decisionPower(viewer, c.sectorId) }, before);
      if (error) throw violation('aidDecisionId', error, REVIEW_MESSAGES[error]);
      const after = await repo.updateDecision(id, { status: input.accept ? 'DECIDED' : 'REJECTED', decidedById: viewer.staffId, decidedAt: now, decisionReason: reason });
      await this.audit(r, viewer, 'AidDecision', id, c.id, before, after, now, input.accept ? 'AID_DECIDED' : 'AID_DECISION_REJECTED');
      return toAidDecision(after);
    });
  }

  /** node(id): a visit, file check or decision only when its case file lets the viewer read visits (R5). */
  async byId(type: 'Visit' | 'FileCheck' | 'AidDecision', id: string, viewer: Viewer | null) {
    const repo = this.uow.read.visits;
    const found =
      type === 'Visit'
        ? await repo.visitById(id).then((r) => r && { caseFileId: r.caseFileId, node: toVisit(r) })
        : type === 'FileCheck'
          ? await repo.fileCheckById(id).then((r) => r && { caseFileId: r.caseFileId, node: toFileCheck(r) })
          : await repo.decisionById(id).then((r) => r && { caseFileId: r.caseFileId, node: toAidDecision(r) });
    if (!found) return null;
    const [c] = await this.uow.read.cases.byIds([found.caseFileId]);
    return c && mayRead(caseAccess(await this.uow.read.cases.viewerOf(viewer), c), 'visits') ? found.node : null;
  }

  visitsOfCases(ids: readonly string[]) {
    return this.uow.read.visits.visitsOfCases(ids);
  }

  fileChecksOfCases(ids: readonly string[]) {
    return this.uow.read.visits.fileChecksOfCases(ids);
  }

  decisionsOfCases(ids: readonly string[]) {
    return this.uow.read.visits.decisionsOfCases(ids);
  }
}
