// The case files' core (case file, beneficiary, R5 access and projection, audit trail): what the
// sibling modules (aid plans, visits, income) and the rest of the API may use. Nothing else of
// cases/ is reached from outside (dependency-cruiser, rule module-border).
import type { Database, Executor } from '../../db/client.js';
import { unitOfWork } from '../../db/unit-of-work.js';
import { Outbox } from '../../events/outbox.js';
import { auditTrail } from './audit.trail.js';
import { BeneficiaryService } from './beneficiary.service.js';
import { caseFiles } from './case-files.js';
import { CaseRepository } from './case.repository.js';

export { auditTrail, AuditTrail, fingerprint, type ChangeRecord } from './audit.trail.js';
export { caseFiles, type CaseFiles } from './case-files.js';
export { caseAccess, CASE_WRITERS, mayRead, widestAccess, type CaseAccess, type CaseField, type CaseViewer } from './case.access.js';
export { projectCase } from './case.projection.js';
export type { CaseRow } from './case.repository.js';
export type { AuditEntity } from './audit.repository.js';
export { Beneficiary, CaseFile, NeedDomainEnum } from './case.types.js';
export { auditReadsOf, type SensitiveRead } from './audited-reads.js';
export type { CaseService } from './case.service.js';
export type { BeneficiaryService } from './beneficiary.service.js';
export type { CaseFileRecords } from './beneficiary-export.service.js';

export function beneficiaryService(db: Database, clock: () => Date): BeneficiaryService {
  return new BeneficiaryService(
    unitOfWork(db, (executor: Executor) => ({ cases: caseFiles(executor, clock), beneficiaries: new CaseRepository(executor), audit: auditTrail(executor), outbox: new Outbox(executor) })),
  );
}
