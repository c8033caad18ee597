// Fills org's AbsenceEffects port: an absence recorded or cancelled rechecks, in its own
// transaction, the schedule conflicts of the days it covers and the coverage of the shifts the
// person holds.
import type { Executor, Tx } from '../db/client.js';
import type { AbsenceEffects } from '../modules/org/index.js';
import { reconcileCoverage } from '../modules/permanence/coverage.service.js';
import { PermanenceRepository } from '../modules/permanence/permanence.repository.js';
import { reconcileConflicts, scopesOfAbsence } from '../modules/schedules/conflict.engine.js';
import type { Settings } from '../modules/schedules/conflict.rules.js';

export function absenceEffects(settings: Settings) {
  return (executor: Executor): AbsenceEffects => {
    const tx = executor as Tx;
    return {
      async prepare(span, now) {
        // The shifts still ahead that this person holds during the span, locked for the coverage re-check.
        const repo = new PermanenceRepository(tx);
        const held = await repo.liveShiftsHeldBy([span.staffId], span.startsAt, span.endsAt, now);
        const shiftIds = (await repo.lockShifts(held.map((s) => s.id))).map((s) => s.id);
        return {
          // A helper scheduled during the absence: the conflicts of the days it covers (row locks before the outbox lock).
          written: async (row, { now: at, actorId }) => {
            await reconcileConflicts(tx, scopesOfAbsence(row), { now: at, actorId, settings });
          },
          published: ({ now: at, actorId }) => reconcileCoverage(tx, shiftIds, at, actorId),
        };
      },
    };
  };
}
