// Rows to GraphQL objects.
import type { absences, binomes, sectors, staff } from '../../db/schema/index.js';
import { nodeOf } from '../../graphql/relay.js';
import { toGlobalId } from '../../shared/global-id.js';
import { Absence, Binome, Sector, Staff } from './org.types.js';

// A row shown many times (a list's page: the same few sectors and social workers on every row, as
// the same row objects) becomes one object, not one per time: rows are not changed once read.
const staffOfRow = new WeakMap<object, Staff>();
const sectorOfRow = new WeakMap<object, Sector>();

/** A case list's row may carry only the columns of the plain fields (case.repository.ts, PLAIN_STAFF): no calendar secret then, read if asked. */
export function toStaff(row: Omit<typeof staff.$inferSelect, 'passwordHash' | 'calendarSecret' | 'createdAt'> & Partial<typeof staff.$inferSelect>): Staff {
  let projected = staffOfRow.get(row);
  if (!projected) staffOfRow.set(row, (projected = staffOf(row)));
  return projected;
}

function staffOf(row: Parameters<typeof toStaff>[0]): Staff {
  return nodeOf(Staff, {
    id: toGlobalId('Staff', row.id),
    dbId: row.id,
    sectorDbId: row.sectorId,
    calendarSecret: 'calendarSecret' in row ? (row.calendarSecret ?? null) : undefined,
    fullName: row.fullName,
    role: row.role,
    phone: row.phone,
    email: row.email,
    fte: Number(row.fte),
  });
}

export function toSector(row: Pick<typeof sectors.$inferSelect, 'id' | 'code' | 'name'> & Partial<typeof sectors.$inferSelect>): Sector {
  let projected = sectorOfRow.get(row);
  if (!projected) sectorOfRow.set(row, (projected = nodeOf(Sector, { id: toGlobalId('Sector', row.id), dbId: row.id, calendarSecret: row.calendarSecret ?? null, code: row.code, name: row.name })));
  return projected;
}

export function toBinome(row: typeof binomes.$inferSelect): Binome {
  return Object.assign(new Binome(), {
    id: toGlobalId('Binome', row.id),
    dbId: row.id,
    name: row.name,
    memberDbIds: [row.firstMemberId, row.secondMemberId] as [string, string],
  });
}

export function toAbsence(row: typeof absences.$inferSelect): Absence {
  return Object.assign(new Absence(), {
    id: toGlobalId('Absence', row.id),
    dbId: row.id,
    staffDbId: row.staffId,
    kind: row.kind,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    note: row.note,
    cancelledAt: row.cancelledAt,
  });
}
