// The organisation's public face (sectors, staff, roles, absences): what other modules may name,
// the ports it declares, and the factory the composition root builds it with.
// Other modules reach org only through this file (dependency-cruiser, rule module-border).
import type { Database, Executor } from '../../db/client.js';
import { unitOfWork } from '../../db/unit-of-work.js';
import { Outbox } from '../../events/outbox.js';
import type { AbsenceEffects } from './absence.ports.js';
import { AbsenceService } from './absence.service.js';
import { OrgRepository } from './org.repository.js';
import { OrgService, type OrgSettings } from './org.service.js';

export { ABSENCE_RECORDERS, DIRECTION, HELPER_ROLES, SOCIAL_ROLES, STAFF_ROLES, covers, isHelper, mayKnowWhyAway, mayKnowWhyReplaced, overlaps, type AbsenceKind, type Span, type StaffRole } from './org.rules.js';
export { ALERT_ACKNOWLEDGERS, ALL_STAFF, BOARD_READERS, KIOSK, mayReadSectorFeed, ROTA_KEEPERS } from './org.roles.js';
export { toAbsence, toBinome, toSector, toStaff } from './org.mappers.js';
export { AbsenceKindEnum, Binome, Sector, Staff } from './org.types.js';
export { staffById, staffOrNull, type StaffLoading } from './org.fields.js';
export { calendarFeedUrl } from './org.calendar.js';
export type { AbsenceEffectOptions, AbsenceEffects, AbsenceFollowUp, AbsenceRow, AbsenceSpan } from './absence.ports.js';
export type { AbsenceService } from './absence.service.js';
export type { OrgService, OrgSettings } from './org.service.js';
// For the composition root only: it fills other modules' ports (who holds what, who is away) with it.
export { OrgRepository, offerWholeStaff, PLAIN_STAFF, PLAIN_STAFF_AS_W, plainStaffOf, type PlainStaffAsW, type PlainStaffRow } from './org.repository.js';

export interface OrgPorts {
  /** What an absence changes in the schedules and the permanence, bound to its transaction. */
  absenceEffects: (executor: Executor) => AbsenceEffects;
}

export interface Org {
  org: OrgService;
  absences: AbsenceService;
}

export function orgModule(db: Database, settings: OrgSettings, ports: OrgPorts): Org {
  return {
    org: new OrgService(unitOfWork(db, (executor) => ({ org: new OrgRepository(executor) })), settings),
    absences: new AbsenceService(
      unitOfWork(db, (executor) => ({ org: new OrgRepository(executor), outbox: new Outbox(executor), effects: ports.absenceEffects(executor) })),
    ),
  };
}
