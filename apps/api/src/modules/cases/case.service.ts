// Case-file use cases: open (with intake), move through the status workflow, update, urgent
// situations, reads projected for the viewer (R5). Every change is audited and published.
import type { Database, Tx } from '../../db/client.js';
import { publish } from '../../events/outbox.js';
import { decodeCursor, pageSize, toPage } from '../../shared/paging.js';
import { fromGlobalId } from '../../shared/global-id.js';
import { violation } from '../../shared/outcome.js';
import type { Viewer, StaffViewer } from '../auth/viewer.js';
import { OrgRepository } from '../org/org.repository.js';
import { AuditRepository } from './audit.repository.js';
import { staleWrite } from './audit.service.js';
import { beneficiaryValues, beneficiarySnapshot } from './beneficiary.values.js';
import { caseAccess, CASE_WRITERS, listableScope, widestAccess, type CaseViewer } from './case.access.js';
import type { CaseFileOpenInput, CaseFileTransitionInput, CaseFileUpdateInput, CaseFileUrgentActionInput } from './case.input.js';
import { projectBeneficiary, projectCase } from './case.projection.js';
import { CaseRepository, type CaseFilter, type CaseRow } from './case.repository.js';
import { illegalTransitionMessage, isLegalTransition, type CaseStatus } from './case.rules.js';
import type { CaseFile } from './case.types.js';


export function caseSnapshot(row: CaseRow): Record<string, unknown> {
  return {
    status: row.status,
    sectorId: row.sectorId,
    socialWorkerId: row.socialWorkerId,
    reasonForContact: row.reasonForContact,
    redirectedTo: row.redirectedTo,
    urgentSince: row.urgentSince?.toISOString() ?? null,
    urgentActionTaken: row.urgentActionTaken,
    needs: row.needs,
  };
}

// R5: a helper keeps what it needs of a home while it goes there, and a month after its last visit.
const SERVED_WITHIN_MS = 30 * 86_400_000;

export class CaseService {
  private readonly repo: CaseRepository;

  constructor(
    private readonly db: Database,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.repo = new CaseRepository(db);
  }

  /** The viewer as the R5 policy needs them (helpers: the case files they are scheduled at). */
  async caseViewer(viewer: Viewer | null): Promise<CaseViewer | null> {
    if (viewer?.kind !== 'STAFF') return null;
    const helper = viewer.role === 'FAMILY_HELPER' || viewer.role === 'HOME_HELPER';
    return { staffId: viewer.staffId, role: viewer.role, sectorId: viewer.sectorId, servedCaseIds: helper ? await this.repo.servedCaseIds(viewer.staffId, new Date(this.clock().getTime() - SERVED_WITHIN_MS)) : new Set() };
  }

  /** A case file the viewer may change, locked, at the version they read. */
  async writable(tx: Tx, globalId: string, viewer: StaffViewer, expectedVersion: number | null): Promise<CaseRow> {
    const id = fromGlobalId(globalId, 'CaseFile')?.id;
    const row = id ? await new CaseRepository(tx).lockCase(id) : null;
    // A case outside the viewer's scope is reported exactly like one that does not exist.
    const cv = await this.caseViewer(viewer);
    if (!row || caseAccess(cv, row) !== 'FULL' || !CASE_WRITERS.includes(viewer.role)) {
      throw violation('caseFileId', 'UNKNOWN_CASE_FILE', 'No case file you may change has this ID.');
    }
    if (expectedVersion !== null && row.version !== expectedVersion) throw await staleWrite(tx, 'CaseFile', row.id, expectedVersion, row.version);
    return row;
  }

  private async save(tx: Tx, before: CaseRow, values: Partial<CaseRow>, viewer: StaffViewer, now: Date, type: string): Promise<CaseRow> {
    const after = await new CaseRepository(tx).updateCase(before.id, { ...values, version: before.version + 1, updatedAt: now });
    await new AuditRepository(tx).recordChange({
      actorId: viewer.staffId,
      entity: 'CaseFile',
      entityId: after.id,
      caseFileId: after.id,
      entityVersion: after.version,
      before: caseSnapshot(before),
      after: caseSnapshot(after),
      at: now,
    });
    await publish(tx, { type, topic: 'case', subjectId: after.id, actorId: viewer.staffId, payload: { caseFileId: after.id, version: after.version } });
    return after;
  }

  private async project(viewer: StaffViewer, row: CaseRow): Promise<CaseFile> {
    const projected = projectCase(await this.caseViewer(viewer), row);
    if (!projected) throw new Error('a writer sees the case they wrote');
    return projected;
  }

