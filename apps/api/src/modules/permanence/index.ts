// The permanence's public face (the rota, replacements and swaps R13, who to call R14, coverage alerts,
// calendar feeds): the factory the composition root calls, the ports it declares, and what other
// modules may name or ask of it (an absence's coverage recheck, inside the absence's transaction).
import type { Database, Executor } from '../../db/client.js';
import { unitOfWork } from '../../db/unit-of-work.js';
import { AlertService } from './alert.service.js';
import { CalendarService } from './calendar.service.js';
import { lockShiftsHeldBy, reconcileCoverage } from './coverage.service.js';
import { permanenceRepositories } from './permanence.repositories.js';
import type { HolidayLookup, PermanenceOrg, ReplacementLookup } from './permanence.ports.js';
import { ReplacementService } from './replacement.service.js';
import { RotaLoadRepository } from './rota-load.repository.js';
import { RotaLoadService } from './rota-load.service.js';
import { RotaService } from './rota.service.js';
import { ShiftHoldersService } from './shift-holders.service.js';
import { SwapService } from './swap.service.js';
import { WhoToCallService } from './who-to-call.service.js';
import { WhoToCallShare } from './who-to-call-share.js';
import type { BoardFactsRepository } from './board-facts.repository.js';

export type { HolidayLookup, PermanenceOrg, PermanencePerson, ReplacementLookup } from './permanence.ports.js';
export { PERMANENCE_ROLES, canHoldPermanence } from './permanence.rules.js';
export { OFFICE_HOURS, rotaSpans, rotaWeekStart } from './rota.rules.js';
export { fairRotation, spread, type Spread } from './rota-fairness.rules.js';
export { toReplacement, toShift } from './permanence.mappers.js';
export { PermanenceReplacement, PermanenceShift } from './permanence.types.js';
export type { AlertService, CalendarService, ReplacementService, RotaLoadService, RotaService, ShiftHoldersService, SwapService, WhoToCallService };
export type { ShiftFacts } from './shift-holders.service.js';
export type { HandOver } from './rota-load.service.js';
export { WhoToCallFeedService, type WhoToCallEventSource, type WhoToCallTicks } from './who-to-call-feed.service.js';
export type { FeedOwner } from './calendar.service.js';

export interface PermanencePorts {
  /** What the permanence reads of the organisation, bound to its unit of work (org's repository). */
  org: (executor: Executor) => PermanenceOrg;
  /** R11: the flying social worker replacing a sector's social worker (planning). */
  replacements: ReplacementLookup | null;
  /** Public holidays and closing days: the rota holds them like week-end days, who to call as offices closed (holidays). */
  holidays: HolidayLookup | null;
  /** The service clock: who to call shares its facts among the requests asking near now. */
  now: () => Date;
}

/** An absence's effect on the rota, in the absence's transaction: lock the shifts it touches, then recheck them. */
export interface AbsenceCoverage {
  /** Before the absence is written: the shifts still ahead the person holds during it, locked. */
  lockShiftsHeldBy(staffId: string, span: { startsAt: Date; endsAt: Date }, now: Date): Promise<string[]>;
  /** After its event: their coverage alerts opened or resolved. */
  reconcile(shiftIds: string[], now: Date, actorId: string): Promise<void>;
}

export interface Permanence {
  rota: RotaService;
  replacements: ReplacementService;
  swaps: SwapService;
  whoToCall: WhoToCallService;
  alerts: AlertService;
  calendar: CalendarService;
  shiftHolders: ShiftHoldersService;
  /** Issue 12: the week-end load of a year and the warnings of a change of holder. */
  load: RotaLoadService;
  /** For org (absences): the coverage recheck on the caller's transaction. */
  coverageOn: (executor: Executor) => AbsenceCoverage;
}

export function permanenceModule(db: Database, ports: PermanencePorts): Permanence {
  const uow = unitOfWork(db, (executor) => permanenceRepositories(executor, ports.org));
  return {
    rota: new RotaService(uow, ports.holidays),
    replacements: new ReplacementService(uow),
    swaps: new SwapService(uow),
    whoToCall: new WhoToCallService(uow, ports.replacements, ports.holidays, whoToCallShare(uow.read.facts, ports.now)),
    alerts: new AlertService(uow),
    calendar: new CalendarService(uow),
    shiftHolders: new ShiftHoldersService(uow),
    load: new RotaLoadService(unitOfWork(db, (executor) => ({ load: new RotaLoadRepository(executor) })), ports.holidays),
    coverageOn: (executor) => {
      const repos = permanenceRepositories(executor, ports.org);
      return {
        lockShiftsHeldBy: (staffId, span, now) => lockShiftsHeldBy(repos, staffId, span, now),
        reconcile: (shiftIds, now, actorId) => reconcileCoverage(repos, shiftIds, now, actorId),
      };
    },
  };
}

function whoToCallShare(facts: BoardFactsRepository, now: () => Date): WhoToCallShare {
  return new WhoToCallShare({ during: (from, to, closedFrom, closedTo) => facts.whoToCallFactsDuring(from, to, closedFrom, closedTo) }, now);
}
