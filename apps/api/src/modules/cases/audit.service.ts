// The audit trail's use cases: record changes, record reads of sensitive fields, refuse stale
// writes with what changed (CONFLICT), and let direction read the trail.
import type { Database, Executor } from '../../db/client.js';
import { decodeCursor, pageSize, toPage } from '../../shared/paging.js';
import { fromGlobalId } from '../../shared/global-id.js';
import type { RuleViolation } from '../../shared/outcome.js';
import { auditTrail } from './audit.trail.js';
import { AuditRepository, type AuditEntity, type AuditFilter } from './audit.repository.js';
import { toAuditEntry } from './audit.types.js';

/** Refuses a write made against an older version, naming the fields changed since (see AuditTrail). */
export function staleWrite(db: Executor, entity: AuditEntity, id: string, expected: number, current: number, field = 'expectedVersion'): Promise<RuleViolation> {
  return auditTrail(db).staleWrite(entity, id, expected, current, field);
}

export class AuditService {
  private readonly repo: AuditRepository;

  constructor(db: Database) {
    this.repo = new AuditRepository(db);
  }

  recordReads(reads: Parameters<AuditRepository['recordReads']>[0]) {
    return this.repo.recordReads(reads);
  }

  async entries(filter: { caseFileId?: string | null; kind?: AuditFilter['kind'] }, first: number | null | undefined, after: string | null | undefined) {
    const n = pageSize(first);
    const key = after ? decodeCursor(after, 1) : null;
    const f: AuditFilter = { kind: filter.kind, caseFileId: filter.caseFileId ? (fromGlobalId(filter.caseFileId, 'CaseFile')?.id ?? '00000000-0000-0000-0000-000000000000') : null };
    const rows = await this.repo.entries(f, n + 1, key ? Number(key[0]) : undefined);
    const total = await this.repo.count(f);
    return toPage(rows, n, total, (r) => [r.position], toAuditEntry);
  }
}
