// The ports the schedules module declares for what other modules own; the composition root fills
// them (composition/services.ts), so schedules never imports another module's repository.
import type { LeaveKind } from './leave.rules.js';

/** An absence as a leave decision needs to see it. */
export interface AbsenceClash {
  kind: string;
}

/** R12: an approved leave request becomes an absence of the organisation module, in the same transaction. */
export interface LeaveAbsences {
  /** Absences (not cancelled) of a person overlapping [from, to). */
  overlapping(staffId: string, from: Date, to: Date): Promise<AbsenceClash[]>;
  /** Records the absence; null when the database refuses it as overlapping another (a race lost). */
  record(values: { staffId: string; kind: LeaveKind; startsAt: Date; endsAt: Date; note: string | null; recordedById: string; recordedAt: Date }): Promise<{ id: string } | null>;
}
