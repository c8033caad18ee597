// A small hand-made service for the reports' tests: two sectors, two social workers, one helper, three
// case files, a few visits, schedule entries, shifts, alerts and conflicts. apps/api/src/modules/reporting/report.test.ts writes out
// the figures expected from it.
import type { Database } from '../../apps/api/src/db/client.js';
import {
  aidPlanEvaluations, aidPlanVersions, alerts, beneficiaries, binomes, caseFiles, caseTransitions, fileChecks, permanenceReplacements,
  permanenceShifts, scheduleChanges, scheduleConflicts, scheduleEntries, sectors, visits,
} from '../../apps/api/src/db/schema/index.js';
import { makeStaff } from './factories.js';

const at = (iso: string) => new Date(iso);

export async function buildReportWorld(db: Database) {
  const [ra, rb] = await db.insert(sectors).values([{ code: 'RA', name: 'Rapport A' }, { code: 'RB', name: 'Rapport B' }]).returning();
  const swA = await makeStaff(db, 'SOCIAL_WORKER', { fullName: 'Alice Arnaud', sectorId: ra.id, fte: '1.00' });
  const swB = await makeStaff(db, 'SOCIAL_WORKER', { fullName: 'Bruno Bastin', sectorId: rb.id, fte: '0.50' });
  const helper = await makeStaff(db, 'FAMILY_HELPER', { fullName: 'Hélène Henry', sectorId: ra.id, fte: '0.50' });
  const by = swA.id;
  const [b1, b2, b3] = await db.insert(beneficiaries).values([1, 2, 3].map((i) => ({ firstName: `Bénéficiaire${i}`, lastName: `Secret${i}`, nationalRegisterNumber: `8501010000${i}` }))).returning();
  const [c1, c2, c3] = await db
    .insert(caseFiles)
    .values([
      { beneficiaryId: b1.id, sectorId: ra.id, socialWorkerId: swA.id, reasonForContact: 'r', status: 'ACTIVE', openedAt: at('2026-01-05T09:00:00Z') },
      { beneficiaryId: b2.id, sectorId: ra.id, socialWorkerId: swA.id, reasonForContact: 'r', status: 'CLOSED', openedAt: at('2026-01-20T08:00:00Z'), urgentSince: at('2026-01-20T09:00:00Z'), urgentActionTaken: 'call', urgentActionAt: at('2026-01-20T13:00:00Z') },
      { beneficiaryId: b3.id, sectorId: rb.id, socialWorkerId: swB.id, reasonForContact: 'r', status: 'ACTIVE', openedAt: at('2026-02-01T09:00:00Z'), urgentSince: at('2026-02-03T08:00:00Z') },
    ])
    .returning();
  await db.insert(caseTransitions).values([
    { caseFileId: c1.id, fromStatus: 'NEW_REQUEST', toStatus: 'ACTIVE', reason: 'r', caseVersion: 2, byId: by, at: at('2026-01-10T09:00:00Z') },
    { caseFileId: c2.id, fromStatus: 'NEW_REQUEST', toStatus: 'ACTIVE', reason: 'r', caseVersion: 2, byId: by, at: at('2026-01-25T09:00:00Z') },
    { caseFileId: c2.id, fromStatus: 'ACTIVE', toStatus: 'CLOSED', reason: 'r', caseVersion: 3, byId: by, at: at('2026-02-20T09:00:00Z') },
    { caseFileId: c3.id, fromStatus: 'NEW_REQUEST', toStatus: 'ACTIVE', reason: 'r', caseVersion: 2, byId: swB.id, at: at('2026-02-02T09:00:00Z') },
  ]);
  const [p1] = await db
    .insert(aidPlanVersions)
    .values([
      { caseFileId: c1.id, number: 1, status: 'AGREED', familyHelperHours: '7', homeHelperHours: '0', nextEvaluationOn: '2026-02-15', agreedAt: at('2026-01-10T09:00:00Z'), createdById: by },
      { caseFileId: c3.id, number: 1, status: 'AGREED', familyHelperHours: '0', homeHelperHours: '3.5', nextEvaluationOn: '2026-02-20', agreedAt: at('2026-02-02T09:00:00Z'), createdById: swB.id },
    ])
    .returning();
  await db.insert(aidPlanEvaluations).values({ versionId: p1.id, evaluatedOn: '2026-02-10', nextEvaluationOn: '2027-02-10', byId: by });
  const [v1, v2] = await db
    .insert(visits)
    .values([
      { caseFileId: c1.id, kind: 'NEW_REQUEST', status: 'DONE', plannedAt: at('2026-01-06T09:00:00Z'), doneAt: at('2026-01-06T10:00:00Z'), visitorId: swA.id, createdById: by },
      { caseFileId: c1.id, kind: 'REVISION', status: 'DONE', plannedAt: at('2026-02-10T09:00:00Z'), doneAt: at('2026-02-10T10:00:00Z'), visitorId: swA.id, createdById: by },
      { caseFileId: c3.id, kind: 'NEW_REQUEST', status: 'CANCELLED', plannedAt: at('2026-02-02T10:00:00Z'), visitorId: swB.id, createdById: swB.id, cancelledReason: 'absent' },
    ])
    .returning();
  await db.insert(fileChecks).values([
    { visitId: v1.id, caseFileId: c1.id, openedAt: at('2026-01-06T10:00:00Z'), outcome: 'COMPLIANT', checkedById: by, checkedAt: at('2026-01-08T10:00:00Z') },
    { visitId: v2.id, caseFileId: c1.id, openedAt: at('2026-02-10T10:00:00Z') },
  ]);
  const entry = (startsAt: string, endsAt: string, status: 'PLANNED' | 'CANCELLED' = 'PLANNED') => ({
    helperId: helper.id, caseFileId: c1.id, sectorId: ra.id, kind: 'FAMILY_CARE' as const, startsAt: at(startsAt), endsAt: at(endsAt), status, createdById: by,
  });
  const entries = await db
    .insert(scheduleEntries)
    .values([
      entry('2026-02-02T08:00:00Z', '2026-02-02T10:00:00Z'),
      entry('2026-02-03T08:00:00Z', '2026-02-03T11:00:00Z'),
      entry('2026-02-04T08:00:00Z', '2026-02-04T09:30:00Z', 'CANCELLED'),
      entry('2026-03-20T08:00:00Z', '2026-03-20T10:00:00Z'),
    ])
    .returning();
  const snap = { helperId: helper.id, startsAt: '2026-02-04T08:00:00Z', endsAt: '2026-02-04T09:30:00Z', status: 'PLANNED' };
  await db.insert(scheduleChanges).values({ entryId: entries[2].id, sectorId: ra.id, day: '2026-02-04', kind: 'CANCEL', reason: 'BENEFICIARY_IN_HOSPITAL', note: 'secret note', before: snap, after: { ...snap, status: 'CANCELLED' }, byId: by, at: at('2026-02-04T07:00:00Z') });
  const [binome] = await db.insert(binomes).values({ name: 'Binôme R', firstMemberId: swA.id, secondMemberId: swB.id }).returning();
  const [weekday, weekend, empty] = await db
    .insert(permanenceShifts)
    .values([
      { kind: 'WEEKDAY', startsAt: at('2026-02-02T07:30:00Z'), endsAt: at('2026-02-02T16:00:00Z'), holderBinomeId: binome.id },
      { kind: 'WEEKEND', startsAt: at('2026-02-06T16:00:00Z'), endsAt: at('2026-02-09T07:30:00Z'), holderStaffId: swA.id },
      { kind: 'WEEKEND', startsAt: at('2026-02-13T16:00:00Z'), endsAt: at('2026-02-16T07:30:00Z') },
    ])
    .returning();
  await db.insert(permanenceReplacements).values([
    { shiftId: weekend.id, kind: 'PLANNED', newStaffId: swA.id, recordedById: by, recordedAt: at('2026-02-01T10:00:00Z') },
    { shiftId: weekday.id, kind: 'SAME_DAY', newBinomeId: binome.id, event: 'ill', recordedById: by, recordedAt: at('2026-02-02T07:00:00Z') },
  ]);
  await db.insert(alerts).values([
    { kind: 'COVERAGE_GAP', severity: 'CRITICAL', causeKey: 'gap-1', shiftId: empty.id, message: 'm', startsAt: empty.startsAt, endsAt: empty.endsAt, openedAt: at('2026-02-01T10:00:00Z'), resolvedAt: at('2026-02-03T10:00:00Z') },
    { kind: 'COVERAGE_GAP', severity: 'WARNING', causeKey: 'gap-2', message: 'm', startsAt: at('2026-03-02T07:30:00Z'), endsAt: at('2026-03-02T16:00:00Z'), openedAt: at('2026-03-01T12:00:00Z') },
  ]);
  const conflict = { severity: 'HIGH' as const, hard: true, scope: 's', sectorId: ra.id, helperId: helper.id, day: '2026-02-02', explanation: 'e' };
  await db.insert(scheduleConflicts).values([
    { ...conflict, rule: 'DOUBLE_BOOKING', key: 'k1', openedAt: at('2026-02-02T08:00:00Z'), resolvedAt: at('2026-02-02T10:00:00Z') },
    { ...conflict, rule: 'TRAVEL_TIME', severity: 'MEDIUM', hard: false, key: 'k2', openedAt: at('2026-02-03T08:00:00Z') },
  ]);
  return { swA, swB, helper };
}
