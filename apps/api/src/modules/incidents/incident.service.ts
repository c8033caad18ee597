// Incident use cases: declare damage at a home, follow it with the insurer until closed, keep its
// documents (checked by SHA-256 on the way out); reads scoped by R5 and written to the audit trail.
import type { UnitOfWork } from '../../db/unit-of-work.js';
import type { Outbox } from '../../events/outbox.js';
import { Forbidden, violation } from '../../shared/outcome.js';
import { offsetPage, type Page } from '../../shared/paging.js';
import { SERVICE_TIME_ZONE } from '../../time/service-time.js';
import type { StaffViewer } from '../auth/index.js';
import { caseAccess, type AuditTrail, type CaseFiles } from '../cases/index.js';
import { isHelper } from '../org/index.js';
import type { IncidentRepository, IncidentRow } from './incident.repository.js';
import {
  declarationError,
  documentError,
  listScope,
  mayAddDocument,
  mayHandle,
  mayReadIncident,
  MAX_DOCUMENTS_PER_INCIDENT,
  sha256Hex,
  statusChangeError,
  type IncidentStatus,
} from './incident.rules.js';
import { toIncident, toIncidentDocument, type Incident, type IncidentDocument } from './incident.types.js';

export interface IncidentRepositories {
  incidents: IncidentRepository;
  cases: Pick<CaseFiles, 'viewerOf' | 'byIds'>;
  audit: Pick<AuditTrail, 'recordChange' | 'recordReads'>;
  outbox: Pick<Outbox, 'publish'>;
}

/** A declaration with database ids (decoded by the resolver). */
export interface IncidentDraft {
  caseFileId: string;
  occurredAt: Date;
  description: string;
  involvedStaffIds: string[];
  otherPeopleInvolved: string | null;
  insurerReference: string | null;
}

export interface StatusChangeDraft {
  incidentId: string;
  to: IncidentStatus;
  insurerReference: string | null;
  note: string | null;
  expectedVersion: number | null;
}

export interface DocumentDraft {
  incidentId: string;
  fileName: string;
  mediaType: string;
  content: Buffer;
  /** The limit of the way it came in (GraphQL base64 or the HTTP route). */
  maxBytes: number;
}

export type DownloadOutcome =
  | { ok: true; fileName: string; mediaType: string; content: Buffer; sha256: string }
  | { ok: false; reason: 'NOT_FOUND' | 'DAMAGED' };

const LIST_LIMIT = 1_000;
const trimmedOrNull = (s: string | null | undefined) => (s?.trim() ? s.trim() : null);
const snapshot = (r: IncidentRow) => ({ status: r.status, insurerReference: r.insurerReference, occurredAt: r.occurredAt.toISOString(), description: r.description, caseFileId: r.caseFileId });

export class IncidentService {
  constructor(private readonly uow: UnitOfWork<IncidentRepositories>) {}

  async declare(draft: IncidentDraft, viewer: StaffViewer, now: Date): Promise<Incident> {
    const err = declarationError({ occurredAt: draft.occurredAt, now, description: draft.description, insurerReference: draft.insurerReference });
    if (err) throw violation(err.field, err.code, err.message);
    const involved = [...new Set(draft.involvedStaffIds)];
    return this.uow.run(async ({ incidents, cases, audit, outbox }) => {
      const [c] = await cases.byIds([draft.caseFileId]);
      const access = c ? caseAccess(await cases.viewerOf(viewer), c) : 'NONE';
      // A helper declares at a home it works at; the sector's social worker and direction at any home they manage.
      const allowed = isHelper(viewer.role) ? access === 'HELPER' : access === 'FULL' && (viewer.role === 'SOCIAL_WORKER' ? c?.sectorId === viewer.sectorId : true);
      if (!c || !allowed) throw violation('caseFileId', 'UNKNOWN_CASE_FILE', 'No case file of a home you work at has this ID.');
      // The same declaration sent twice (a double tap, a retry, twenty at once) is one incident.
      await incidents.lockDeclarations(c.id);
      if (await incidents.sameDeclaration({ caseFileId: c.id, declaredById: viewer.staffId, occurredAt: draft.occurredAt })) {
        throw violation('occurredAt', 'ALREADY_DECLARED', 'You have already declared an incident at this home at this very time.');
      }
      if (involved.length && (await incidents.staffByIds(involved)).length !== involved.length) throw violation('involvedStaffIds', 'UNKNOWN_STAFF', 'Each of `involvedStaffIds` must be the ID of a staff member.');
      const row = await incidents.insert({
        caseFileId: c.id, sectorId: c.sectorId, declaredById: viewer.staffId, declaredAt: now, occurredAt: draft.occurredAt, occurredZone: SERVICE_TIME_ZONE,
        description: draft.description.trim(), involvedStaffIds: involved, otherPeopleInvolved: trimmedOrNull(draft.otherPeopleInvolved), insurerReference: trimmedOrNull(draft.insurerReference),
        updatedAt: now,
      });
      await incidents.insertStatusChange({ incidentId: row.id, fromStatus: null, toStatus: 'DECLARED', note: null, byId: viewer.staffId, at: now, incidentVersion: 1 });
      await audit.recordChange({ actorId: viewer.staffId, entity: 'Incident', entityId: row.id, caseFileId: c.id, entityVersion: 1, before: null, after: snapshot(row), at: now });
      await outbox.publish({ type: 'INCIDENT_DECLARED', topic: 'incident', subjectId: row.id, actorId: viewer.staffId, payload: { incidentId: row.id, sectorId: row.sectorId } });
      return this.full([row], incidents).then(([i]) => i);
    });
  }

