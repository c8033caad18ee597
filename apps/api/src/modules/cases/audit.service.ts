// The audit trail as direction reads it (newest first, by case file and kind), and the request's
// batch of sensitive reads. Changes go through AuditTrail (audit.trail.ts) in each use case's unit of work.
import type { UnitOfWork } from '../../db/unit-of-work.js';
import { afterKey, pageSize, toPage } from '../../shared/paging.js';
import type { AuditFilter, AuditRepository } from './audit.repository.js';
import { toAuditEntry } from './audit.types.js';

export type AuditRepositories = { audit: Pick<AuditRepository, 'entries' | 'count' | 'recordReads'> };

export class AuditService {
  constructor(private readonly uow: UnitOfWork<AuditRepositories>) {}

  /** Reads of sensitive fields, batched per request (the auditRead loader). */
  recordReads(reads: Parameters<AuditRepository['recordReads']>[0]) {
    return this.uow.read.audit.recordReads(reads);
  }

  /** `caseFileId` is a database id (the resolver decodes it; an ID of nothing finds nothing). */
  async entries(filter: { caseFileId?: string | null; kind?: AuditFilter['kind'] }, first: number | null | undefined, after: string | null | undefined) {
    const { audit } = this.uow.read;
    const n = pageSize(first);
    const key = afterKey(after, 'auditEntries', ['position']);
    const f: AuditFilter = { kind: filter.kind, caseFileId: filter.caseFileId ?? null };
    const rows = await audit.entries(f, n + 1, key ? Number(key[0]) : undefined);
    const total = await audit.count(f);
    return toPage(rows, n, total, 'auditEntries', (r) => [r.position], toAuditEntry);
  }
}
