// Everything the service holds about one beneficiary, as JSON (a data-subject access request),
// and the anonymisation of beneficiaries whose case files closed before the retention period.
import type { UnitOfWork } from '../../db/unit-of-work.js';
import type { Outbox } from '../../events/outbox.js';
import { Forbidden, violation } from '../../shared/outcome.js';
import type { Viewer, StaffViewer } from '../auth/index.js';
import type { AuditTrail } from './audit.trail.js';
import { exportJson } from './beneficiary-export.json.js';
import type { CaseFiles } from './case-files.js';
import { caseAccess, exportRefusal, widestAccess } from './case.access.js';
import type { CaseRepository } from './case.repository.js';

const FINAL = ['CLOSED', 'REDIRECTED'];
export const ANONYMISED = 'ANONYMISED';

/** What a sibling module (aid plans, visits, income, …) holds about case files: for the export, and erased by anonymisation. */
export interface CaseFileRecords {
  /**
   * Rows per export key (e.g. incomeProofs) of these case files, each with its caseFileId. `viewer` is
   * who exports (already a full reader of the case files): a module whose R5 is narrower (incidents)
   * keeps to what that viewer may read.
   */
  exportOf(caseIds: readonly string[], viewer: StaffViewer): Promise<Record<string, { caseFileId: string }[]>>;
  /** Anonymisation: the free text that may name people goes; figures stay. */
  eraseFreeText(caseIds: readonly string[]): Promise<void>;
}

/** The repositories a beneficiary's export or an anonymisation runs with; `records` are the sibling modules'. */
export type BeneficiaryExportRepositories = {
  cases: Pick<CaseFiles, 'viewerOf'>;
  files: CaseRepository;
  audit: Pick<AuditTrail, 'recordChange' | 'recordReads'>;
  outbox: Pick<Outbox, 'publish'>;
  records: CaseFileRecords[];
};

export class BeneficiaryExportService {
  constructor(private readonly uow: UnitOfWork<BeneficiaryExportRepositories>) {}

  /** Refused to a role that does not export (a trainee); null unless the viewer sees the beneficiary in full (R5); the export itself is audited. `id` is a database id. */
  async export(id: string, viewer: Viewer | null, now: Date): Promise<Record<string, unknown> | null> {
    if (viewer?.kind !== 'STAFF') return null;
    const refused = exportRefusal(viewer.role);
    if (refused) throw new Forbidden(refused);
    const { files: repo, records, audit } = this.uow.read;
    const [b] = await repo.beneficiariesByIds([id]);
    if (!b) return null;
    const cases = await repo.casesOfBeneficiaries([b.id]);
    const cv = await this.uow.read.cases.viewerOf(viewer);
    if (widestAccess(cases.map((c) => caseAccess(cv, c))) !== 'FULL') return null;
    const ids = cases.map((c) => c.id);
    const [transitions, ...parts] = await Promise.all([
      repo.transitionsOfCases(ids),
      ...records.map((r) => r.exportOf(ids, viewer)),
    ]);
    await audit.recordReads([{ actorId: viewer.staffId, caseFileId: ids.length === 1 ? ids[0] : null, entity: 'Beneficiary', entityId: b.id, field: 'export', at: now }]);
    return exportJson(b, cases, [{ transitions }, ...parts], now);
  }

  /**
   * Anonymises beneficiaries all of whose case files are closed or redirected and untouched since
   * before `now - retentionYears`. Identity, contact, health and income data are erased; the case
   * history (statuses, dates, decisions) stays for statistics. Returns how many were anonymised.
   */
  async anonymise(retentionYears: number, viewer: StaffViewer, now: Date): Promise<number> {
    // Below a year the "retention" would erase files still being followed up.
    if (!Number.isInteger(retentionYears) || retentionYears < 1) throw violation('retentionYears', 'RETENTION_TOO_SHORT', '`retentionYears` must be a whole number of at least 1.');
    const before = new Date(now);
    before.setUTCFullYear(before.getUTCFullYear() - retentionYears);
    return this.uow.run(async ({ files: repo, audit, outbox, records }) => {
      const old = await repo.closedBefore(before);
      const candidates = [...new Set(old.map((c) => c.beneficiaryId))];
      const all = await repo.casesOfBeneficiaries(candidates);
      let n = 0;
      for (const id of candidates) {
        const cases = all.filter((c) => c.beneficiaryId === id);
        if (!cases.every((c) => FINAL.includes(c.status) && c.updatedAt < before)) continue;
        const b = await repo.lockBeneficiary(id);
        if (!b || b.lastName === ANONYMISED) continue;
        await repo.updateBeneficiary(id, {
          firstName: ANONYMISED,
          lastName: ANONYMISED,
          birthDate: null,
          street: null,
          postalCode: null,
          city: null,
          latitude: null,
          longitude: null,
          maritalStatus: null,
          nationalRegisterNumber: null,
          familyAllowanceNumber: null,
          householdMembers: [],
          informalCaregivers: [],
          outsideProfessionals: [],
          propertyAdministrator: null,
          accessNotes: null,
          safetyNotes: null,
          healthNotes: null,
          monthlyIncome: null,
          version: b.version + 1,
          updatedAt: now,
        });
        for (const c of cases) await repo.updateCase(c.id, { reasonForContact: ANONYMISED, needs: c.needs.map((x) => ({ ...x, notes: null })), urgentActionTaken: null });
        for (const part of records) await part.eraseFreeText(cases.map((c) => c.id));
        await audit.recordChange({ actorId: viewer.staffId, entity: 'Beneficiary', entityId: id, caseFileId: null, entityVersion: b.version + 1, before: null, after: { anonymised: true }, at: now });
        await outbox.publish({ type: 'BENEFICIARY_ANONYMISED', topic: 'case', subjectId: id, actorId: viewer.staffId, payload: { beneficiaryId: id } });
        n++;
      }
      return n;
    });
  }
}
