// R2 use cases: record proofs of income, open the relay social worker's follow-up after a visit
// or a file check, close it when the proofs are all received. Every change is audited and published.
import type { Database, Tx } from '../../db/client.js';
import { publish } from '../../events/outbox.js';
import { decodeCursor, pageSize, toPage } from '../../shared/paging.js';
import { fromGlobalId } from '../../shared/global-id.js';
import { violation } from '../../shared/outcome.js';
import type { Viewer, StaffViewer } from '../auth/viewer.js';
import { localDay } from '../../time/service-time.js';
import { AuditRepository } from './audit.repository.js';
import { caseAccess, mayRead } from './case.access.js';
import { projectCase } from './case.projection.js';
import type { CaseService } from './case.service.js';
import type { IncomeProofRecordInput } from './income.input.js';
import { IncomeRepository, type IncomeFollowUpRow, type IncomeProofRow } from './income.repository.js';
import { financialParticipation, followUpEnds, followUpReason, incomeProofError, proofsComplete, type IncomeProofStatus } from './income.rules.js';
import { toIncomeFollowUp, toIncomeProof, toParticipation, type FinancialParticipation } from './income.types.js';

function proofSnapshot(row: IncomeProofRow): Record<string, unknown> {
  return { kind: row.kind, status: row.status, monthlyAmount: row.monthlyAmount, receivedOn: row.receivedOn, note: row.note };
}

function followUpSnapshot(row: IncomeFollowUpRow): Record<string, unknown> {
  return { reason: row.reason, visitId: row.visitId, fileCheckId: row.fileCheckId, openedAt: row.openedAt.toISOString(), closedAt: row.closedAt?.toISOString() ?? null };
}

/** R2: the participation of a case from its proofs, household and the weekly hours of its agreed plan. */
export function participationOf(caseDbId: string, proofs: IncomeProofRow[], otherHouseholdMembers: number, agreedPlan: { familyHelperHours: number; homeHelperHours: number } | null): FinancialParticipation {
  const facts = proofs.map((p) => ({ status: p.status, monthlyAmount: p.monthlyAmount === null ? null : Number(p.monthlyAmount) }));
  const hours = agreedPlan ? agreedPlan.familyHelperHours + agreedPlan.homeHelperHours : null;
  return toParticipation(caseDbId, financialParticipation(facts, otherHouseholdMembers, hours), proofsComplete(facts));
}

/**
 * R2: opens the follow-up of a case file after a visit done or a file check, when the rule says
 * so and none is open yet. Runs inside the visit's transaction: nothing is half-done.
 */
export async function openIncomeFollowUpIfNeeded(
  tx: Tx,
  event: { kind: 'VISIT_DONE'; visitId: string } | { kind: 'FILE_CHECKED'; fileCheckId: string; financialParticipationOk: boolean },
  caseFileId: string,
  actorId: string,
  now: Date,
): Promise<IncomeFollowUpRow | null> {
  const repo = new IncomeRepository(tx);
  const reason = followUpReason(event, await repo.proofsOfCases([caseFileId]));
  if (!reason || (await repo.openFollowUp(caseFileId))) return null;
  const row = await repo.insertFollowUp({
    caseFileId,
    reason,
    visitId: event.kind === 'VISIT_DONE' ? event.visitId : null,
    fileCheckId: event.kind === 'FILE_CHECKED' ? event.fileCheckId : null,
    openedAt: now,
  });
  if (!row) return null;
  await new AuditRepository(tx).recordChange({ actorId, entity: 'IncomeFollowUp', entityId: row.id, caseFileId, entityVersion: null, before: null, after: followUpSnapshot(row), at: now });
  await publish(tx, { type: 'INCOME_FOLLOW_UP_OPENED', topic: 'case', subjectId: caseFileId, actorId, payload: { caseFileId, incomeFollowUpId: row.id } });
  return row;
}

