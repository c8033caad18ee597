// What an absence changes in other modules, declared here and wired by the composition root
// (composition/absence-effects.ts), so org never imports the permanence or the schedules.
import type { absences } from '../../db/schema/index.js';

export type AbsenceRow = typeof absences.$inferSelect;

/** Whose absence, and when: what the other modules need to find what it touches. */
export interface AbsenceSpan {
  staffId: string;
  startsAt: Date;
  endsAt: Date;
}

export interface AbsenceEffectOptions {
  now: Date;
  actorId: string;
}

/** What follows an absence being recorded or cancelled, once its row is written. */
export interface AbsenceFollowUp {
  /** After the absence's row is written, before its event: e.g. a helper's visits on those days become conflicts. */
  written(row: AbsenceRow, opts: AbsenceEffectOptions): Promise<void>;
  /** After the absence's event: e.g. the coverage alerts of the shifts the person holds. */
  published(opts: AbsenceEffectOptions): Promise<void>;
}

/** The effects of absences elsewhere, bound to the absence's transaction (a repository of its unit of work). */
export interface AbsenceEffects {
  /**
   * Before anything is written: takes the row locks of what the absence touches (the shifts the
   * person holds). Row locks come before the outbox lock that publishing takes, always in this order.
   */
  prepare(span: AbsenceSpan, now: Date): Promise<AbsenceFollowUp>;
}