  async open(input: CaseFileOpenInput, viewer: StaffViewer, now: Date): Promise<CaseFile> {
    const sectorId = fromGlobalId(input.sectorId, 'Sector')?.id;
    const workerId = fromGlobalId(input.socialWorkerId, 'Staff')?.id;
    if (!input.reasonForContact.trim()) throw violation('reasonForContact', 'REQUIRED', 'Say why the person or their family got in touch.');
    if (!!input.beneficiary === !!input.beneficiaryId) throw violation('beneficiary', 'ONE_BENEFICIARY', 'Give either `beneficiary` (new) or `beneficiaryId` (known), not both.');
    const row = await this.db.transaction(async (tx) => {
      const repo = new CaseRepository(tx);
      const org = new OrgRepository(tx);
      const [sector] = sectorId ? await org.sectorsByIds([sectorId]) : [];
      if (!sector) throw violation('sectorId', 'UNKNOWN_SECTOR', '`sectorId` is not a sector.');
      const [worker] = workerId ? await org.staffByIds([workerId]) : [];
      if (!worker || !['SOCIAL_WORKER', 'FLYING_SOCIAL_WORKER'].includes(worker.role)) {
        throw violation('socialWorkerId', 'NOT_A_SOCIAL_WORKER', '`socialWorkerId` must be a social worker.');
      }
      const cv = await this.caseViewer(viewer);
      if (caseAccess(cv, { sectorId: sector.id, socialWorkerId: worker.id }) !== 'FULL') {
        throw violation('sectorId', 'NOT_YOUR_SECTOR', 'You may open case files in your own sector only.');
      }
      let beneficiaryId: string;
      if (input.beneficiary) {
        const values = await beneficiaryValues(repo, input.beneficiary, null);
        const b = await repo.insertBeneficiary({ ...values, createdAt: now, updatedAt: now });
        await new AuditRepository(tx).recordChange({ actorId: viewer.staffId, entity: 'Beneficiary', entityId: b.id, caseFileId: null, entityVersion: 1, before: null, after: beneficiarySnapshot(b), at: now });
        beneficiaryId = b.id;
      } else {
        const id = fromGlobalId(input.beneficiaryId ?? '', 'Beneficiary')?.id;
        const [b] = id ? await repo.beneficiariesByIds([id]) : [];
        const others = b ? await repo.casesOfBeneficiaries([b.id]) : [];
        if (!b || (others.length && widestAccess(others.map((c) => caseAccess(cv, c))) !== 'FULL')) {
          throw violation('beneficiaryId', 'UNKNOWN_BENEFICIARY', 'No beneficiary you may see has this ID.');
        }
        beneficiaryId = b.id;
      }
      const c = await repo.insertCase({
        beneficiaryId,
        sectorId: sector.id,
        socialWorkerId: worker.id,
        reasonForContact: input.reasonForContact.trim(),
        urgentSince: input.urgent ? now : null,
        openedAt: now,
        updatedAt: now,
      });
      await new AuditRepository(tx).recordChange({ actorId: viewer.staffId, entity: 'CaseFile', entityId: c.id, caseFileId: c.id, entityVersion: 1, before: null, after: caseSnapshot(c), at: now });
      await publish(tx, { type: 'CASE_OPENED', topic: 'case', subjectId: c.id, actorId: viewer.staffId, payload: { caseFileId: c.id, version: 1 } });
      return c;
    });
    return this.project(viewer, row);
  }

  async transition(input: CaseFileTransitionInput, viewer: StaffViewer, now: Date): Promise<CaseFile> {
    const reason = input.reason.trim();
    if (!reason) throw violation('reason', 'REQUIRED', 'Say why the case file changes status.');
    const row = await this.db.transaction(async (tx) => {
      const before = await this.writable(tx, input.caseFileId, viewer, input.expectedVersion);
      const from = before.status as CaseStatus;
      const to = input.to as CaseStatus;
      if (!isLegalTransition(from, to)) throw violation('to', 'ILLEGAL_TRANSITION', illegalTransitionMessage(from, to));
      const redirectedTo = input.redirectedTo?.trim() || null;
      if (to === 'REDIRECTED' && !redirectedTo) throw violation('redirectedTo', 'REQUIRED', 'Name the service the person is redirected to.');
      await new CaseRepository(tx).insertTransition({ caseFileId: before.id, fromStatus: from, toStatus: to, reason, caseVersion: before.version + 1, byId: viewer.staffId, at: now });
      return this.save(tx, before, { status: to, redirectedTo: to === 'REDIRECTED' ? redirectedTo : before.redirectedTo }, viewer, now, 'CASE_STATUS_CHANGED');
    });
    return this.project(viewer, row);
  }

