// The ports the permanence declares for what other modules own; the composition root fills them
// (composition/services.ts), so the permanence never imports another module's repository.
import type { RequestReads } from '../../db/request-reads.js';
import type { AbsenceKind, StaffRole } from '../org/index.js';

/** Public holidays and closing days (the holidays module answers). */
export type { HolidayLookup } from '../holidays/index.js';

/** A staff member as the permanence needs them: who, their role, their name on the rota. */
export interface PermanencePerson {
  id: string;
  fullName: string;
  role: StaffRole;
}

/**
 * What the permanence reads (and, for feed links, writes) of the organisation, bound to its unit of
 * work. `reads`: a query request's shared reads (db/request-reads.ts).
 */
export interface PermanenceOrg {
  staffByIds(ids: readonly string[], reads?: RequestReads): Promise<PermanencePerson[]>;
  staffByRoles(roles: StaffRole[], reads?: RequestReads): Promise<PermanencePerson[]>;
  sectorsByIds(ids: readonly string[], reads?: RequestReads): Promise<{ id: string }[]>;
  /** Every sector of the service. */
  sectors(reads?: RequestReads): Promise<{ id: string }[]>;
  binomesByIds(ids: readonly string[], reads?: RequestReads): Promise<{ id: string; firstMemberId: string; secondMemberId: string }[]>;
  /** The social worker heading each sector's team. */
  sectorSocialWorkers(sectorIds: readonly string[], reads?: RequestReads): Promise<{ sectorId: string; worker: PermanencePerson }[]>;
  /** Absences (not cancelled) overlapping [from, to). */
  absencesOverlapping(filter: { staffIds?: string[]; from: Date; to: Date }): Promise<{ staffId: string; kind: AbsenceKind; startsAt: Date; endsAt: Date }[]>;
  staffByCalendarSecret(secret: string): Promise<PermanencePerson | undefined>;
  sectorByCalendarSecret(secret: string): Promise<{ id: string; name: string } | undefined>;
  /** A new secret (rotate) or none (revoke) for a feed link; null when there is no such person or sector. */
  setStaffCalendarSecret(id: string, secret: string | null): Promise<{ id: string } | null>;
  setSectorCalendarSecret(id: string, secret: string | null): Promise<{ id: string } | null>;
}

/** R11: who replaces a sector's sick social worker at an instant (the planning module answers). */
export interface ReplacementLookup {
  /** The replacements running at any of these instants in these sectors (one read for all of them: the caller tells which runs when). */
  replacingInSectors(sectorIds: readonly string[], instants: readonly Date[]): Promise<{ sectorId: string; flyingWorkerId: string; socialWorkerId: string; startsAt: Date; endsAt: Date; endedEarlyAt: Date | null }[]>;
  /** Every replacement overlapping [from, to), as spans: the who-to-call feed plans its timer on their start and end. */
  replacementsOverlapping(from: Date, to: Date): Promise<{ startsAt: Date; endsAt: Date; endedEarlyAt: Date | null }[]>;
}
