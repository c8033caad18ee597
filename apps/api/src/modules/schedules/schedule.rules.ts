// Who plans schedules, and which same-day changes make sense (pure: the time is a parameter).
// org.rules, not org/index: db/schema reads this file's enums, and org/index pulls in the GraphQL layer (a cycle).
import { DIRECTION, SOCIAL_ROLES, type StaffRole } from '../org/index.js';
import { CONFLICT_SEVERITIES, HELP_KINDS, SCHEDULE_CHANGE_KINDS, SCHEDULE_CHANGE_REASONS, SCHEDULE_ENTRY_STATUSES, type ConflictSeverity, type HelpKind, type ScheduleChangeKind } from '../../shared/vocabulary/schedules.js';
export { CONFLICT_SEVERITIES, HELP_KINDS, SCHEDULE_CHANGE_KINDS, SCHEDULE_CHANGE_REASONS, SCHEDULE_ENTRY_STATUSES, type ConflictSeverity, type HelpKind, type ScheduleChangeKind };


export const SCHEDULERS: StaffRole[] = [...SOCIAL_ROLES, ...DIRECTION];
const MAX_VISIT_MS = 12 * 3_600_000;

export interface Planner {
  role: StaffRole;
  sectorId: string | null;
}

/** Social workers plan the schedules of their own sector's helpers; the cross-sector roles and direction plan anywhere. */
export function mayPlan(p: Planner, sectorId: string): boolean {
  if (!SCHEDULERS.includes(p.role)) return false;
  return p.role !== 'SOCIAL_WORKER' || p.sectorId === sectorId;
}

/**
 * Who may acknowledge a conflict: a scheduler who plans its sector (any scheduler for a conflict
 * without a sector). The one rule behind scheduleConflictAcknowledge and ScheduleConflict.viewerCanAcknowledge.
 */
export function mayAcknowledgeConflict(p: Planner | null, sectorId: string | null): boolean {
  if (!p || !SCHEDULERS.includes(p.role)) return false;
  return sectorId === null || mayPlan(p, sectorId);
}

export interface FieldError {
  field: string;
  code: string;
  message: string;
}

export function spanError(startsAt: Date, endsAt: Date): FieldError | null {
  if (endsAt <= startsAt) return { field: 'endsAt', code: 'ENDS_BEFORE_START', message: '`endsAt` must be after `startsAt`.' };
  if (endsAt.getTime() - startsAt.getTime() > MAX_VISIT_MS) return { field: 'endsAt', code: 'VISIT_TOO_LONG', message: 'A visit lasts at most 12 hours.' };
  return null;
}

export interface ChangeRequest {
  action: ScheduleChangeKind;
  startsAt?: Date | null;
  endsAt?: Date | null;
  helperId?: string | null;
}

/** The entry after the change, or why the change can not be made. */
export function applyChange(
  entry: { helperId: string; startsAt: Date; endsAt: Date; status: string },
  req: ChangeRequest,
): { ok: true; next: { helperId: string; startsAt: Date; endsAt: Date; status: 'PLANNED' | 'CANCELLED' } } | { ok: false; error: FieldError } {
  const fail = (field: string, code: string, message: string) => ({ ok: false as const, error: { field, code, message } });
  if (entry.status !== 'PLANNED') return fail('entryId', 'ENTRY_CANCELLED', 'This visit is already cancelled.');
  const base = { helperId: entry.helperId, startsAt: entry.startsAt, endsAt: entry.endsAt, status: 'PLANNED' as const };
  switch (req.action) {
    case 'CANCEL':
      return { ok: true, next: { ...base, status: 'CANCELLED' } };
    case 'MOVE': {
      if (!req.startsAt) return fail('startsAt', 'REQUIRED', 'A move needs the new `startsAt`.');
      if (!req.endsAt) return fail('endsAt', 'REQUIRED', 'A move needs the new `endsAt`.');
      const err = spanError(req.startsAt, req.endsAt);
      if (err) return { ok: false, error: err };
      if (req.startsAt.getTime() === entry.startsAt.getTime() && req.endsAt.getTime() === entry.endsAt.getTime()) return fail('startsAt', 'NOTHING_CHANGES', 'The visit is already at this time.');
      return { ok: true, next: { ...base, startsAt: req.startsAt, endsAt: req.endsAt } };
    }
    case 'REASSIGN':
      if (!req.helperId) return fail('helperId', 'REQUIRED', 'A reassignment needs the new `helperId`.');
      if (req.helperId === entry.helperId) return fail('helperId', 'NOTHING_CHANGES', 'This helper already has the visit.');
      return { ok: true, next: { ...base, helperId: req.helperId } };
    case 'SHORTEN': {
      const startsAt = req.startsAt ?? entry.startsAt;
      const endsAt = req.endsAt ?? entry.endsAt;
      if (startsAt < entry.startsAt) return fail('startsAt', 'NOT_SHORTER', 'Shortening can only start later, not earlier.');
      if (endsAt > entry.endsAt) return fail('endsAt', 'NOT_SHORTER', 'Shortening can only end earlier, not later.');
      if (endsAt <= startsAt) return fail('endsAt', 'ENDS_BEFORE_START', '`endsAt` must be after `startsAt`; cancel the visit instead.');
      if (startsAt.getTime() === entry.startsAt.getTime() && endsAt.getTime() === entry.endsAt.getTime()) return fail('endsAt', 'NOTHING_CHANGES', 'Give an earlier `endsAt` or a later `startsAt`.');
      return { ok: true, next: { ...base, startsAt, endsAt } };
    }
  }
}
