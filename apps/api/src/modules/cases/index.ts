// The case files' core (case file, beneficiary, R5 access and projection, audit trail): what the
// sibling modules (aid plans, visits, income) and the rest of the API may use. Nothing else of
// cases/ is reached from outside (dependency-cruiser, rule module-border).
import type { Database, Executor } from '../../db/client.js';
import { unitOfWork } from '../../db/unit-of-work.js';
import { Outbox } from '../../events/outbox.js';
import { auditTrail } from './audit.trail.js';
import { AuditRepository } from './audit.repository.js';
import { AuditService } from './audit.service.js';
import { BeneficiaryExportService, type CaseFileRecords } from './beneficiary-export.service.js';
import { BeneficiaryService } from './beneficiary.service.js';
import { caseFiles } from './case-files.js';
import { CaseRepository } from './case.repository.js';
import { CaseService, type CaseOrg } from './case.service.js';
import { CaseloadRepository } from './caseload.repository.js';
import { CaseloadService } from './caseload.service.js';

export { auditTrail, AuditTrail, fingerprint, type ChangeRecord } from './audit.trail.js';
export { caseFiles, type CaseFiles } from './case-files.js';
export { caseAccess, CASE_WRITERS, mayRead, widestAccess, type CaseAccess, type CaseField, type CaseViewer } from './case.access.js';
export { projectCase } from './case.projection.js';
export type { CaseRow } from './case.repository.js';
export type { AuditEntity } from './audit.repository.js';
export { Beneficiary, CaseFile, NeedDomainEnum } from './case.types.js';
export { auditReadsOf, type SensitiveRead } from './audited-reads.js';
export type { CaseOrg, CaseRepositories, CaseService } from './case.service.js';
export type { BeneficiaryService } from './beneficiary.service.js';
export type { AuditService } from './audit.service.js';
export type { BeneficiaryExportService, CaseFileRecords } from './beneficiary-export.service.js';
export type { CaseloadService } from './caseload.service.js';

export interface CasePorts {
  /** The org module's sectors and staff (who may hold a case file). */
  org: (executor: Executor) => CaseOrg;
  /** What the sibling modules (aid plans, visits, income) hold about case files: exported, erased by anonymisation. */
  records: (executor: Executor) => CaseFileRecords[];
}

export interface Cases {
  cases: CaseService;
  beneficiaries: BeneficiaryService;
  audit: AuditService;
  beneficiaryExport: BeneficiaryExportService;
  caseloads: CaseloadService;
}

export function casesModule(db: Database, clock: () => Date, ports: CasePorts): Cases {
  return {
    cases: new CaseService(
      unitOfWork(db, (executor: Executor) => ({ cases: caseFiles(executor, clock), files: new CaseRepository(executor), org: ports.org(executor), audit: auditTrail(executor), outbox: new Outbox(executor) })),
    ),
    beneficiaries: new BeneficiaryService(
      unitOfWork(db, (executor: Executor) => ({ cases: caseFiles(executor, clock), beneficiaries: new CaseRepository(executor), audit: auditTrail(executor), outbox: new Outbox(executor) })),
    ),
    audit: new AuditService(unitOfWork(db, (executor: Executor) => ({ audit: new AuditRepository(executor) }))),
    beneficiaryExport: new BeneficiaryExportService(
      unitOfWork(db, (executor: Executor) => ({ cases: caseFiles(executor, clock), files: new CaseRepository(executor), audit: auditTrail(executor), outbox: new Outbox(executor), records: ports.records(executor) })),
    ),
    caseloads: new CaseloadService(unitOfWork(db, (executor: Executor) => ({ caseloads: new CaseloadRepository(executor) }))),
  };
}
