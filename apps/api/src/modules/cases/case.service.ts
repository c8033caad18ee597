// Case-file use cases: open (with intake), move through the status workflow, update, urgent
// situations, reads projected for the viewer (R5). Every change is audited and published.
import type { UnitOfWork } from '../../db/unit-of-work.js';
import type { Outbox } from '../../events/outbox.js';
import { afterKey, pageSize, toPage, withCountWhenAsked } from '../../shared/paging.js';
import { Forbidden, nestedUnder, violation } from '../../shared/outcome.js';
import type { Viewer, StaffViewer } from '../auth/index.js';
import type { StaffRole } from '../org/index.js';
import type { AuditTrail } from './audit.trail.js';
import { beneficiaryValues, beneficiarySnapshot } from './beneficiary.values.js';
import type { CaseFiles } from './case-files.js';
import { caseAccess, caseListRefusal, listableScope, unreadableFilter, widestAccess, type CaseViewer } from './case.access.js';
import type { CaseFileOpenInput, CaseFileTransitionInput, CaseFileUpdateInput, CaseFileUrgentActionInput } from './case.input.js';
import { projectBeneficiary, projectCase } from './case.projection.js';
import type { CaseFilter, CaseRepository, CaseRow, ListRead } from './case.repository.js';
import { withListed } from './case.related.js';
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

/** The org module's sectors and staff as case files need them (wired in composition/). */
export interface CaseOrg {
  sectorsByIds(ids: readonly string[]): Promise<{ id: string }[]>;
  staffByIds(ids: readonly string[]): Promise<{ id: string; role: StaffRole }[]>;
}

/** The repositories and ports a case-file use case runs with, bound to its transaction. */
export type CaseRepositories = {
  cases: CaseFiles;
  files: CaseRepository;
  org: CaseOrg;
  audit: Pick<AuditTrail, 'recordChange'>;
  outbox: Pick<Outbox, 'publish'>;
};

const SOCIAL_WORKERS: StaffRole[] = ['SOCIAL_WORKER', 'FLYING_SOCIAL_WORKER'];

/** Ids are database ids (global IDs are decoded by the resolvers). */
export class CaseService {
  constructor(private readonly uow: UnitOfWork<CaseRepositories>) {}

  /** The viewer as the R5 policy needs them (helpers: the case files they are scheduled at). */
  caseViewer(viewer: Viewer | null): Promise<CaseViewer | null> {
    return this.uow.read.cases.viewerOf(viewer);
  }

  private async save({ files, audit, outbox }: CaseRepositories, before: CaseRow, values: Partial<CaseRow>, viewer: StaffViewer, now: Date, type: string): Promise<CaseRow> {
    const after = await files.updateCase(before.id, { ...values, version: before.version + 1, updatedAt: now });
    await audit.recordChange({
      actorId: viewer.staffId,
      entity: 'CaseFile',
      entityId: after.id,
      caseFileId: after.id,
      entityVersion: after.version,
      before: caseSnapshot(before),
      after: caseSnapshot(after),
      at: now,
    });
    await outbox.publish({ type, topic: 'case', subjectId: after.id, actorId: viewer.staffId, payload: { caseFileId: after.id, version: after.version } });
    return after;
  }

  private async project(viewer: StaffViewer, row: CaseRow): Promise<CaseFile> {
    const projected = projectCase(await this.caseViewer(viewer), row);
    if (!projected) throw new Error('a writer sees the case they wrote');
    return projected;
  }

