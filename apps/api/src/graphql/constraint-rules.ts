// The database's own guards of the "no overlap" / "one at a time" rules (migration
// 0008_sec_constraints_one_at_a_time), turned back into the userError the service gives when it
// sees the clash first: a request that loses a race gets the rule's code, never a fault.
import type { UserErrorData } from '../shared/outcome.js';
import { R11_ONE_AT_A_TIME_MESSAGE } from '../shared/vocabulary/planning.js';

const RULES: Record<string, UserErrorData> = {
  absences_no_overlap: { field: ['input', 'startsAt'], code: 'ABSENCE_OVERLAP', message: 'This person already has an absence overlapping this span.' },
  permanence_shifts_no_overlap: { field: ['input', 'startsAt'], code: 'SHIFT_OVERLAP', message: 'Another shift already covers part of this span.' },
  permanence_swaps_one_open_idx: { field: ['input', 'shiftId'], code: 'SWAP_ALREADY_OFFERED', message: 'This shift is already offered: withdraw that offer first.' },
  flying_assignments_one_at_a_time: { field: ['input', 'fromDate'], code: 'R11_ONE_AT_A_TIME', message: R11_ONE_AT_A_TIME_MESSAGE },
  satisfaction_checks_visit_idx: { field: ['input', 'visitId'], code: 'ALREADY_RECORDED', message: 'This visit already has its satisfaction check: one per visit.' },
  planning_requests_one_meeting_a_week: {
    field: ['input', 'meetingAt'],
    code: 'R15_ONE_MEETING_A_WEEK',
    message: 'R15: the flying social worker supports at most one team meeting a week; that week already has one.',
  },
};

// exclusion_violation and unique_violation (PostgreSQL error codes).
const CLASH_CODES = new Set(['23P01', '23505']);

/** The userError of a rule the database refused, or null for any other error. Drizzle wraps the driver's error as `cause`. */
export function constraintRuleError(err: unknown): UserErrorData | null {
  for (let e = err, depth = 0; e && typeof e === 'object' && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const { code, constraint_name: name } = e as { code?: unknown; constraint_name?: unknown };
    if (typeof code === 'string' && CLASH_CODES.has(code) && typeof name === 'string' && name in RULES) return RULES[name];
  }
  return null;
}
