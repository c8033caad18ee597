// The audit trail as use cases write it, inside their transaction: changes with before/after, reads
// of sensitive fields, and the CONFLICT that names what changed since a stale version was read.
// Sibling modules (aid plans, visits, income) get one bound to their unit of work.
import { createHash } from 'node:crypto';
import type { Executor } from '../../db/client.js';
import { violation, type RuleViolation } from '../../shared/outcome.js';
import { AuditRepository, type AuditEntity, type ChangeRecord } from './audit.repository.js';
import { changedFields } from './case.rules.js';

/** Identity numbers are kept out of the trail's JSON: a fingerprint shows that they changed. */
export function fingerprint(value: string | null): string | null {
  return value === null ? null : `sha256:${createHash('sha256').update(value).digest('hex').slice(0, 12)}`;
}

export type { ChangeRecord };

export interface ReadRecord {
  actorId: string;
  caseFileId: string | null;
  entity: AuditEntity;
  entityId: string;
  field: string;
  at: Date;
}

export class AuditTrail {
  constructor(private readonly repo: Pick<AuditRepository, 'recordChange' | 'recordReads' | 'changesSince'>) {}

  recordChange(e: ChangeRecord): Promise<void> {
    return this.repo.recordChange(e);
  }

  recordReads(reads: ReadRecord[]): Promise<void> {
    return this.repo.recordReads(reads);
  }

  /** Refuses a write made against an older version, naming the fields changed since. */
  async staleWrite(entity: AuditEntity, id: string, expected: number, current: number, field = 'expectedVersion'): Promise<RuleViolation> {
    const changes = await this.repo.changesSince(entity, id, expected);
    const fields = new Set<string>();
    for (const c of changes) for (const f of changedFields(c.before ?? {}, c.after ?? {})) fields.add(f);
    const what = fields.size ? `changed: ${[...fields].sort().join(', ')}` : 'was changed';
    return violation(
      field,
      'CONFLICT',
      `This ${entity} is at version ${current}, you read version ${expected}; since then it ${what}. Nothing was saved: reload, then apply your change again.`,
    );
  }
}

export function auditTrail(executor: Executor): AuditTrail {
  return new AuditTrail(new AuditRepository(executor));
}
