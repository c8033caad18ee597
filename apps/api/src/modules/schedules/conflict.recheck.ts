// What other modules ask of the schedules after a change of theirs, inside their own transaction:
// an absence recorded or cancelled (org), an aid plan's hours agreed (cases). Bound to the caller's
// executor, so the conflicts open and resolve with the change, or not at all.
import type { Executor } from '../../db/client.js';
import type { ConflictEngine, Reconciled, ReconcileOptions } from './conflict.engine.js';
import { caseWeeksFrom, scopesBetween, scopesOfAbsence } from './conflict.scopes.js';
import { addDays } from '../../time/service-time.js';
import { conflictEngineRepositories } from './schedules.repositories.js';

export interface ConflictRecheck {
  /** The helper-days an absence covers: visits on them become (or stop being) conflicts. */
  afterAbsence(absence: { staffId: string; startsAt: Date; endsAt: Date }, opts: ReconcileOptions): Promise<Reconciled>;
  /** A case's plan-weeks from a day on: its agreed weekly hours against the visits planned. */
  afterPlanHours(caseFileId: string, fromDay: string, weeks: number, opts: ReconcileOptions): Promise<Reconciled>;
  /** Days that became or stopped being closing days: the helpers' visits on them (VISIT_ON_HOLIDAY). */
  afterClosedDays(days: string[], opts: ReconcileOptions): Promise<Reconciled>;
}

/** The recheck on the caller's transaction (`uow.run((repos, tx) => recheckOn(tx)…)` or as a repository of their unit of work). */
export function conflictRecheck(engine: ConflictEngine, executor: Executor): ConflictRecheck {
  const repos = conflictEngineRepositories(executor);
  return {
    afterAbsence: (absence, opts) => engine.reconcile(repos, scopesOfAbsence(absence), opts),
    afterPlanHours: (caseFileId, fromDay, weeks, opts) => engine.reconcile(repos, caseWeeksFrom(caseFileId, fromDay, weeks), opts),
    afterClosedDays: async (days, opts) => {
      const scopes: string[] = [];
      // Only the helper-days: a holiday changes nothing of a week's hours or a plan's.
      for (const day of new Set(days)) scopes.push(...(await scopesBetween(repos, day, addDays(day, 1))).filter((k) => k.startsWith('HD:')));
      return engine.reconcile(repos, scopes, opts);
    },
  };
}
