// Demo civil-liability incident being followed: the family helper of the demo logins broke a
// beneficiary's glass table during her latest visit; her social worker sent it to the
// insurer with the helper's written statement (a PDF kept in PostgreSQL with its SHA-256).
// Added on a start when no incident exists yet, so a demo seeded before incidents existed gets it too.
import { createHash } from 'node:crypto';
import { and, desc, eq, lt, sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { Database } from '../db/client.js';
import { incidentDocuments, incidents, incidentStatusChanges, scheduleEntries, staff, teams } from '../db/schema/index.js';
import { SERVICE_TIME_ZONE } from '../time/service-time.js';

export const DEMO_INCIDENT_HELPER = 'samira.henrard@relais.test';

/** A one-page PDF saying `lines` (Helvetica, no accents beyond Latin-1), with a correct xref table. */
export function simplePdf(lines: string[]): Buffer {
  const text = lines.map((l, i) => `BT /F1 12 Tf 56 ${780 - i * 18} Td (${l.replace(/[\\()]/g, '\\$&')}) Tj ET`).join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(text, 'latin1')} >>\nstream\n${text}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** Inserts the demo incident when there is none and the demo helper has worked at a home; returns whether it did. */
export async function seedDemoIncident(db: Database, now: Date): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [{ n }] = await tx.select({ n: sql<number>`count(*)::int` }).from(incidents);
    if (n > 0) return false;
    const [helper] = await tx.select({ id: staff.id, sectorId: staff.sectorId, fullName: staff.fullName }).from(staff).where(eq(staff.email, DEMO_INCIDENT_HELPER));
    if (!helper?.sectorId) return false;
    // During her latest visit that has begun (else at a home she is scheduled at, yesterday morning).
    const [visit] = await tx
      .select({ caseFileId: scheduleEntries.caseFileId, startsAt: scheduleEntries.startsAt })
      .from(scheduleEntries)
      .where(and(eq(scheduleEntries.helperId, helper.id), lt(scheduleEntries.startsAt, new Date(now.getTime() - 3_600_000))))
      .orderBy(desc(scheduleEntries.startsAt))
      .limit(1);
    const [anyVisit] = visit ? [visit] : await tx.select({ caseFileId: scheduleEntries.caseFileId, startsAt: scheduleEntries.startsAt }).from(scheduleEntries).where(eq(scheduleEntries.helperId, helper.id)).limit(1);
    const [team] = await tx.select({ socialWorkerId: teams.socialWorkerId }).from(teams).where(eq(teams.sectorId, helper.sectorId));
    if (!anyVisit || !team) return false;
    const occurred = visit
      ? DateTime.fromJSDate(visit.startsAt, { zone: SERVICE_TIME_ZONE }).plus({ minutes: 45 })
      : DateTime.fromJSDate(now, { zone: SERVICE_TIME_ZONE }).minus({ days: 1 }).set({ hour: 10, minute: 15, second: 0, millisecond: 0 });
    // Declared within the hour; sent to the insurer halfway between the declaration and now.
    const declaredAt = new Date(Math.min(occurred.toMillis() + 3_600_000, now.getTime() - 120_000));
    const sentAt = new Date(declaredAt.getTime() + Math.floor((now.getTime() - declaredAt.getTime()) / 2));
    const reference = `RC-${occurred.toFormat('yyyy')}-04127`;
    const [incident] = await tx
      .insert(incidents)
      .values({
        caseFileId: anyVisit.caseFileId, sectorId: helper.sectorId, declaredById: helper.id, declaredAt, occurredAt: occurred.toJSDate(), occurredZone: SERVICE_TIME_ZONE,
        description: 'En déplaçant la table du salon pour nettoyer, le plateau en verre est tombé et s’est fendu. Personne n’a été blessé.',
        involvedStaffIds: [helper.id], otherPeopleInvolved: 'La bénéficiaire, présente dans la pièce', insurerReference: reference, status: 'SENT_TO_INSURER', version: 2, updatedAt: sentAt,
      })
      .returning({ id: incidents.id });
    await tx.insert(incidentStatusChanges).values([
      { incidentId: incident.id, fromStatus: null, toStatus: 'DECLARED', byId: helper.id, at: declaredAt, incidentVersion: 1 },
      { incidentId: incident.id, fromStatus: 'DECLARED', toStatus: 'SENT_TO_INSURER', note: 'Déclaration et photo envoyées à l’assureur RC.', byId: team.socialWorkerId, at: sentAt, incidentVersion: 2 },
    ]);
    const statement = simplePdf([
      'Declaration de sinistre - responsabilite civile',
      `Date: ${occurred.toFormat('dd/MM/yyyy HH:mm')} (Europe/Brussels)`,
      `Aide familiale: ${helper.fullName}`,
      'Le plateau en verre de la table du salon est tombe et s est fendu.',
      `Reference assureur: ${reference}`,
    ]);
    await tx.insert(incidentDocuments).values({
      incidentId: incident.id, fileName: 'declaration-sinistre.pdf', mediaType: 'application/pdf', sizeBytes: statement.length,
      sha256: createHash('sha256').update(statement).digest('hex'), content: statement, uploadedById: helper.id, uploadedAt: declaredAt,
    });
    return true;
  });
}
