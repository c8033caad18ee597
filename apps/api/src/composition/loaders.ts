// The per-request DataLoaders, built from the services (the plumbing is in graphql/loaders.ts).
import DataLoader from 'dataloader';
import { byId, groupedBy } from '../graphql/loaders.js';
import type { SensitiveRead } from '../modules/cases/index.js';
import { toSectorCaseload } from '../modules/cases/caseload.types.js';
import { NO_CASELOAD } from '../modules/cases/caseload.rules.js';
import { serviceDay } from '../time/service-time.js';
import type { Services } from './services.js';
import type { HandOver, ShiftFacts } from '../modules/permanence/index.js';
import type { RequestReads } from '../db/request-reads.js';

/**
 * The loaders of a request, each made on first use: a request reads a few of the ~35 (the sectors
 * with their social worker: one), and building all of them on every request showed in its profile.
 * The getters live on one prototype per server; a request's loaders are an `Object.create` of it.
 */
export function requestLoaders(services: Services): (reads?: RequestReads) => ModuleLoaders {
  const proto = lazily(loaderFactories(services));
  return (reads) => {
    const loaders = Object.create(proto) as InRequest;
    // A query request's shared reads, handed by the loaders that read what others of the request read too.
    if (reads) loaders.reads = reads;
    return loaders as ModuleLoaders;
  };
}

/** The request the loaders serve: its shared reads (db/request-reads.ts), a query's only. */
interface InRequest {
  reads?: RequestReads;
}