  async changeStatus(draft: StatusChangeDraft, viewer: StaffViewer, now: Date): Promise<Incident> {
    return this.uow.run(async ({ incidents, audit, outbox }) => {
      // Locked: twenty identical changes at once are made one after the other, and only the first applies.
      const before = await incidents.lock(draft.incidentId);
      if (!before || !mayReadIncident(viewer, before)) throw violation('incidentId', 'UNKNOWN_INCIDENT', 'No incident you may read has this ID.');
      if (!mayHandle(viewer, before)) throw violation('incidentId', 'NOT_YOUR_INCIDENT', "The sector's social worker and direction follow a claim with the insurer.");
      if (draft.expectedVersion !== null && draft.expectedVersion !== before.version) {
        throw violation('expectedVersion', 'CONFLICT', `This incident is at version ${before.version} (${before.status}), you read version ${draft.expectedVersion}. Nothing was saved: reload, then apply your change again.`);
      }
      const insurerReference = trimmedOrNull(draft.insurerReference) ?? before.insurerReference;
      const err = statusChangeError({ from: before.status, to: draft.to, insurerReference });
      if (err) throw violation(err.field, err.code, err.message);
      const version = before.version + 1;
      const after = await incidents.update(before.id, { status: draft.to, insurerReference, version, updatedAt: now });
      await incidents.insertStatusChange({ incidentId: before.id, fromStatus: before.status, toStatus: draft.to, note: trimmedOrNull(draft.note), byId: viewer.staffId, at: now, incidentVersion: version });
      await audit.recordChange({ actorId: viewer.staffId, entity: 'Incident', entityId: before.id, caseFileId: before.caseFileId, entityVersion: version, before: snapshot(before), after: snapshot(after), at: now });
      await outbox.publish({ type: 'INCIDENT_STATUS_CHANGED', topic: 'incident', subjectId: before.id, actorId: viewer.staffId, payload: { incidentId: before.id, sectorId: before.sectorId, from: before.status, to: draft.to } });
      return this.full([after], incidents).then(([i]) => i);
    });
  }

  async addDocument(draft: DocumentDraft, viewer: StaffViewer, now: Date): Promise<{ document: IncidentDocument; incident: Incident }> {
    const err = documentError(draft);
    if (err) throw violation(err.field, err.code, err.message);
    const sha256 = sha256Hex(draft.content);
    return this.uow.run(async ({ incidents, audit, outbox }) => {
      const incident = await incidents.lock(draft.incidentId);
      if (!incident || !mayAddDocument(viewer, incident)) throw violation('incidentId', 'UNKNOWN_INCIDENT', 'No incident you may read has this ID.');
      if (incident.status === 'CLOSED') throw violation('incidentId', 'INCIDENT_CLOSED', 'This incident is closed: it no longer changes.');
      const existing = await incidents.documentsOf([incident.id]);
      if (existing.some((d) => d.sha256 === sha256)) throw violation('content', 'ALREADY_ATTACHED', `This file is already attached (${existing.find((d) => d.sha256 === sha256)?.fileName}).`);
      if (existing.length >= MAX_DOCUMENTS_PER_INCIDENT) throw violation('incidentId', 'TOO_MANY_DOCUMENTS', `An incident keeps at most ${MAX_DOCUMENTS_PER_INCIDENT} documents.`);
      const doc = await incidents.insertDocument({ incidentId: incident.id, fileName: draft.fileName.trim(), mediaType: draft.mediaType, sizeBytes: draft.content.length, sha256, content: draft.content, uploadedById: viewer.staffId, uploadedAt: now });
      await audit.recordChange({ actorId: viewer.staffId, entity: 'IncidentDocument', entityId: doc.id, caseFileId: incident.caseFileId, entityVersion: 1, before: null, after: { incidentId: incident.id, fileName: doc.fileName, mediaType: doc.mediaType, sizeBytes: doc.sizeBytes, sha256 }, at: now });
      await outbox.publish({ type: 'INCIDENT_DOCUMENT_ADDED', topic: 'incident', subjectId: incident.id, actorId: viewer.staffId, payload: { incidentId: incident.id, documentId: doc.id, sectorId: incident.sectorId } });
      const [full] = await this.full([incident], incidents);
      return { document: toIncidentDocument(doc), incident: full };
    });
  }

