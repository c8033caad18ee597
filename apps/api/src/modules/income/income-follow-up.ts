// R2: the relay social worker's follow-up of a case file's proofs of income, opened after a visit
// done or a file check when the rule says so. It runs inside the visit's transaction (the visits
// module reaches it through its IncomeFollowUpTrigger port, wired in the composition root).
import type { Executor } from '../../db/client.js';
import { Outbox } from '../../events/outbox.js';
import { auditTrail, type AuditTrail } from '../cases/index.js';
import { IncomeRepository, type IncomeFollowUpRow } from './income.repository.js';
import { followUpReason } from './income.rules.js';

export type FollowUpEvent = { kind: 'VISIT_DONE'; visitId: string } | { kind: 'FILE_CHECKED'; fileCheckId: string; financialParticipationOk: boolean };

export function followUpSnapshot(row: IncomeFollowUpRow): Record<string, unknown> {
  return { reason: row.reason, visitId: row.visitId, fileCheckId: row.fileCheckId, openedAt: row.openedAt.toISOString(), closedAt: row.closedAt?.toISOString() ?? null };
}

export interface FollowUpRepositories {
  income: Pick<IncomeRepository, 'proofsOfCases' | 'openFollowUp' | 'insertFollowUp'>;
  audit: Pick<AuditTrail, 'recordChange'>;
  outbox: Pick<Outbox, 'publish'>;
}

/** Opens the follow-up of a case file when the rule says so and none is open yet; null otherwise. */
export async function openFollowUpIfNeeded({ income, audit, outbox }: FollowUpRepositories, event: FollowUpEvent, caseFileId: string, actorId: string, now: Date): Promise<IncomeFollowUpRow | null> {
  const reason = followUpReason(event, await income.proofsOfCases([caseFileId]));
  if (!reason || (await income.openFollowUp(caseFileId))) return null;
  const row = await income.insertFollowUp({
    caseFileId,
    reason,
    visitId: event.kind === 'VISIT_DONE' ? event.visitId : null,
    fileCheckId: event.kind === 'FILE_CHECKED' ? event.fileCheckId : null,
    openedAt: now,
  });
  if (!row) return null;
  await audit.recordChange({ actorId, entity: 'IncomeFollowUp', entityId: row.id, caseFileId, entityVersion: null, before: null, after: followUpSnapshot(row), at: now });
  await outbox.publish({ type: 'INCOME_FOLLOW_UP_OPENED', topic: 'case', subjectId: caseFileId, actorId, payload: { caseFileId, incomeFollowUpId: row.id } });
  return row;
}

/** The trigger bound to a transaction (the visits module's port). */
export function incomeFollowUpTrigger(executor: Executor) {
  const repos: FollowUpRepositories = { income: new IncomeRepository(executor), audit: auditTrail(executor), outbox: new Outbox(executor) };
  return { openIfNeeded: (event: FollowUpEvent, caseFileId: string, actorId: string, now: Date) => openFollowUpIfNeeded(repos, event, caseFileId, actorId, now) };
}