export class IncomeService {
  constructor(
    private readonly db: Database,
    private readonly cases: CaseService,
  ) {}

  async record(input: IncomeProofRecordInput, viewer: StaffViewer, now: Date) {
    const status = input.status as IncomeProofStatus;
    const monthlyAmount = input.monthlyAmount ?? null;
    const receivedOn = input.receivedOn ?? null;
    const error = incomeProofError({ status, monthlyAmount, receivedOn }, localDay(now));
    if (error) throw violation(error.field, error.code, error.message);
    return this.db.transaction(async (tx) => {
      const c = await this.cases.writable(tx, input.caseFileId, viewer, null);
      const repo = new IncomeRepository(tx);
      const audit = new AuditRepository(tx);
      const before = await repo.lockProof(c.id, input.kind);
      const values = { status, monthlyAmount: monthlyAmount === null ? null : monthlyAmount.toFixed(2), receivedOn, note: input.note?.trim() || null, recordedById: viewer.staffId, recordedAt: now };
      const after = before ? await repo.updateProof(before.id, values) : await repo.insertProof({ caseFileId: c.id, kind: input.kind, ...values });
      await audit.recordChange({ actorId: viewer.staffId, entity: 'IncomeProof', entityId: after.id, caseFileId: c.id, entityVersion: null, before: before && proofSnapshot(before), after: proofSnapshot(after), at: now });
      await publish(tx, { type: 'INCOME_PROOF_RECORDED', topic: 'case', subjectId: c.id, actorId: viewer.staffId, payload: { caseFileId: c.id } });
      // R2: the relay's follow-up ends once the proofs are recorded as received.
      const open = await repo.openFollowUp(c.id);
      if (open && followUpEnds(status, await repo.proofsOfCases([c.id]))) {
        const closed = await repo.closeFollowUp(open.id, { closedAt: now, closedById: viewer.staffId });
        await audit.recordChange({ actorId: viewer.staffId, entity: 'IncomeFollowUp', entityId: open.id, caseFileId: c.id, entityVersion: null, before: followUpSnapshot(open), after: followUpSnapshot(closed), at: now });
        await publish(tx, { type: 'INCOME_FOLLOW_UP_CLOSED', topic: 'case', subjectId: c.id, actorId: viewer.staffId, payload: { caseFileId: c.id, incomeFollowUpId: open.id } });
      }
      return { incomeProof: toIncomeProof(after), caseFile: projectCase(await this.cases.caseViewer(viewer), c) };
    });
  }

  /** R2: the relay social worker's list of files to follow up, oldest first. */
  async followUps(first: number | null | undefined, after: string | null | undefined) {
    const n = pageSize(first);
    const key = after ? decodeCursor(after, 2) : null;
    const repo = new IncomeRepository(this.db);
    const rows = await repo.openFollowUps(n + 1, key ? { openedAt: String(key[0]), id: String(key[1]) } : undefined);
    return toPage(rows, n, await repo.countOpenFollowUps(), (r) => [r.openedAt.toISOString(), r.id], toIncomeFollowUp);
  }

  /** node(id): a follow-up only when its case file lets the viewer read income (R5). */
  async byGlobalId(globalId: string, viewer: Viewer | null) {
    const id = fromGlobalId(globalId, 'IncomeFollowUp')?.id;
    const row = id ? await new IncomeRepository(this.db).followUpById(id) : null;
    if (!row) return null;
    const [c] = await this.cases.casesByIds([row.caseFileId]);
    return c && mayRead(caseAccess(await this.cases.caseViewer(viewer), c), 'incomeProofs') ? toIncomeFollowUp(row) : null;
  }

  proofsOfCases(ids: readonly string[]) {
    return new IncomeRepository(this.db).proofsOfCases(ids);
  }

  openFollowUpsOfCases(ids: readonly string[]) {
    return new IncomeRepository(this.db).openFollowUpsOfCases(ids);
  }
}
