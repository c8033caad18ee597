// The audit trail: append-only. This repository inserts and reads; nothing updates or deletes it.
import { and, count, desc, eq, gt, lt, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { auditEntries } from '../../db/schema/index.js';

export type AuditRow = typeof auditEntries.$inferSelect;
export type AuditEntity = 'Beneficiary' | 'CaseFile' | 'AidPlanVersion' | 'Visit' | 'FileCheck' | 'AidDecision' | 'IncomeProof' | 'IncomeFollowUp' | 'Incident' | 'IncidentDocument' | 'SatisfactionCheck' | 'SatisfactionSettings' | 'ReportingToken';

export interface AuditFilter {
  caseFileId?: string | null;
  kind?: 'CHANGE' | 'READ' | null;
}

/** A change as the trail keeps it: who, what, its version, before and after. */
export interface ChangeRecord {
  actorId: string | null;
  entity: AuditEntity;
  entityId: string;
  caseFileId: string | null;
  entityVersion: number | null;
  /** The change's name when it is not a versioned snapshot (a reporting token's 'created', 'revokedAt'). */
  field?: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  at: Date;
}

export class AuditRepository {
  constructor(private readonly db: Executor) {}

  async recordChange(e: ChangeRecord) {
    await this.db.insert(auditEntries).values({ kind: 'CHANGE', ...e });
  }

  async recordReads(reads: { actorId: string; caseFileId: string | null; entity: AuditEntity; entityId: string; field: string; at: Date }[]) {
    if (!reads.length) return;
    await this.db.insert(auditEntries).values(reads.map((r) => ({ kind: 'READ' as const, ...r })));
  }

  /** The changes made to an entity after a version, oldest first (for a CONFLICT message). */
  changesSince(entity: AuditEntity, entityId: string, version: number) {
    return this.db
      .select()
      .from(auditEntries)
      .where(and(eq(auditEntries.kind, 'CHANGE'), eq(auditEntries.entity, entity), eq(auditEntries.entityId, entityId), gt(auditEntries.entityVersion, version)))
      .orderBy(auditEntries.position);
  }

  private where(f: AuditFilter): SQL | undefined {
    return and(f.caseFileId ? eq(auditEntries.caseFileId, f.caseFileId) : undefined, f.kind ? eq(auditEntries.kind, f.kind) : undefined);
  }

  /** Newest first; keyset-paginated on (at, id). */
  entries(filter: AuditFilter, limit: number, after?: number) {
    return this.db
      .select()
      .from(auditEntries)
      .where(and(this.where(filter), after !== undefined ? lt(auditEntries.position, after) : undefined))
      .orderBy(desc(auditEntries.position))
      .limit(limit);
  }

  async count(filter: AuditFilter) {
    const [row] = await this.db.select({ n: count() }).from(auditEntries).where(this.where(filter));
    return row.n;
  }
}