  async update(input: CaseFileUpdateInput, viewer: StaffViewer, now: Date): Promise<CaseFile> {
    const row = await this.db.transaction(async (tx) => {
      const before = await this.writable(tx, input.caseFileId, viewer, input.expectedVersion);
      const values: Partial<CaseRow> = {};
      if (input.reasonForContact !== undefined && input.reasonForContact !== null) {
        if (!input.reasonForContact.trim()) throw violation('reasonForContact', 'REQUIRED', 'The reason for contact cannot be empty.');
        values.reasonForContact = input.reasonForContact.trim();
      }
      if (input.socialWorkerId) {
        const id = fromGlobalId(input.socialWorkerId, 'Staff')?.id;
        const [worker] = id ? await new OrgRepository(tx).staffByIds([id]) : [];
        if (!worker || !['SOCIAL_WORKER', 'FLYING_SOCIAL_WORKER'].includes(worker.role)) {
          throw violation('socialWorkerId', 'NOT_A_SOCIAL_WORKER', '`socialWorkerId` must be a social worker.');
        }
        values.socialWorkerId = worker.id;
      }
      if (input.urgent === true && !before.urgentSince) Object.assign(values, { urgentSince: now, urgentActionTaken: null, urgentActionAt: null, urgentActionById: null });
      if (input.urgent === false) Object.assign(values, { urgentSince: null });
      if (input.needs) {
        const byDomain = new Map(before.needs.map((n) => [n.domain, n]));
        for (const n of input.needs) byDomain.set(n.domain, { domain: n.domain, level: n.level, notes: n.notes?.trim() || null });
        values.needs = [...byDomain.values()].sort((a, b) => a.domain.localeCompare(b.domain));
      }
      if (!Object.keys(values).length) throw violation('caseFileId', 'NO_CHANGE', 'Nothing to change.');
      return this.save(tx, before, values, viewer, now, 'CASE_UPDATED');
    });
    return this.project(viewer, row);
  }

  async recordUrgentAction(input: CaseFileUrgentActionInput, viewer: StaffViewer, now: Date): Promise<CaseFile> {
    const action = input.actionTaken.trim();
    if (!action) throw violation('actionTaken', 'REQUIRED', 'Say what was done.');
    const row = await this.db.transaction(async (tx) => {
      const before = await this.writable(tx, input.caseFileId, viewer, input.expectedVersion);
      if (!before.urgentSince) throw violation('caseFileId', 'NOT_URGENT', 'This case file has no urgent situation open.');
      return this.save(tx, before, { urgentActionTaken: action, urgentActionAt: now, urgentActionById: viewer.staffId }, viewer, now, 'CASE_URGENT_ACTION');
    });
    return this.project(viewer, row);
  }

  async byGlobalId(globalId: string, viewer: Viewer | null): Promise<CaseFile | null> {
    const id = fromGlobalId(globalId, 'CaseFile')?.id;
    const [row] = id ? await this.repo.casesByIds([id]) : [];
    return row ? projectCase(await this.caseViewer(viewer), row) : null;
  }

  async list(
    filter: Omit<CaseFilter, 'scopeSectorIds' | 'sectorId' | 'socialWorkerId'> & { sectorId?: string | null; socialWorkerId?: string | null },
    first: number | null | undefined,
    after: string | null | undefined,
    viewer: Viewer | null,
  ) {
    const n = pageSize(first);
    const key = after ? decodeCursor(after, 2) : null;
    const cv = await this.caseViewer(viewer);
    const scope = listableScope(cv);
    const none = '00000000-0000-0000-0000-000000000000';
    const f: CaseFilter = {
      ...filter,
      scopeSectorIds: scope.sectorIds,
      scopeCaseIds: scope.caseIds,
      sectorId: filter.sectorId ? (fromGlobalId(filter.sectorId, 'Sector')?.id ?? none) : null,
      socialWorkerId: filter.socialWorkerId ? (fromGlobalId(filter.socialWorkerId, 'Staff')?.id ?? none) : null,
    };
    const rows = await this.repo.cases(f, n + 1, key ? { openedAt: String(key[0]), id: String(key[1]) } : undefined);
    const total = await this.repo.countCases(f);
    const page = toPage(rows, n, total, (r) => [r.openedAt.toISOString(), r.id], (r) => projectCase(cv, r));
    // The SQL scope and the projection agree; a row the projection refuses is dropped, never shown.
    return { ...page, edges: page.edges.filter((e): e is { cursor: string; node: CaseFile } => e.node !== null) };
  }

  /** A case file row as the viewer may see it (R5); null when it is not theirs to see. */
  async projectFor(viewer: Viewer | null, row: CaseRow): Promise<CaseFile | null> {
    return projectCase(await this.caseViewer(viewer), row);
  }

  /** A beneficiary through a case file the viewer reached (R5 applies the case's access). */
  beneficiaryOf(c: CaseFile, row: Parameters<typeof projectBeneficiary>[1]) {
    return projectBeneficiary(c.access, row, c.dbId);
  }

  async beneficiaryByGlobalId(globalId: string, viewer: Viewer | null) {
    const id = fromGlobalId(globalId, 'Beneficiary')?.id;
    const [row] = id ? await this.repo.beneficiariesByIds([id]) : [];
    if (!row) return null;
    const cv = await this.caseViewer(viewer);
    const cases = await this.repo.casesOfBeneficiaries([row.id]);
    return projectBeneficiary(widestAccess(cases.map((c) => caseAccess(cv, c))), row, null);
  }

  casesByIds(ids: readonly string[]) {
    return this.repo.casesByIds(ids);
  }

  beneficiariesByIds(ids: readonly string[]) {
    return this.repo.beneficiariesByIds(ids);
  }

  transitionsOfCases(ids: readonly string[]) {
    return this.repo.transitionsOfCases(ids);
  }
}
