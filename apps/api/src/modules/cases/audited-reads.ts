// R5: reads of sensitive fields are written to the audit trail. Which fields is one list
// (AUDITED_READS); one type-graphql middleware writes them, batched per request through the
// `auditRead` loader. The composition root puts the middleware on the listed fields (auditReadsOf).
import { UseMiddleware, type MiddlewareFn } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import type { AuditEntity } from './audit.repository.js';
import { SENSITIVE_BENEFICIARY_FIELDS } from './case.access.js';

/** A read of a sensitive field, to be audited (R5): who, which case, which entity and field. */
export interface SensitiveRead {
  actorId: string;
  caseFileId: string | null;
  entity: AuditEntity;
  entityId: string;
  field: string;
}

/** Same read, same key: a field read many times in one request is audited once. */
export function auditReadKey(r: SensitiveRead): string {
  return JSON.stringify({ actorId: r.actorId, caseFileId: r.caseFileId, entity: r.entity, entityId: r.entityId, field: r.field });
}

type Read = Omit<SensitiveRead, 'actorId'>;
// Case-file amounts (R2) are audited against the case file, named `<case field>.<field>`.
const caseAmount = (caseField: string) => (p: { caseDbId: string }, field: string): Read => ({ caseFileId: p.caseDbId, entity: 'CaseFile', entityId: p.caseDbId, field: `${caseField}.${field}` });

/** GraphQL type → its sensitive fields and what a read of one is recorded as. */
export const AUDITED_READS = {
  Beneficiary: {
    fields: SENSITIVE_BENEFICIARY_FIELDS as readonly string[],
    read: (b: { dbId: string; caseDbId: string | null }, field: string): Read => ({ caseFileId: b.caseDbId, entity: 'Beneficiary', entityId: b.dbId, field }),
  },
  IncomeProof: { fields: ['monthlyAmount'], read: caseAmount('incomeProofs') },
  FinancialParticipation: { fields: ['householdMonthlyIncome', 'equivalisedMonthlyIncome', 'hourlyRate', 'weeklyAmount'], read: caseAmount('financialParticipation') },
  // What the beneficiary said at a satisfaction check, in their own words (R7, R8): overall and per domain.
  SatisfactionCheck: { fields: ['comment'], read: (c: { dbId: string; caseDbId: string }, field: string): Read => ({ caseFileId: c.caseDbId, entity: 'SatisfactionCheck', entityId: c.dbId, field }) },
  SatisfactionScore: {
    fields: ['comment'],
    read: (s: { checkDbId: string; caseDbId: string; domain: string }, field: string): Read => ({ caseFileId: s.caseDbId, entity: 'SatisfactionCheck', entityId: s.checkDbId, field: `scores.${s.domain}.${field}` }),
  },
} as const;

type AuditedType = keyof typeof AUDITED_READS;

/** Writes a staff member's read of a listed field that has a value; the kiosk never reaches one. */
export const auditSensitiveRead: MiddlewareFn<Context> = async ({ root, info, context }, next) => {
  const value: unknown = await next();
  const listed = AUDITED_READS[info.parentType.name as AuditedType];
  const fields: readonly string[] | undefined = listed?.fields;
  if (value !== null && value !== undefined && fields?.includes(info.fieldName) && context.viewer?.kind === 'STAFF') {
    await context.loaders.auditRead.load(auditReadKey({ actorId: context.viewer.staffId, ...listed.read(root as never, info.fieldName) }));
  }
  return value;
};

const applied = new WeakSet<object>();

/** Puts the middleware on every listed field of these classes, once, before the schema is built. */
export function auditReadsOf(types: Record<AuditedType, abstract new (...args: never[]) => object>): void {
  for (const [name, cls] of Object.entries(types) as [AuditedType, abstract new (...args: never[]) => object][]) {
    if (applied.has(cls)) continue;
    applied.add(cls);
    for (const field of AUDITED_READS[name].fields) UseMiddleware(auditSensitiveRead)(cls.prototype, field);
  }
}
