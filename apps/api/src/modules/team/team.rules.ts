// Team life: who records what, who reads what (R5), and which records make sense. Pure functions.
import { DIRECTION, HELPER_ROLES, isHelper, SOCIAL_ROLES, type StaffRole } from '../org/index.js';
import { isLocalDay } from '../../time/service-time.js';
import { TEAM_RECORD_KINDS, type TeamRecordKind } from '../../shared/vocabulary/team.js';
export { TEAM_RECORD_KINDS, type TeamRecordKind };


// Who may call teamRecordCreate at all; mayRecord says for which sector and kind.
export const TEAM_RECORDERS: StaffRole[] = ['SOCIAL_WORKER', 'FLYING_SOCIAL_WORKER', ...DIRECTION];
// Who may call teamRecords at all (helpers for themselves only, see mayRead); never the kiosk.
export const TEAM_READERS: StaffRole[] = [...SOCIAL_ROLES, ...DIRECTION, ...HELPER_ROLES];

export interface Actor {
  staffId: string;
  role: StaffRole;
  sectorId: string | null;
}

/**
 * The sector's social worker records its team's life; the flying social worker records home
 * controls (R8: one a month per sector, feedback to the sector's social worker); direction anything.
 */
export function mayRecord(a: Actor, kind: TeamRecordKind, sectorId: string): boolean {
  if (DIRECTION.includes(a.role)) return true;
  if (a.role === 'FLYING_SOCIAL_WORKER') return kind === 'HOME_CONTROL';
  return a.role === 'SOCIAL_WORKER' && a.sectorId === sectorId;
}

/**
 * R5: a helper reads the records about themself only (so never a corrective interview of a
 * colleague); a social worker those of their sector; the flying and relay social workers and
 * direction every sector's.
 */
export function mayRead(a: Actor, q: { helperId?: string; sectorId?: string | null }): boolean {
  if (isHelper(a.role)) return !!q.helperId && q.helperId === a.staffId;
  if (a.role === 'SOCIAL_WORKER') return !!q.sectorId && q.sectorId === a.sectorId;
  return TEAM_READERS.includes(a.role);
}

export interface RecordDraft {
  kind: TeamRecordKind;
  day: string;
  today: string;
  helperCount: number;
  hasCaseFile: boolean;
  title: string;
  notes: string;
}

export interface FieldError {
  field: string;
  code: string;
  message: string;
}

/** Why a record can not be made as given, or null. */
export function recordError(d: RecordDraft): FieldError | null {
  if (!isLocalDay(d.day)) return { field: 'day', code: 'BAD_DATE', message: '`day` must be a date YYYY-MM-DD.' };
  if (d.day > d.today) return { field: 'day', code: 'IN_THE_FUTURE', message: 'Record what has taken place: `day` is not after today.' };
  if (!d.helperCount) return { field: 'helperIds', code: 'REQUIRED', message: 'Name at least one helper the record is about.' };
  const single = d.kind === 'INDIVIDUAL_INTERVIEW' || d.kind === 'CORRECTIVE_INTERVIEW' || d.kind === 'HOME_CONTROL';
  if (single && d.helperCount > 1) return { field: 'helperIds', code: 'ONE_HELPER', message: 'An interview or a home control is about one helper.' };
  if (d.kind === 'HOME_CONTROL' && !d.hasCaseFile) return { field: 'caseFileId', code: 'REQUIRED', message: 'A home control names the case file of the home where it took place.' };
  if (d.kind !== 'HOME_CONTROL' && d.hasCaseFile) return { field: 'caseFileId', code: 'NOT_A_CONTROL', message: 'Only a home control names a case file.' };
  if (!d.title.trim()) return { field: 'title', code: 'REQUIRED', message: 'Give the record a title.' };
  if (!d.notes.trim()) return { field: 'notes', code: 'REQUIRED', message: d.kind === 'TEAM_MEETING' ? 'A team meeting is recorded with its minutes.' : 'Write the notes of what was said or seen.' };
  return null;
}
