// The organisation's public face (sectors, staff, roles, absences): what other modules may name.
// Other modules reach org only through this file (dependency-cruiser, rule module-border).
export { ABSENCE_RECORDERS, DIRECTION, HELPER_ROLES, SOCIAL_ROLES, STAFF_ROLES, isHelper, mayKnowWhyReplaced, type StaffRole } from './org.rules.js';
export { toSector, toStaff } from './org.mappers.js';
export { AbsenceKindEnum, Sector, Staff } from './org.types.js';
export { staffById, staffOrNull } from './org.fields.js';
