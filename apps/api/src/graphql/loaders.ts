// Per-request DataLoaders, so lists resolve their related objects in one query per kind.
import DataLoader from 'dataloader';
import type { Services } from '../services.js';

function byId<R extends { id: string }>(load: (ids: readonly string[]) => Promise<R[]>) {
  return new DataLoader<string, R | null>(async (ids) => {
    const rows = await load(ids);
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

function groupedBy<R>(load: (ids: readonly string[]) => Promise<R[]>, key: (row: R) => string) {
  return new DataLoader<string, R[]>(async (ids) => {
    const rows = await load(ids);
    return ids.map((id) => rows.filter((r) => key(r) === id));
  });
}

export function createLoaders(services: Pick<Services, 'org' | 'permanence' | 'cases' | 'audit' | 'aidPlans' | 'visits' | 'clock' | 'schedules'>) {
  const { org, permanence } = services;
  const { cases, audit, aidPlans, visits } = services;
  return {
    staff: byId((ids) => org.staffByIds(ids)),
    sector: byId((ids) => org.sectorsByIds(ids)),
    binome: byId((ids) => org.binomesByIds(ids)),
    sectorSocialWorker: new DataLoader<string, Awaited<ReturnType<typeof org.sectorSocialWorkers>>[number]['worker'] | null>(async (ids) => {
      const rows = await org.sectorSocialWorkers(ids);
      return ids.map((id) => rows.find((r) => r.sectorId === id)?.worker ?? null);
    }),
    shift: byId((ids) => permanence.shiftsByIds(ids)),
    replacement: byId((ids) => permanence.replacementsByIds(ids)),
    replacementsOfShift: groupedBy((ids) => permanence.replacementsOfShifts(ids), (r) => r.shiftId),
    alert: byId((ids) => permanence.alertsByIds(ids)),
    caseFile: byId((ids) => cases.casesByIds(ids)),
    beneficiary: byId((ids) => cases.beneficiariesByIds(ids)),
    transitionsOfCase: groupedBy((ids) => cases.transitionsOfCases(ids), (r) => r.caseFileId),
    aidPlanVersionsOfCase: groupedBy((ids) => aidPlans.versionsOfCases(ids, services.clock()), (v) => v.caseDbId),
    visitsOfCase: groupedBy((ids) => visits.visitsOfCases(ids), (r) => r.caseFileId),
    scheduleEntry: byId((ids) => services.schedules.entriesByIds(ids)),
    fileChecksOfCase: groupedBy((ids) => visits.fileChecksOfCases(ids), (r) => r.caseFileId),
    aidDecisionsOfCase: groupedBy((ids) => visits.decisionsOfCases(ids), (r) => r.caseFileId),
    // Keys are JSON [actorId, caseFileId, beneficiaryId, field]: one insert per request's batch.
    auditRead: new DataLoader<string, true>(async (keys) => {
      const at = services.clock();
      await audit.recordReads(keys.map((k) => JSON.parse(k) as [string, string | null, string, string]).map(([actorId, caseFileId, entityId, field]) => ({ actorId, caseFileId, entity: 'Beneficiary' as const, entityId, field, at })));
      return keys.map(() => true as const);
    }),
  };
}
export type Loaders = ReturnType<typeof createLoaders>;
