// The ports the schedules module declares, filled from the modules that own the data, and the port
// of aid plans the schedules fill.
import type { Executor } from '../db/client.js';
import { constraintRuleError } from '../graphql/constraint-rules.js';
import { OrgRepository } from '../modules/org/org.repository.js';
import type { PlanHoursCheck } from '../modules/aid-plans/index.js';
import { caseWeeksFrom, reconcileConflicts } from '../modules/schedules/conflict.engine.js';
import { DEFAULT_SETTINGS, type LeaveAbsences } from '../modules/schedules/index.js';

/** R12: approved leave is recorded as an absence of org, in the leave decision's transaction. */
export function leaveAbsences(executor: Executor): LeaveAbsences {
  const org = new OrgRepository(executor);
  return {
    overlapping: (staffId, from, to) => org.absencesOverlapping({ staffIds: [staffId], from, to }),
    // Another absence committed since the check: the database refuses the overlap (absences_no_overlap).
    record: (values) =>
      org.insertAbsence(values).catch((err: unknown) => {
        if (constraintRuleError(err)?.code === 'ABSENCE_OVERLAP') return null;
        throw err;
      }),
  };
}

/**
 * The aid-plans module's port, filled by the schedules' conflict engine: an agreed plan's weekly hours
 * are checked against the case's coming weeks, in the agreement's transaction (default settings, as before).
 */
export function planHoursCheck(executor: Executor): PlanHoursCheck {
  return {
    recheckCase: (caseFileId, fromDay, weeks, { now, actorId }) => reconcileConflicts(executor, caseWeeksFrom(caseFileId, fromDay, weeks), { now, actorId, settings: DEFAULT_SETTINGS }),
  };
}