  /** The incidents the viewer may read (R5), newest first; `sectorId` narrows direction's view. */
  async list(args: { sectorId: string | null; status: IncidentStatus | null; first?: number | null; after?: string | null }, viewer: StaffViewer, now: Date): Promise<Page<Incident>> {
    const scope = listScope(viewer);
    if (!scope) throw new Forbidden('R5: incidents are read by the helper who declared them, the sector’s social worker and direction.');
    if (args.sectorId && scope.sectorId && args.sectorId !== scope.sectorId) throw new Forbidden("R5: a social worker reads her own sector's incidents.");
    const { incidents } = this.uow.read;
    const rows = await incidents.list({ ...scope, sectorId: scope.sectorId ?? args.sectorId ?? undefined, status: args.status ?? undefined }, LIST_LIMIT);
    const page = offsetPage(rows, args.first, args.after, 'incidents');
    const shown = page.edges.map((e) => e.node);
    await this.audited(shown, viewer, now);
    const full = new Map((await this.full(shown, incidents)).map((i) => [i.dbId, i]));
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: full.get(e.node.id) as Incident })) };
  }

  /** `node(id:)`: the incident when the viewer may read it (R5), else null. */
  async byId(id: string, viewer: StaffViewer, now: Date): Promise<Incident | null> {
    const { incidents } = this.uow.read;
    const [row] = await incidents.byIds([id]);
    if (!row || !mayReadIncident(viewer, row)) return null;
    await this.audited([row], viewer, now);
    const [full] = await this.full([row], incidents);
    return full;
  }

  /** Whether the viewer may read the incident (R5), without auditing: the subscription's filter. */
  async readable(id: string, viewer: StaffViewer): Promise<boolean> {
    const [row] = await this.uow.read.incidents.byIds([id]);
    return !!row && mayReadIncident(viewer, row);
  }

  /** `node(id:)` for a document: its description when the viewer may read its incident. */
  async documentById(id: string, viewer: StaffViewer): Promise<IncidentDocument | null> {
    const { incidents } = this.uow.read;
    const [doc] = await incidents.documentsByIds([id]);
    const [incident] = doc ? await incidents.byIds([doc.incidentId]) : [];
    return doc && incident && mayReadIncident(viewer, incident) ? toIncidentDocument(doc) : null;
  }

  /** The file, when the viewer may read its incident and its bytes still match their SHA-256. */
  async download(id: string, viewer: StaffViewer, now: Date): Promise<DownloadOutcome> {
    const { incidents, audit } = this.uow.read;
    const [meta] = await incidents.documentsByIds([id]);
    const [incident] = meta ? await incidents.byIds([meta.incidentId]) : [];
    // A document of an incident the viewer may not read is answered like one that does not exist.
    if (!meta || !incident || !mayReadIncident(viewer, incident)) return { ok: false, reason: 'NOT_FOUND' };
    const file = await incidents.documentFile(id);
    if (!file) return { ok: false, reason: 'NOT_FOUND' };
    if (file.content.length !== file.sizeBytes || sha256Hex(file.content) !== file.sha256) return { ok: false, reason: 'DAMAGED' };
    await audit.recordReads([{ actorId: viewer.staffId, caseFileId: incident.caseFileId, entity: 'IncidentDocument', entityId: file.id, field: 'content', at: now }]);
    return { ok: true, fileName: file.fileName, mediaType: file.mediaType, content: file.content, sha256: file.sha256 };
  }

  // R5: reads of incidents are written to the audit trail, like reads of a case file's sensitive fields.
  private audited(rows: IncidentRow[], viewer: StaffViewer, now: Date): Promise<void> {
    return this.uow.read.audit.recordReads(rows.map((r) => ({ actorId: viewer.staffId, caseFileId: r.caseFileId, entity: 'Incident' as const, entityId: r.id, field: 'incident', at: now })));
  }

  private async full(rows: IncidentRow[], incidents: IncidentRepository): Promise<Incident[]> {
    const ids = rows.map((r) => r.id);
    const [changes, documents] = await Promise.all([incidents.statusChangesOf(ids), incidents.documentsOf(ids)]);
    return rows.map((r) => toIncident(r, changes, documents));
  }
}
