// Everything the service holds about one beneficiary, as JSON (a data-subject access request),
// and the anonymisation of beneficiaries whose case files closed before the retention period.
import type { Database, Executor } from '../../db/client.js';
import { publish } from '../../events/outbox.js';
import { fromGlobalId, toGlobalId } from '../../shared/global-id.js';
import type { Viewer, StaffViewer } from '../auth/viewer.js';
import { AuditRepository } from './audit.repository.js';
import { caseAccess, widestAccess } from './case.access.js';
import { CaseRepository } from './case.repository.js';
import type { CaseService } from './case.service.js';
import { violation } from '../../shared/outcome.js';

const FINAL = ['CLOSED', 'REDIRECTED'];
export const ANONYMISED = 'ANONYMISED';

/** What a sibling module (aid plans, visits, income, …) holds about case files: for the export, and erased by anonymisation. */
export interface CaseFileRecords {
  /** Rows per export key (e.g. incomeProofs) of these case files, each with its caseFileId. */
  exportOf(caseIds: readonly string[]): Promise<Record<string, { caseFileId: string }[]>>;
  /** Anonymisation: the free text that may name people goes; figures stay. */
  eraseFreeText(caseIds: readonly string[]): Promise<void>;
}

export class BeneficiaryExportService {
  constructor(
    private readonly db: Database,
    private readonly cases: CaseService,
    private readonly records: (executor: Executor) => CaseFileRecords[],
  ) {}

  /** Null unless the viewer sees the beneficiary in full (R5); the export itself is audited. */
  async export(globalId: string, viewer: Viewer | null, now: Date): Promise<Record<string, unknown> | null> {
    const id = fromGlobalId(globalId, 'Beneficiary')?.id;
    if (!id || viewer?.kind !== 'STAFF') return null;
    const repo = new CaseRepository(this.db);
    const [b] = await repo.beneficiariesByIds([id]);
    if (!b) return null;
    const cases = await repo.casesOfBeneficiaries([b.id]);
    const cv = await this.cases.caseViewer(viewer);
    if (widestAccess(cases.map((c) => caseAccess(cv, c))) !== 'FULL') return null;
    const ids = cases.map((c) => c.id);
    const [transitions, ...parts] = await Promise.all([
      repo.transitionsOfCases(ids),
      ...this.records(this.db).map((r) => r.exportOf(ids)),
    ]);
    await new AuditRepository(this.db).recordReads([{ actorId: viewer.staffId, caseFileId: ids.length === 1 ? ids[0] : null, entity: 'Beneficiary', entityId: b.id, field: 'export', at: now }]);
    const of = <R extends { caseFileId: string }>(rows: R[], caseId: string) => rows.filter((r) => r.caseFileId === caseId);
    return {
      exportedAt: now.toISOString(),
      beneficiary: { ...b, id: toGlobalId('Beneficiary', b.id) },
      caseFiles: cases.map((c) => ({
        ...c,
        id: toGlobalId('CaseFile', c.id),
        transitions: of(transitions, c.id),
        ...Object.fromEntries(parts.flatMap((part) => Object.entries(part).map(([key, rows]) => [key, of(rows, c.id)]))),
      })),
    };
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
    return this.db.transaction(async (tx) => {
      const repo = new CaseRepository(tx);
      const old = await repo.closedBefore(before);
      const candidates = [...new Set(old.map((c) => c.beneficiaryId))];
      const all = await repo.casesOfBeneficiaries(candidates);
      const audit = new AuditRepository(tx);
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
        for (const records of this.records(tx)) await records.eraseFreeText(cases.map((c) => c.id));
        await audit.recordChange({ actorId: viewer.staffId, entity: 'Beneficiary', entityId: id, caseFileId: null, entityVersion: b.version + 1, before: null, after: { anonymised: true }, at: now });
        await publish(tx, { type: 'BENEFICIARY_ANONYMISED', topic: 'case', subjectId: id, actorId: viewer.staffId, payload: { beneficiaryId: id } });
        n++;
      }
      return n;
    });
  }
}
