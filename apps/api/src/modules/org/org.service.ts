// What the organisation answers to reads: sectors, staff (as far as the viewer may list them),
// binômes, absences over a bounded window, and the rows behind the request's DataLoaders.
import type { RequestReads } from '../../db/request-reads.js';
import type { UnitOfWork } from '../../db/unit-of-work.js';
import { BadInput } from '../../shared/outcome.js';
import type { OrgRepository } from './org.repository.js';
import { calendarFeedUrl } from './org.calendar.js';
import { DIRECTION, STAFF_ROLES, type StaffRole } from './org.rules.js';

export const MAX_ABSENCE_WINDOW_DAYS = 400;

export type OrgRepositories = { org: OrgRepository };

export interface OrgSettings {
  /** Who holds the permanence (the permanence module's rule): the people others may need to reach on duty. */
  onDutyRoles: readonly StaffRole[];
  /** Where the calendar feeds are served (config.publicUrl, known once the server listens); relative links when unset. */
  publicUrl: () => string | null | undefined;
}

export class OrgService {
  constructor(
    private readonly uow: UnitOfWork<OrgRepositories>,
    private readonly settings: OrgSettings,
  ) {}

  /** `reads`: a query request's shared reads (db/request-reads.ts), here and below. */
  sectors(reads?: RequestReads) {
    return this.uow.read.org.sectors(reads);
  }

  /** Direction sees everyone; others see the people they may need to reach on duty. */
  staffMembers(viewer: { role: StaffRole }, reads?: RequestReads) {
    return this.uow.read.org.staffByRoles(DIRECTION.includes(viewer.role) ? [...STAFF_ROLES] : [...this.settings.onDutyRoles, ...DIRECTION], reads);
  }

  staffByRoles(roles: StaffRole[], reads?: RequestReads) {
    return this.uow.read.org.staffByRoles(roles, reads);
  }

  binomes() {
    return this.uow.read.org.binomes();
  }

  /** A person's absences overlapping [from, to): a bounded window (one request over decades kept the API busy). */
  absencesOf(staffId: string, from: Date, to: Date) {
    this.checkAbsenceWindow(from, to);
    return this.uow.read.org.absencesOverlapping({ staffIds: [staffId], from, to });
  }

  /** The same for several people in one statement, in their order (a request's loader batches them). */
  async absencesOfEach(staffIds: readonly string[], from: Date, to: Date) {
    this.checkAbsenceWindow(from, to);
    const rows = await this.uow.read.org.absencesOverlapping({ staffIds: [...staffIds], from, to });
    return staffIds.map((id) => rows.filter((r) => r.staffId === id));
  }

  /** BAD_WINDOW naming `to` unless `to` comes after `from`, at most MAX_ABSENCE_WINDOW_DAYS later. */
  checkAbsenceWindow(from: Date, to: Date): void {
    if (!(to > from) || to.getTime() - from.getTime() > MAX_ABSENCE_WINDOW_DAYS * 86_400_000) {
      throw new BadInput('to', `\`to\`: \`to\` comes after \`from\`, at most ${MAX_ABSENCE_WINDOW_DAYS} days later.`, 'BAD_WINDOW');
    }
  }

  absenceById(id: string) {
    return this.uow.read.org.absenceById(id);
  }

  /** The secret link of a person's or a sector's calendar feed; null once revoked. */
  calendarUrl(kind: 'staff' | 'sector', secret: string | null): string | null {
    return calendarFeedUrl(this.settings.publicUrl(), kind, secret);
  }

  // The rows behind the request's DataLoaders (graphql/loaders.ts).
  staffByIds(ids: readonly string[], reads?: RequestReads) {
    return this.uow.read.org.staffByIds(ids, reads);
  }

  sectorsByIds(ids: readonly string[], reads?: RequestReads) {
    return this.uow.read.org.sectorsByIds(ids, reads);
  }

  binomesByIds(ids: readonly string[], reads?: RequestReads) {
    return this.uow.read.org.binomesByIds(ids, reads);
  }

  sectorSocialWorkers(sectorIds: readonly string[], reads?: RequestReads) {
    return this.uow.read.org.sectorSocialWorkers(sectorIds, reads);
  }
}