  async open(input: CaseFileOpenInput, viewer: StaffViewer, now: Date): Promise<CaseFile> {
    const { sectorId, socialWorkerId: workerId } = input;
    if (!input.reasonForContact.trim()) throw violation('reasonForContact', 'REQUIRED', 'Say why the person or their family got in touch.');
    if (!!input.beneficiary === !!input.beneficiaryId) throw violation('beneficiary', 'ONE_BENEFICIARY', 'Give either `beneficiary` (new) or `beneficiaryId` (known), not both.');
    const row = await this.uow.run(async ({ cases, files: repo, org, audit, outbox }) => {
      const [sector] = await org.sectorsByIds([sectorId]);
      if (!sector) throw violation('sectorId', 'UNKNOWN_SECTOR', '`sectorId` is not a sector.');
      const [worker] = await org.staffByIds([workerId]);
      if (!worker || !SOCIAL_WORKERS.includes(worker.role)) {
        throw violation('socialWorkerId', 'NOT_A_SOCIAL_WORKER', '`socialWorkerId` must be a social worker.');
      }
      const cv = await cases.viewerOf(viewer);
      if (caseAccess(cv, { sectorId: sector.id, socialWorkerId: worker.id }) !== 'FULL') {
        throw violation('sectorId', 'NOT_YOUR_SECTOR', 'You may open case files in your own sector only.');
      }
      let beneficiaryId: string;
      if (input.beneficiary) {
        const intake = input.beneficiary;
        const b = await nestedUnder('beneficiary', async () => repo.insertBeneficiary({ ...(await beneficiaryValues(repo, intake, null)), createdAt: now, updatedAt: now }));
        await audit.recordChange({ actorId: viewer.staffId, entity: 'Beneficiary', entityId: b.id, caseFileId: null, entityVersion: 1, before: null, after: beneficiarySnapshot(b), at: now });
        beneficiaryId = b.id;
      } else {
        const [b] = input.beneficiaryId ? await repo.beneficiariesByIds([input.beneficiaryId]) : [];
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
      await audit.recordChange({ actorId: viewer.staffId, entity: 'CaseFile', entityId: c.id, caseFileId: c.id, entityVersion: 1, before: null, after: caseSnapshot(c), at: now });
      await outbox.publish({ type: 'CASE_OPENED', topic: 'case', subjectId: c.id, actorId: viewer.staffId, payload: { caseFileId: c.id, version: 1 } });
      return c;
    });
    return this.project(viewer, row);
  }

  async transition(input: CaseFileTransitionInput, viewer: StaffViewer, now: Date): Promise<CaseFile> {
    const reason = input.reason.trim();
    if (!reason) throw violation('reason', 'REQUIRED', 'Say why the case file changes status.');
    const row = await this.uow.run(async (r) => {
      const before = await r.cases.writable(input.caseFileId, viewer, input.expectedVersion);
      const from = before.status as CaseStatus;
      const to = input.to as CaseStatus;
      if (!isLegalTransition(from, to)) throw violation('to', 'ILLEGAL_TRANSITION', illegalTransitionMessage(from, to));
      const redirectedTo = input.redirectedTo?.trim() || null;
      if (to === 'REDIRECTED' && !redirectedTo) throw violation('redirectedTo', 'REQUIRED', 'Name the service the person is redirected to.');
      await r.files.insertTransition({ caseFileId: before.id, fromStatus: from, toStatus: to, reason, caseVersion: before.version + 1, byId: viewer.staffId, at: now });
      return this.save(r, before, { status: to, redirectedTo: to === 'REDIRECTED' ? redirectedTo : before.redirectedTo }, viewer, now, 'CASE_STATUS_CHANGED');
    });
    return this.project(viewer, row);
  }

  async update(input: CaseFileUpdateInput, viewer: StaffViewer, now: Date): Promise<CaseFile> {
    const row = await this.uow.run(async (r) => {
      const before = await r.cases.writable(input.caseFileId, viewer, input.expectedVersion);
      const values: Partial<CaseRow> = {};
      if (input.reasonForContact !== undefined && input.reasonForContact !== null) {
        if (!input.reasonForContact.trim()) throw violation('reasonForContact', 'REQUIRED', 'The reason for contact cannot be empty.');
        values.reasonForContact = input.reasonForContact.trim();
      }
      if (input.socialWorkerId) {
        const [worker] = await r.org.staffByIds([input.socialWorkerId]);
        if (!worker || !SOCIAL_WORKERS.includes(worker.role)) {
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
      return this.save(r, before, values, viewer, now, 'CASE_UPDATED');
    });
    return this.project(viewer, row);
  }

  async recordUrgentAction(input: CaseFileUrgentActionInput, viewer: StaffViewer, now: Date): Promise<CaseFile> {
    const action = input.actionTaken.trim();
    if (!action) throw violation('actionTaken', 'REQUIRED', 'Say what was done.');
    const row = await this.uow.run(async (r) => {
      const before = await r.cases.writable(input.caseFileId, viewer, input.expectedVersion);
      if (!before.urgentSince) throw violation('caseFileId', 'NOT_URGENT', 'This case file has no urgent situation open.');
      return this.save(r, before, { urgentActionTaken: action, urgentActionAt: now, urgentActionById: viewer.staffId }, viewer, now, 'CASE_URGENT_ACTION');
    });
    return this.project(viewer, row);
  }

  async byId(id: string, viewer: Viewer | null): Promise<CaseFile | null> {
    const [row] = await this.uow.read.files.casesByIds([id]);
    return row ? projectCase(await this.caseViewer(viewer), row) : null;
  }

  async list(
    filter: Omit<CaseFilter, 'scopeSectorIds' | 'scopeCaseIds'>,
    first: number | null | undefined,
    after: string | null | undefined,
    viewer: Viewer | null,
    /** What the list's statement reads for the query (case.related.ts). */
    read: ListRead = {},
  ) {
    const cv = await this.caseViewer(viewer);
    // Refused before anything else (a filter, a cursor) is looked at: no argument makes it a register.
    const notListed = caseListRefusal(cv);
    if (notListed) throw new Forbidden(notListed);
    const n = pageSize(first);
    const key = afterKey(after, 'caseFiles', ['instant', 'id']);
    const refused = unreadableFilter(cv, {
      sectorId: filter.sectorId != null,
      socialWorkerId: filter.socialWorkerId != null,
      status: filter.status != null,
      urgentAlert: filter.urgentAlert != null,
      evaluationOverdue: filter.evaluationOverdue != null,
    });
    if (refused) throw new Forbidden(`R5: \`${refused}\` filters on a field of the case file you may not read; list without it.`, refused);
    const scope = listableScope(cv);
    const f: CaseFilter = { ...filter, scopeSectorIds: scope.sectorIds, scopeCaseIds: scope.caseIds };
    const rows = await this.uow.read.files.cases(f, n + 1, key ? { openedAt: String(key[0]), id: String(key[1]) } : undefined, read);
    const page = toPage(rows, n, 0, 'caseFiles', (r) => [r.openedAt.toISOString(), r.id], (r) => {
      const c = projectCase(cv, r);
      if (c) withListed(c, r);
      return c;
    });
    // The SQL scope and the projection agree; a row the projection refuses is dropped, never shown.
    const shown = { ...page, edges: page.edges.filter((e): e is { cursor: string; node: CaseFile } => e.node !== null) };
    return withCountWhenAsked(shown, () => this.uow.read.files.countCases(f));
  }

  /** A case file row as the viewer may see it (R5); null when it is not theirs to see. */
  async projectFor(viewer: Viewer | null, row: CaseRow): Promise<CaseFile | null> {
    return projectCase(await this.caseViewer(viewer), row);
  }

  /** A beneficiary through a case file the viewer reached (R5 applies the case's access). */
  beneficiaryOf(c: CaseFile, row: Parameters<typeof projectBeneficiary>[1]) {
    return projectBeneficiary(c.access, row, c.dbId);
  }

  async beneficiaryById(id: string, viewer: Viewer | null) {
    const [row] = await this.uow.read.files.beneficiariesByIds([id]);
    if (!row) return null;
    const cv = await this.caseViewer(viewer);
    const cases = await this.uow.read.files.casesOfBeneficiaries([row.id]);
    return projectBeneficiary(widestAccess(cases.map((c) => caseAccess(cv, c))), row, null);
  }

  casesByIds(ids: readonly string[]) {
    return this.uow.read.files.casesByIds(ids);
  }

  beneficiariesByIds(ids: readonly string[]) {
    return this.uow.read.files.beneficiariesByIds(ids);
  }

  transitionsOfCases(ids: readonly string[]) {
    return this.uow.read.files.transitionsOfCases(ids);
  }
}
