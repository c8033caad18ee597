// Beneficiary intake updates under optimistic concurrency: only who sees the beneficiary in full
// (R5, through any of their case files) changes them; identity numbers never reach the trail.
import type { UnitOfWork } from '../../db/unit-of-work.js';
import type { Outbox } from '../../events/outbox.js';
import { nestedUnder, violation } from '../../shared/outcome.js';
import type { StaffViewer } from '../auth/index.js';
import type { AuditTrail } from './audit.trail.js';
import type { BeneficiaryInput } from './beneficiary.input.js';
import { beneficiarySnapshot, beneficiaryValues } from './beneficiary.values.js';
import type { CaseFiles } from './case-files.js';
import { caseAccess, CASE_WRITERS, widestAccess } from './case.access.js';
import { projectBeneficiary } from './case.projection.js';
import type { CaseRepository } from './case.repository.js';
import type { Beneficiary } from './case.types.js';

export type BeneficiaryRepositories = {
  cases: Pick<CaseFiles, 'viewerOf'>;
  beneficiaries: Pick<CaseRepository, 'lockBeneficiary' | 'casesOfBeneficiaries' | 'updateBeneficiary' | 'beneficiaryByNationalRegisterNumber'>;
  audit: Pick<AuditTrail, 'recordChange' | 'staleWrite'>;
  outbox: Pick<Outbox, 'publish'>;
};

export class BeneficiaryService {
  constructor(private readonly uow: UnitOfWork<BeneficiaryRepositories>) {}

  /** `beneficiaryId` is a database id (decoded by the resolver). */
  async update(input: { beneficiaryId: string; expectedVersion: number; changes: BeneficiaryInput }, viewer: StaffViewer, now: Date): Promise<Beneficiary> {
    const row = await this.uow.run(async ({ cases: gate, beneficiaries, audit, outbox }) => {
      const before = await beneficiaries.lockBeneficiary(input.beneficiaryId);
      const cv = await gate.viewerOf(viewer);
      const cases = before ? await beneficiaries.casesOfBeneficiaries([before.id]) : [];
      if (!before || widestAccess(cases.map((c) => caseAccess(cv, c))) !== 'FULL' || !CASE_WRITERS.includes(viewer.role)) {
        throw violation('beneficiaryId', 'UNKNOWN_BENEFICIARY', 'No beneficiary you may change has this ID.');
      }
      if (before.version !== input.expectedVersion) throw await audit.staleWrite('Beneficiary', before.id, input.expectedVersion, before.version);
      const after = await nestedUnder('changes', async () => {
        const values = await beneficiaryValues(beneficiaries, input.changes, before);
        return beneficiaries.updateBeneficiary(before.id, { ...values, version: before.version + 1, updatedAt: now });
      });
      await audit.recordChange({
        actorId: viewer.staffId,
        entity: 'Beneficiary',
        entityId: after.id,
        caseFileId: cases.length === 1 ? cases[0].id : null,
        entityVersion: after.version,
        before: beneficiarySnapshot(before),
        after: beneficiarySnapshot(after),
        at: now,
      });
      await outbox.publish({ type: 'BENEFICIARY_UPDATED', topic: 'case', subjectId: after.id, actorId: viewer.staffId, payload: { beneficiaryId: after.id, version: after.version } });
      return after;
    });
    const projected = projectBeneficiary('FULL', row, null);
    if (!projected) throw new Error('unreachable');
    return projected;
  }
}
