// hoursReport's agreed hours count a plan only on the days its case file was ACTIVE (issue 13: suspended
// case files put agreed hours ~10 % above planned every month); the suspended days are their own figure.
// A hand-made sector, January–March 2026 seen on 15 April 2026.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeStaff, PASSWORD } from '@support/factories.js';
import { startTestServer, type TestServer } from '@support/server.js';
import { aidPlanVersions, beneficiaries, caseFiles, caseTransitions, sectors } from '../../db/schema/index.js';
import type { CaseStatus } from '../../shared/vocabulary/cases.js';

const NOW = new Date('2026-04-15T10:00:00Z');
let server: TestServer;
let director: string;

const at = (iso: string) => new Date(iso);

// C: 7 h a week of family care (1 h a day) agreed 5 January, 14 h a week from 15 February; ACTIVE 5 January,
// SUSPENDED 20 January (hospital), ACTIVE again 10 February, CLOSED 20 February.
// D: 3.5 h a week of household help (0.5 h a day) agreed 1 January, ACTIVE throughout.
async function buildWorld(db: TestServer['db']['db']) {
  const [ah] = await db.insert(sectors).values({ code: 'AH', name: 'Agreed hours' }).returning();
  const sw = await makeStaff(db, 'SOCIAL_WORKER', { sectorId: ah.id });
  const [b1, b2] = await db.insert(beneficiaries).values([{ firstName: 'C', lastName: 'C' }, { firstName: 'D', lastName: 'D' }]).returning();
  const [c, d] = await db
    .insert(caseFiles)
    .values([
      { beneficiaryId: b1.id, sectorId: ah.id, socialWorkerId: sw.id, reasonForContact: 'r', status: 'CLOSED', openedAt: at('2026-01-02T09:00:00Z') },
      { beneficiaryId: b2.id, sectorId: ah.id, socialWorkerId: sw.id, reasonForContact: 'r', status: 'ACTIVE', openedAt: at('2025-12-20T09:00:00Z') },
    ])
    .returning();
  const move = (caseFileId: string, fromStatus: CaseStatus, toStatus: CaseStatus, caseVersion: number, when: string) => ({ caseFileId, fromStatus, toStatus, reason: 'r', caseVersion, byId: sw.id, at: at(when) });
  await db.insert(caseTransitions).values([
    move(c.id, 'NEW_REQUEST', 'ACTIVE', 2, '2026-01-05T09:00:00Z'),
    move(c.id, 'ACTIVE', 'SUSPENDED', 3, '2026-01-20T09:00:00Z'),
    move(c.id, 'SUSPENDED', 'ACTIVE', 4, '2026-02-10T09:00:00Z'),
    move(c.id, 'ACTIVE', 'CLOSED', 5, '2026-02-20T09:00:00Z'),
    move(d.id, 'NEW_REQUEST', 'ACTIVE', 2, '2026-01-01T09:00:00Z'),
  ]);
  await db.insert(aidPlanVersions).values([
    { caseFileId: c.id, number: 1, status: 'AGREED', familyHelperHours: '7', homeHelperHours: '0', nextEvaluationOn: '2027-01-05', agreedAt: at('2026-01-05T09:00:00Z'), createdById: sw.id },
    { caseFileId: c.id, number: 2, status: 'AGREED', familyHelperHours: '14', homeHelperHours: '0', nextEvaluationOn: '2027-02-15', agreedAt: at('2026-02-15T09:00:00Z'), createdById: sw.id },
    { caseFileId: d.id, number: 1, status: 'AGREED', familyHelperHours: '0', homeHelperHours: '3.5', nextEvaluationOn: '2027-01-01', agreedAt: at('2026-01-01T09:00:00Z'), createdById: sw.id },
  ]);
}

beforeAll(async () => {
  server = await startTestServer({ now: NOW });
  await buildWorld(server.db.db);
  director = await server.login((await makeStaff(server.db.db, 'DIRECTOR')).email, PASSWORD);
});
afterAll(() => server?.close());

describe('hoursReport agreed hours', () => {
  it('count the days a case file was ACTIVE; SUSPENDED days are suspendedHours; nothing after closing', async () => {
    const r = await server.gql('{ hoursReport(from: "2026-01-01", to: "2026-03-31") { help { month sectorCode helpKind agreedHours suspendedHours plannedHours } } }', {}, director);
    expect(r.errors).toBeUndefined();
    expect(r.data?.hoursReport.help).toEqual([
      // C: ACTIVE 5–19 January (15 days × 1 h), SUSPENDED 20–31 January (12 days). D: 31 days × 0.5 h.
      { month: '2026-01', sectorCode: 'AH', helpKind: 'FAMILY_CARE', agreedHours: 15, suspendedHours: 12, plannedHours: 0 },
      { month: '2026-01', sectorCode: 'AH', helpKind: 'HOUSEHOLD', agreedHours: 15.5, suspendedHours: 0, plannedHours: 0 },
      // C: SUSPENDED 1–9 February (9 days), ACTIVE 10–14 at 1 h and 15–19 at 2 h (version 2), closed from the 20th.
      { month: '2026-02', sectorCode: 'AH', helpKind: 'FAMILY_CARE', agreedHours: 15, suspendedHours: 9, plannedHours: 0 },
      { month: '2026-02', sectorCode: 'AH', helpKind: 'HOUSEHOLD', agreedHours: 14, suspendedHours: 0, plannedHours: 0 },
      { month: '2026-03', sectorCode: 'AH', helpKind: 'HOUSEHOLD', agreedHours: 15.5, suspendedHours: 0, plannedHours: 0 },
    ]);
  });

  it("count a period's days only, plans and statuses running from before it and past it", async () => {
    const r = await server.gql('{ hoursReport(from: "2026-02-01", to: "2026-02-28") { help { month sectorCode helpKind agreedHours suspendedHours } } }', {}, director);
    expect(r.errors).toBeUndefined();
    expect(r.data?.hoursReport.help).toEqual([
      // C (version 1 agreed 5 January, SUSPENDED since 20 January): SUSPENDED 1–9, ACTIVE 10–14 at 1 h and
      // 15–19 at 2 h. D (agreed 1 January, still ACTIVE): all 28 days × 0.5 h, the 28th too.
      { month: '2026-02', sectorCode: 'AH', helpKind: 'FAMILY_CARE', agreedHours: 15, suspendedHours: 9 },
      { month: '2026-02', sectorCode: 'AH', helpKind: 'HOUSEHOLD', agreedHours: 14, suspendedHours: 0 },
    ]);
  });
});
