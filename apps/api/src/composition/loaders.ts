// The per-request DataLoaders, built from the services (the plumbing is in graphql/loaders.ts).
import DataLoader from 'dataloader';
import { byId, groupedBy } from '../graphql/loaders.js';
import type { SensitiveRead } from '../modules/cases/index.js';
import { toSectorCaseload } from '../modules/cases/caseload.types.js';
import { NO_CASELOAD } from '../modules/cases/caseload.rules.js';
import { serviceDay } from '../time/service-time.js';
import type { Services } from './services.js';
import type { ShiftFacts } from '../modules/permanence/index.js';

export function createLoaders(services: Services) {
  const { org, permanence } = services;
  const { cases, audit, aidPlans, visits } = services;
  // The board's counts for all sectors asked in one request: one grouped statement, not one per sector.
  const sectorCaseload = new DataLoader<string, ReturnType<typeof toSectorCaseload>>(async (ids) => {
    const now = services.clock();
    const counts = await services.caseloads.forSectors(ids, now);
    const day = serviceDay(now);
    return ids.map((id) => toSectorCaseload(id, day, counts.get(id) ?? NO_CASELOAD));
  });
  let sectorsWithCaseloads: Promise<Awaited<ReturnType<typeof services.caseloads.everySector>>[number]['sector'][]> | undefined;
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
    swap: byId((ids) => services.swaps.byIds(ids)),
    swapsOfShift: groupedBy((ids) => services.swaps.ofShifts(ids), (r) => r.shiftId),
    alert: byId((ids) => services.alerts.byIds(ids)),
    // R14 for every sector the board asks at once, at every instant it asks (now, next): one set of
    // reads for all of them, not one per sector or per instant. Keys are `<ISO instant>|<sector id>`.
    whoToCall: new DataLoader<string, Awaited<ReturnType<typeof services.whoToCall.forSectors>>[number]>(async (keys) => {
      const instants = [...new Set(keys.map((key) => key.split('|')[0]))];
      const sectorIds = [...new Set(keys.map((key) => key.split('|')[1]))];
      const answers = new Map<string, Awaited<ReturnType<typeof services.whoToCall.forSectors>>[number]>();
      const byInstant = await services.whoToCall.forInstants(sectorIds, instants.map((at) => new Date(at)));
      instants.forEach((at, i) => {
        for (const answer of byInstant[i]) answers.set(`${at}|${answer.sectorDbId}`, answer);
      });
      return keys.map((key) => answers.get(key)!);
    }),
    // Who to call in every sector at an instant (schedule access: the sectors a social worker covers, R14). Keys are ISO instants.
    whoToCallEverywhere: new DataLoader<string, Awaited<ReturnType<typeof services.whoToCall.forSectors>>>(async (instants) => {
      const sectorIds = (await org.sectors()).map((s) => s.id);
      return services.whoToCall.forInstants(sectorIds, instants.map((at) => new Date(at)));
    }),
    // Keyed by the shift the field resolves on (its holders and span are known): no second read of the shift.
    holdersInCallOrder: new DataLoader((shifts: readonly ShiftFacts[]) => services.shiftHolders.inCallOrder(shifts, services.clock()), { cacheKeyFn: (s) => s.id }),
    caseFile: byId((ids) => cases.casesByIds(ids)),
    beneficiary: byId((ids) => cases.beneficiariesByIds(ids)),
    transitionsOfCase: groupedBy((ids) => cases.transitionsOfCases(ids), (r) => r.caseFileId),
    aidPlanVersionsOfCase: groupedBy((ids) => aidPlans.versionsOfCases(ids, services.clock()), (v) => v.caseDbId),
    visitsOfCase: groupedBy((ids) => visits.visitsOfCases(ids), (r) => r.caseFileId),
    scheduleEntry: byId((ids) => services.schedules.entriesByIds(ids)),
    fileChecksOfCase: groupedBy((ids) => visits.fileChecksOfCases(ids), (r) => r.caseFileId),
    aidDecisionsOfCase: groupedBy((ids) => visits.decisionsOfCases(ids), (r) => r.caseFileId),
    sectorCaseload,
    // The `sectors` list when its caseloads are asked (the board's panel): one statement for both, once
    // per request (aliases share it), the counts handed to `sectorCaseload`.
    sectorsWithCaseloads: () =>
      (sectorsWithCaseloads ??= (async () => {
        const now = services.clock();
        const rows = await services.caseloads.everySector(now);
        const day = serviceDay(now);
        for (const { sector, counts } of rows) sectorCaseload.prime(sector.id, toSectorCaseload(sector.id, day, counts));
        return rows.map((r) => r.sector);
      })()),
    ...services.moduleLoaders.income(),
    ...services.moduleLoaders.satisfaction(),
    planningRequest: byId((ids) => services.planning.requestsByIds(ids)),
    flyingAssignment: new DataLoader<string, Awaited<ReturnType<typeof services.flyingAssignments.byIds>>[number] | null>(async (ids) => {
      const rows = await services.flyingAssignments.byIds(ids);
      return ids.map((id) => rows.find((r) => r.dbId === id) ?? null);
    }),
    // Keys come from auditReadKey(): one insert per request's batch.
    auditRead: new DataLoader<string, true>(async (keys) => {
      const at = services.clock();
      await audit.recordReads(keys.map((k) => ({ ...(JSON.parse(k) as SensitiveRead), at })));
      return keys.map(() => true as const);
    }),
  };
}

type ModuleLoaders = ReturnType<typeof createLoaders>;

declare module '../graphql/loaders.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Loaders extends ModuleLoaders {}
}
