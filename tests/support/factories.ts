// Small factories to arrange a test's world directly in the database.
import { randomBytes } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import type { Database } from '../../apps/api/src/db/client.js';
import { absences, binomes, permanenceShifts, sectors, staff, teams } from '../../apps/api/src/db/schema/index.js';
import { toGlobalId } from '../../apps/api/src/shared/global-id.js';

const secret = () => randomBytes(18).toString('base64url');
let n = 0;
let passwordHash: Promise<string> | null = null;
export const PASSWORD = 'test-password-1';

export async function makeSector(db: Database, name = `Sector ${++n}`) {
  const [row] = await db.insert(sectors).values({ code: `T${++n}`, name, calendarSecret: secret() }).returning();
  return { ...row, gid: toGlobalId('Sector', row.id) };
}

export async function makeStaff(
  db: Database,
  role: (typeof staff.$inferInsert)['role'],
  extra: Partial<typeof staff.$inferInsert> = {},
) {
  passwordHash ??= hash(PASSWORD);
  const i = ++n;
  const [row] = await db
    .insert(staff)
    .values({
      fullName: `${role.toLowerCase()} ${i}`,
      email: `${role.toLowerCase()}.${i}.${secret().slice(0, 6)}@relais.test`,
      phone: `+32 2 000 ${String(i).padStart(4, '0')}`,
      role,
      passwordHash: await passwordHash,
      calendarSecret: secret(),
      ...extra,
    })
    .returning();
  return { ...row, gid: toGlobalId('Staff', row.id) };
}

export async function makeTeam(db: Database, sectorId: string, socialWorkerId: string) {
  const [row] = await db.insert(teams).values({ sectorId, socialWorkerId }).returning();
  return row;
}

export async function makeBinome(db: Database, a: string, b: string, name = `Binôme ${++n}`) {
  const [row] = await db.insert(binomes).values({ name, firstMemberId: a, secondMemberId: b }).returning();
  return { ...row, gid: toGlobalId('Binome', row.id) };
}

export async function makeShift(db: Database, values: typeof permanenceShifts.$inferInsert) {
  const [row] = await db.insert(permanenceShifts).values(values).returning();
  return { ...row, gid: toGlobalId('PermanenceShift', row.id) };
}

export async function makeAbsence(db: Database, values: typeof absences.$inferInsert) {
  const [row] = await db.insert(absences).values(values).returning();
  return { ...row, gid: toGlobalId('Absence', row.id) };
}

export const hours = (h: number) => h * 3_600_000;
export const days = (d: number) => d * 86_400_000;
export const plus = (d: Date, ms: number) => new Date(d.getTime() + ms);
