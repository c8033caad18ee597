// What the schedules use cases work on inside one unit of work: their own repositories, the outbox,
// and the ports other modules fill (composition/services.ts wires them).
import type { Executor } from '../../db/client.js';
import { Outbox } from '../../events/outbox.js';
import { ConflictRepository } from './conflict.repository.js';
import { LeaveRepository } from './leave.repository.js';
import { ScheduleRepository } from './schedule.repository.js';
import type { LeaveAbsences } from './schedules.ports.js';
import { holidaysIn, type Holiday } from '../holidays/index.js';

export interface ScheduleRepositories {
  schedule: ScheduleRepository;
  conflicts: ConflictRepository;
  leave: LeaveRepository;
  outbox: Pick<Outbox, 'publish' | 'publishAll'>;
  /** R12: an approved leave becomes an absence, recorded by the organisation module. */
  absences: LeaveAbsences;
  /** Public holidays and closing days: a visit planned on one is a conflict (VISIT_ON_HOLIDAY). */
  closedDays: ClosedDaysReader;
  /** Reporting's months over, kept as they stood before a write dated in them (absent in seeds and benches). */
  closedMonths?: ClosedMonths;
}

/** Reporting's port: keeps the months over among these instants before the write, in its transaction. */
export interface ClosedMonths {
  keep(instants: Date[], now: Date): Promise<void>;
}

/** Public holidays and closing days in [from, to) (local dates), read in the caller's transaction. */
export interface ClosedDaysReader {
  between(from: string, to: string): Promise<Holiday[]>;
}

/** What the conflict engine reads and writes: no port, so any module's transaction can run it. */
export type ConflictEngineRepositories = Pick<ScheduleRepositories, 'schedule' | 'conflicts' | 'outbox' | 'closedDays'>;

export function conflictEngineRepositories(executor: Executor): ConflictEngineRepositories {
  return {
    schedule: new ScheduleRepository(executor),
    conflicts: new ConflictRepository(executor),
    outbox: new Outbox(executor),
    closedDays: { between: (from, to) => holidaysIn(executor, from, to) },
  };
}

export function scheduleRepositories(executor: Executor, absences: (executor: Executor) => LeaveAbsences, closedMonths?: (executor: Executor) => ClosedMonths): ScheduleRepositories {
  return { ...conflictEngineRepositories(executor), leave: new LeaveRepository(executor), absences: absences(executor), closedMonths: closedMonths?.(executor) };
}