function loaderFactories(services: Services) {
  const { org, permanence } = services;
  const { cases, audit, aidPlans, visits } = services;
  return {
    staff: ({ reads }: InRequest) => byId((ids) => org.staffByIds(ids, reads)),
    sector: ({ reads }: InRequest) => byId((ids) => org.sectorsByIds(ids, reads)),
    // A person's absences in a window, keyed `<from ISO>|<to ISO>|<staff id>`: one statement per window.
    absencesInWindow: () =>
      new DataLoader<string, Awaited<ReturnType<typeof services.org.absencesOfEach>>[number]>(async (keys) => {
        const byWindow = new Map<string, string[]>();
        for (const key of keys) {
          const cut = key.lastIndexOf('|');
          byWindow.set(key.slice(0, cut), [...(byWindow.get(key.slice(0, cut)) ?? []), key.slice(cut + 1)]);
        }
        const found = new Map<string, Awaited<ReturnType<typeof services.org.absencesOfEach>>[number]>();
        await Promise.all(
          [...byWindow].map(async ([window, ids]) => {
            const [from, to] = window.split('|').map((iso) => new Date(iso));
            (await services.org.absencesOfEach(ids, from, to)).forEach((rows, i) => found.set(`${window}|${ids[i]}`, rows));
          }),
        );
        return keys.map((key) => found.get(key)!);
      }),
    binome: ({ reads }: InRequest) => byId((ids) => org.binomesByIds(ids, reads)),
    sectorSocialWorker: ({ reads }: InRequest) => new DataLoader<string, Awaited<ReturnType<typeof org.sectorSocialWorkers>>[number]['worker'] | null>(async (ids) => {
      const rows = await org.sectorSocialWorkers(ids, reads);
      return ids.map((id) => rows.find((r) => r.sectorId === id)?.worker ?? null);
    }),
    shift: () => byId((ids) => permanence.shiftsByIds(ids)),
    replacement: () => byId((ids) => permanence.replacementsByIds(ids)),
    replacementsOfShift: () => groupedBy((ids) => permanence.replacementsOfShifts(ids), (r) => r.shiftId),
    swap: () => byId((ids) => services.swaps.byIds(ids)),
    swapsOfShift: () => groupedBy((ids) => services.swaps.ofShifts(ids), (r) => r.shiftId),
    // What approving each pending swap would do to the week-end load: a year read once for the whole list, not per swap.
    swapLoadWarnings: () =>
      new DataLoader((swaps: readonly HandOver[]) => services.rotaLoad.ifHandedOverEach(swaps), { cacheKeyFn: (s) => `${s.shift.dbId}|${s.giverId}|${s.takerId}` }),
    alert: () => byId((ids) => services.alerts.byIds(ids)),
    // R14 for every sector the board asks at once, at every instant it asks (now, next): one set of
    // reads for all of them, not one per sector or per instant. Keys are `<epoch ms>|<sector id>` (an ISO text
    // made and parsed again per sector was ~3 % of the board's who-to-call read).
    whoToCall: () => new DataLoader<string, Awaited<ReturnType<typeof services.whoToCall.forSectors>>[number]>(async (keys) => {
      const instants = [...new Set(keys.map((key) => key.split('|')[0]))];
      const sectorIds = [...new Set(keys.map((key) => key.split('|')[1]))];
      const answers = new Map<string, Awaited<ReturnType<typeof services.whoToCall.forSectors>>[number]>();
      const byInstant = await services.whoToCall.forInstants(sectorIds, instants.map((at) => new Date(Number(at))));
      instants.forEach((at, i) => {
        for (const answer of byInstant[i]) answers.set(`${at}|${answer.sectorDbId}`, answer);
      });
      return keys.map((key) => answers.get(key)!);
    }),
    // Who to call in every sector at an instant (schedule access: the sectors a social worker covers, R14). Keys are ISO instants.
    whoToCallEverywhere: ({ reads }: InRequest) => new DataLoader<string, Awaited<ReturnType<typeof services.whoToCall.forSectors>>>(async (instants) => {
      const sectorIds = (await org.sectors(reads)).map((s) => s.id);
      return services.whoToCall.forInstants(sectorIds, instants.map((at) => new Date(at)));
    }),
    // Keyed by the shift the field resolves on (its holders and span are known): no second read of the shift.
    holdersInCallOrder: ({ reads }: InRequest) => new DataLoader((shifts: readonly ShiftFacts[]) => services.shiftHolders.inCallOrder(shifts, services.clock(), reads), { cacheKeyFn: (s) => s.id }),
    caseFile: () => byId((ids) => cases.casesByIds(ids)),
    beneficiary: () => byId((ids) => cases.beneficiariesByIds(ids)),
    transitionsOfCase: () => groupedBy((ids) => cases.transitionsOfCases(ids), (r) => r.caseFileId),
    aidPlanVersionsOfCase: () => groupedBy((ids) => aidPlans.versionsOfCases(ids, services.clock()), (v) => v.caseDbId),
    visitsOfCase: () => groupedBy((ids) => visits.visitsOfCases(ids), (r) => r.caseFileId),
    scheduleEntry: () => byId((ids) => services.schedules.entriesByIds(ids)),
    fileChecksOfCase: () => groupedBy((ids) => visits.fileChecksOfCases(ids), (r) => r.caseFileId),
    aidDecisionsOfCase: () => groupedBy((ids) => visits.decisionsOfCases(ids), (r) => r.caseFileId),
    // The board's counts for all sectors asked in one request: one grouped statement, not one per sector.
    sectorCaseload: () =>
      new DataLoader<string, ReturnType<typeof toSectorCaseload>>(async (ids) => {
        const now = services.clock();
        const counts = await services.caseloads.forSectors(ids, now);
        const day = serviceDay(now);
        return ids.map((id) => toSectorCaseload(id, day, counts.get(id) ?? NO_CASELOAD));
      }),
    // The `sectors` list when its caseloads are asked (the board's panel): one statement for both, once
    // per request (aliases share it), the counts handed to `sectorCaseload`.
    sectorsWithCaseloads: (loaders: { sectorCaseload: DataLoader<string, ReturnType<typeof toSectorCaseload>> }) => {
      let rows: Promise<Awaited<ReturnType<typeof services.caseloads.everySector>>[number]['sector'][]> | undefined;
      return () =>
        (rows ??= (async () => {
          const now = services.clock();
          const everySector = await services.caseloads.everySector(now);
          const day = serviceDay(now);
          for (const { sector, counts } of everySector) loaders.sectorCaseload.prime(sector.id, toSectorCaseload(sector.id, day, counts));
          return everySector.map((r) => r.sector);
        })());
    },
    ...eachLazily(services.moduleLoaders.income),
    ...eachLazily(services.moduleLoaders.satisfaction),
    planningRequest: () => byId((ids) => services.planning.requestsByIds(ids)),
    flyingAssignment: () => new DataLoader<string, Awaited<ReturnType<typeof services.flyingAssignments.byIds>>[number] | null>(async (ids) => {
      const rows = await services.flyingAssignments.byIds(ids);
      return ids.map((id) => rows.find((r) => r.dbId === id) ?? null);
    }),
    // Keys come from auditReadKey(): one insert per request's batch.
    auditRead: () => new DataLoader<string, true>(async (keys) => {
      const at = services.clock();
      await audit.recordReads(keys.map((k) => ({ ...(JSON.parse(k) as SensitiveRead), at })));
      return keys.map(() => true as const);
    }),
  };
}


type Made<F> = { [K in keyof F]: F[K] extends (loaders: never) => infer R ? R : never };

/** A prototype whose property `key` is `make[key](the object)`, made on first read and kept on the object. */
function lazily<F extends Record<string, (loaders: never) => unknown>>(make: F): Made<F> {
  const proto = {};
  for (const [key, factory] of Object.entries(make)) {
    Object.defineProperty(proto, key, {
      get(this: object) {
        const value = (factory as (loaders: object) => unknown)(this);
        Object.defineProperty(this, key, { value, enumerable: true, writable: true, configurable: true });
        return value;
      },
      enumerable: true,
    });
  }
  return proto as Made<F>;
}

/** A module's loaders (made together by `make`) as one factory each. */
function eachLazily<T extends Record<string, unknown>>(make: () => T): { [K in keyof T]: () => T[K] } {
  return Object.fromEntries(Object.keys(make()).map((key) => [key, () => make()[key]])) as { [K in keyof T]: () => T[K] };
}

type ModuleLoaders = Made<ReturnType<typeof loaderFactories>>;

declare module '../graphql/loaders.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Loaders extends ModuleLoaders {}
}
