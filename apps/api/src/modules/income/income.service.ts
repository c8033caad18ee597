// R2 use cases: record proofs of income (closing the relay social worker's follow-up once the
// proofs are all received), list the open follow-ups, read one through its case file (R5).
import type { UnitOfWork } from '../../db/unit-of-work.js';
import type { Outbox } from '../../events/outbox.js';
import { afterKey, pageSize, toPage, type Page } from '../../shared/paging.js';
import { violation } from '../../shared/outcome.js';
import { localDay } from '../../time/service-time.js';
import type { StaffViewer, Viewer } from '../auth/index.js';
import { caseAccess, mayRead, projectCase, type AuditTrail, type CaseFile, type CaseFiles } from '../cases/index.js';
import { followUpSnapshot } from './income-follow-up.js';
import type { IncomeRepository, IncomeProofRow } from './income.repository.js';
import { financialParticipation, followUpEnds, incomeProofError, proofsComplete, type IncomeProofKind, type IncomeProofStatus } from './income.rules.js';
import { toIncomeFollowUp, toIncomeProof, toParticipation, type FinancialParticipation, type IncomeFollowUp, type IncomeProof } from './income.types.js';

function proofSnapshot(row: IncomeProofRow): Record<string, unknown> {
  return { kind: row.kind, status: row.status, monthlyAmount: row.monthlyAmount, receivedOn: row.receivedOn, note: row.note };
}

/** R2: the participation of a case from its proofs, household and the weekly hours of its agreed plan. */
export function participationOf(caseDbId: string, proofs: IncomeProofRow[], otherHouseholdMembers: number, agreedPlan: { familyHelperHours: number; homeHelperHours: number } | null): FinancialParticipation {
  const facts = proofs.map((p) => ({ status: p.status, monthlyAmount: p.monthlyAmount === null ? null : Number(p.monthlyAmount) }));
  const hours = agreedPlan ? agreedPlan.familyHelperHours + agreedPlan.homeHelperHours : null;
  return toParticipation(caseDbId, financialParticipation(facts, otherHouseholdMembers, hours), proofsComplete(facts));
}

export type IncomeRepositories = {
  cases: CaseFiles;
  income: Pick<IncomeRepository, 'lockProof' | 'updateProof' | 'insertProof' | 'openFollowUp' | 'proofsOfCases' | 'closeFollowUp' | 'openFollowUps' | 'countOpenFollowUps' | 'followUpById'>;
  audit: Pick<AuditTrail, 'recordChange'>;
  outbox: Pick<Outbox, 'publish'>;
};

/** A proof to record, with the case file's database id (decoded by the resolver). */
export interface IncomeProofDraft {
  caseFileId: string;
  kind: IncomeProofKind;
  status: IncomeProofStatus;
  monthlyAmount?: number | null;
  receivedOn?: string | null;
  note?: string | null;
}

export class IncomeService {
  constructor(private readonly uow: UnitOfWork<IncomeRepositories>) {}

  async record(draft: IncomeProofDraft, viewer: StaffViewer, now: Date): Promise<{ incomeProof: IncomeProof; caseFile: CaseFile | null }> {
    const { status } = draft;
    const monthlyAmount = draft.monthlyAmount ?? null;
    const receivedOn = draft.receivedOn ?? null;
    const error = incomeProofError({ status, monthlyAmount, receivedOn }, localDay(now));
    if (error) throw violation(error.field, error.code, error.message);
    return this.uow.run(async ({ cases, income, audit, outbox }) => {
      const c = await cases.writable(draft.caseFileId, viewer, null);
      const before = await income.lockProof(c.id, draft.kind);
      const values = { status, monthlyAmount: monthlyAmount === null ? null : monthlyAmount.toFixed(2), receivedOn, note: draft.note?.trim() || null, recordedById: viewer.staffId, recordedAt: now };
      const after = before ? await income.updateProof(before.id, values) : await income.insertProof({ caseFileId: c.id, kind: draft.kind, ...values });
      await audit.recordChange({ actorId: viewer.staffId, entity: 'IncomeProof', entityId: after.id, caseFileId: c.id, entityVersion: null, before: before && proofSnapshot(before), after: proofSnapshot(after), at: now });
      await outbox.publish({ type: 'INCOME_PROOF_RECORDED', topic: 'case', subjectId: c.id, actorId: viewer.staffId, payload: { caseFileId: c.id } });
      // R2: the relay's follow-up ends once the proofs are recorded as received.
      const open = await income.openFollowUp(c.id);
      if (open && followUpEnds(status, await income.proofsOfCases([c.id]))) {
        const closed = await income.closeFollowUp(open.id, { closedAt: now, closedById: viewer.staffId });
        await audit.recordChange({ actorId: viewer.staffId, entity: 'IncomeFollowUp', entityId: open.id, caseFileId: c.id, entityVersion: null, before: followUpSnapshot(open), after: followUpSnapshot(closed), at: now });
        await outbox.publish({ type: 'INCOME_FOLLOW_UP_CLOSED', topic: 'case', subjectId: c.id, actorId: viewer.staffId, payload: { caseFileId: c.id, incomeFollowUpId: open.id } });
      }
      return { incomeProof: toIncomeProof(after), caseFile: projectCase(await cases.viewerOf(viewer), c) };
    });
  }

  /** R2: the relay social worker's list of files to follow up, oldest first. */
  async followUps(first: number | null | undefined, after: string | null | undefined): Promise<Page<IncomeFollowUp>> {
    const n = pageSize(first);
    const key = afterKey(after, 'incomeProofFollowUps', ['instant', 'id']);
    const { income } = this.uow.read;
    const rows = await income.openFollowUps(n + 1, key ? { openedAt: String(key[0]), id: String(key[1]) } : undefined);
    return toPage(rows, n, await income.countOpenFollowUps(), 'incomeProofFollowUps', (r) => [r.openedAt.toISOString(), r.id], toIncomeFollowUp);
  }

  /** node(id): a follow-up only when its case file lets the viewer read income (R5). */
  async byId(id: string, viewer: Viewer | null): Promise<IncomeFollowUp | null> {
    const { income, cases } = this.uow.read;
    const row = await income.followUpById(id);
    if (!row) return null;
    const [c] = await cases.byIds([row.caseFileId]);
    return c && mayRead(caseAccess(await cases.viewerOf(viewer), c), 'incomeProofs') ? toIncomeFollowUp(row) : null;
  }
}
