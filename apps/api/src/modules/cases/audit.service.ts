// The audit trail's use cases: record changes, record reads of sensitive fields, refuse stale
// writes with what changed (CONFLICT), and let direction read the trail.
import { createHash } from 'node:crypto';
import type { Database, Executor } from '../../db/client.js';
import { decodeCursor, pageSize, toPage } from '../../shared/paging.js';
import { fromGlobalId } from '../../shared/global-id.js';
import { violation, type RuleViolation } from '../../shared/outcome.js';
import { changedFields } from './case.rules.js';
import { AuditRepository, type AuditEntity, type AuditFilter } from './audit.repository.js';
import { toAuditEntry } from './audit.types.js';

/** Identity numbers are kept out of the trail's JSON: a fingerprint shows that they changed. */
export function fingerprint(value: string | null): string | null {
  return value === null ? null : `sha256:${createHash('sha256').update(value).digest('hex').slice(0, 12)}`;
}

/** Refuses a write made against an older version, naming the fields changed since. */
export async function staleWrite(db: Executor, entity: AuditEntity, id: string, expected: number, current: number, field = 'expectedVersion'): Promise<RuleViolation> {
  const changes = await new AuditRepository(db).changesSince(entity, id, expected);
  const fields = new Set<string>();
  for (const c of changes) for (const f of changedFields(c.before ?? {}, c.after ?? {})) fields.add(f);
  const what = fields.size ? `changed: ${[...fields].sort().join(', ')}` : 'was changed';
  return violation(
    field,
    'CONFLICT',
    `This ${entity} is at version ${current}, you read version ${expected}; since then it ${what}. Nothing was saved: reload, then apply your change again.`,
  );
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
