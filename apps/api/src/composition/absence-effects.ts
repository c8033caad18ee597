// Fills org's AbsenceEffects port: an absence recorded or cancelled rechecks, in its own
// transaction, the schedule conflicts of the days it covers and the coverage of the shifts the
// person holds.
import type { Executor, Tx } from '../db/client.js';
import type { AbsenceEffects } from '../modules/org/index.js';
import type { AbsenceCoverage } from '../modules/permanence/index.js';
import { reconcileConflicts, scopesOfAbsence } from '../modules/schedules/conflict.engine.js';
import type { Settings } from '../modules/schedules/conflict.rules.js';

export function absenceEffects(settings: Settings, coverageOn: (executor: Executor) => AbsenceCoverage) {
  return (executor: Executor): AbsenceEffects => {
    const coverage = coverageOn(executor);
    return {
      async prepare(span, now) {
        const shiftIds = await coverage.lockShiftsHeldBy(span.staffId, span, now);
        return {
          // A helper scheduled during the absence: the conflicts of the days it covers (row locks before the outbox lock).
          written: async (row, { now: at, actorId }) => {
            await reconcileConflicts(executor as Tx, scopesOfAbsence(row), { now: at, actorId, settings });
          },
          published: ({ now: at, actorId }) => coverage.reconcile(shiftIds, at, actorId),
        };
      },
    };
  };
}
