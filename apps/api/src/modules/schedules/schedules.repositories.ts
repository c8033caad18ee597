// What the schedules use cases work on inside one unit of work: their own repositories, the outbox,
// and the ports other modules fill (composition/services.ts wires them).
import type { Executor } from '../../db/client.js';
import { Outbox } from '../../events/outbox.js';
import { ConflictRepository } from './conflict.repository.js';
import { LeaveRepository } from './leave.repository.js';
import { ScheduleRepository } from './schedule.repository.js';
import type { LeaveAbsences } from './schedules.ports.js';

export interface ScheduleRepositories {
  schedule: ScheduleRepository;
  conflicts: ConflictRepository;
  leave: LeaveRepository;
  outbox: Pick<Outbox, 'publish' | 'publishAll'>;
  /** R12: an approved leave becomes an absence, recorded by the organisation module. */
  absences: LeaveAbsences;
}

/** What the conflict engine reads and writes: no port, so any module's transaction can run it. */
export type ConflictEngineRepositories = Pick<ScheduleRepositories, 'schedule' | 'conflicts' | 'outbox'>;

export function conflictEngineRepositories(executor: Executor): ConflictEngineRepositories {
  return { schedule: new ScheduleRepository(executor), conflicts: new ConflictRepository(executor), outbox: new Outbox(executor) };
}

export function scheduleRepositories(executor: Executor, absences: (executor: Executor) => LeaveAbsences): ScheduleRepositories {
  return { ...conflictEngineRepositories(executor), leave: new LeaveRepository(executor), absences: absences(executor) };
}
