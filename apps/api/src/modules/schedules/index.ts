// The schedules module's public face (helpers' visits, same-day changes, conflicts, patterns, R12
// leave): the factory the composition root calls, the ports it declares, and what other modules
// may ask of it (a conflict recheck inside their own transaction, after an absence or a plan change).
import type { Database, Executor } from '../../db/client.js';
import { unitOfWork } from '../../db/unit-of-work.js';
import { ConflictEngine } from './conflict.engine.js';
import { conflictRecheck, type ConflictRecheck } from './conflict.recheck.js';
import type { Settings } from './conflict.rules.js';
import { ConflictService } from './conflict.service.js';
import { LeaveService } from './leave.service.js';
import { PatternService } from './pattern.service.js';
import { ScheduleService } from './schedule.service.js';
import { scheduleRepositories, type ClosedMonths } from './schedules.repositories.js';
import type { LeaveAbsences } from './schedules.ports.js';

export { ConflictEngine } from './conflict.engine.js';
export type { Reconciled, ReconcileOptions } from './conflict.engine.js';
export type { ConflictRecheck } from './conflict.recheck.js';
export { DEFAULT_SETTINGS, type Settings } from './conflict.rules.js';
export type { AbsenceClash, LeaveAbsences } from './schedules.ports.js';
export { ConflictService } from './conflict.service.js';
export { LeaveService } from './leave.service.js';
export { PatternService } from './pattern.service.js';
export { ScheduleService } from './schedule.service.js';
export { scheduleNodes } from './schedule.node.js';
export { LeaveBalanceResolver, LeaveRequestResolver } from './leave.resolver.js';
export { ScheduleEventsResolver } from './schedule-events.resolver.js';
export { ScheduleEntryPatternResolver, SchedulePatternResolver } from './pattern.resolver.js';
export { ScheduleChangeResolver, ScheduleConflictResolver, ScheduleEntryResolver, ScheduleEntryStateResolver } from './schedule.resolver.js';

/** What schedules needs from other modules, filled by the composition root. */
export interface SchedulesPorts {
  /** R12: approved leave becomes an absence (org), bound to the leave decision's transaction. */
  absences: (executor: Executor) => LeaveAbsences;
  /** Reporting: a write dated in a month over first keeps that month's figures for tools, in its transaction. */
  closedMonths?: (executor: Executor) => ClosedMonths;
}

export interface Schedules {
  schedules: ScheduleService;
  patterns: PatternService;
  conflicts: ConflictService;
  leave: LeaveService;
  engine: ConflictEngine;
  /** For org (absences) and cases (agreed aid plans): the recheck on their transaction's executor. */
  recheckOn: (executor: Executor) => ConflictRecheck;
}

export function schedulesModule(db: Database, settings: Settings, ports: SchedulesPorts): Schedules {
  const uow = unitOfWork(db, (executor) => scheduleRepositories(executor, ports.absences, ports.closedMonths));
  const engine = new ConflictEngine(settings);
  return {
    schedules: new ScheduleService(uow, engine),
    patterns: new PatternService(uow, engine),
    conflicts: new ConflictService(uow, engine),
    leave: new LeaveService(uow, engine),
    engine,
    recheckOn: (executor) => conflictRecheck(engine, executor),
  };
}
