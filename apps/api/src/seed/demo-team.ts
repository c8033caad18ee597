// Demo team life (DOMAIN "Team life"): per sector, a monthly team meeting with minutes over the last
// quarter, a yearly individual interview per helper, a home control by the flying social worker last
// month (R8), trainings; one corrective interview (S2). Relative to the seed's clock, inserted in bulk.
import { randomUUID } from 'node:crypto';
import { asc, eq, inArray } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { Tx } from '../db/client.js';
import { scheduleEntries, sectors, staff, teamRecordHelpers, teamRecords, teams } from '../db/schema/index.js';
import { SERVICE_TIME_ZONE } from '../time/service-time.js';
import { HELPER_ROLES } from '../modules/org/org.rules.js';

const MINUTES = [
  'Minutes: winter schedules and cover during the holidays; reminder on key boxes and professional secrecy (R5).',
  'Minutes: new beneficiaries of the sector presented; feedback on the safe-transfer training; travel times between homes discussed.',
  'Minutes: how to report a fall or a worrying situation to the social worker the same day; leave requests for next month (R12).',
];

export async function seedDemoTeam(tx: Tx, now: Date, flyingId: string): Promise<number> {
  const today = DateTime.fromJSDate(now, { zone: SERVICE_TIME_ZONE }).startOf('day');
  const iso = (d: DateTime) => d.toISODate() as string;
  const [sectorRows, heads, helpers] = await Promise.all([
    tx.select({ id: sectors.id, code: sectors.code }).from(sectors).orderBy(asc(sectors.code)),
    tx.select({ sectorId: teams.sectorId, socialWorkerId: teams.socialWorkerId }).from(teams),
    tx.select({ id: staff.id, sectorId: staff.sectorId, fullName: staff.fullName }).from(staff).where(inArray(staff.role, HELPER_ROLES)).orderBy(asc(staff.fullName)),
  ]);
  const records: (typeof teamRecords.$inferInsert & { id: string })[] = [];
  const links: (typeof teamRecordHelpers.$inferInsert)[] = [];
  const add = (r: Omit<typeof teamRecords.$inferInsert, 'id' | 'createdAt'>, helperIds: string[]) => {
    const id = randomUUID();
    records.push({ ...r, id, createdAt: DateTime.fromISO(`${r.day}T17:00`, { zone: SERVICE_TIME_ZONE }).toJSDate() });
    links.push(...helperIds.map((helperId) => ({ recordId: id, helperId })));
  };
  for (const [s, sector] of sectorRows.entries()) {
    const sw = heads.find((h) => h.sectorId === sector.id)?.socialWorkerId;
    const team = helpers.filter((h) => h.sectorId === sector.id);
    if (!sw || !team.length) continue;
    const ids = team.map((h) => h.id);
    // Team meetings on the first Tuesday of each of the last three months (when already past).
    for (let m = 0; m < 3; m++) {
      const first = today.minus({ months: m }).startOf('month');
      const day = first.plus({ days: (9 - first.weekday) % 7 });
      if (day <= today) add({ kind: 'TEAM_MEETING', day: iso(day), sectorId: sector.id, title: `Team meeting ${sector.code}`, notes: MINUTES[(s + m) % MINUTES.length], byId: sw }, ids);
    }
    team.forEach((h, i) => {
      const day = today.minus({ days: 20 + ((i * 37 + s * 11) % 330) });
      add({ kind: 'INDIVIDUAL_INTERVIEW', day: iso(day), sectorId: sector.id, title: `Yearly interview — ${h.fullName}`, notes: 'Work going well; wishes a training on dementia care; no change of hours asked.', byId: sw }, [h.id]);
    });
    if (s % 3 === 0) add({ kind: 'TRAINING', day: iso(today.minus({ days: 45 + s })), sectorId: sector.id, title: 'Safe transfers and back care', notes: 'Half-day with a physiotherapist: bed-to-chair transfers, use of a lift.', byId: sw }, ids);
    // R8: one control a month per sector by the flying social worker, at a home the helper visits.
    const [visit] = await tx
      .select({ caseFileId: scheduleEntries.caseFileId })
      .from(scheduleEntries)
      .where(eq(scheduleEntries.helperId, team[s % team.length].id))
      .limit(1);
    if (visit) {
      add({ kind: 'HOME_CONTROL', day: iso(today.minus({ months: 1 }).set({ day: 10 + s })), sectorId: sector.id, caseFileId: visit.caseFileId, title: 'Control at home', notes: 'Tasks done as in the aid plan; the beneficiary is satisfied; feedback given to the sector social worker.', byId: flyingId }, [team[s % team.length].id]);
    }
    if (sector.code === 'S2') {
      add({ kind: 'CORRECTIVE_INTERVIEW', day: iso(today.minus({ days: 12 })), sectorId: sector.id, title: 'Recadrage: punctuality', notes: 'Late three times this month at the same home without warning the office; agreed to call the office when delayed.', byId: sw }, [team[1 % team.length].id]);
    }
  }
  if (records.length) {
    await tx.insert(teamRecords).values(records);
    await tx.insert(teamRecordHelpers).values(links);
  }
  return records.length;
}
