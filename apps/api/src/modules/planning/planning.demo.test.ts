// The planning generated on the demo data: the demo's seven sectors and flying social worker, case
// files made here (the demo has none), requests for January 2027 made through GraphQL by the social
// pole head, a replacement of the sick Sofie Peeters (S3). PLANNING_DEMO=1 prints the table.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import { visits } from '../../db/schema/index.js';
import { makeCase } from '@support/planning-world.js';
import { GENERATE, REQUEST } from '@support/planning-world.js';
import { startTestServer, type TestServer } from '@support/server.js';

let server: TestServer;
let planning: any;

beforeAll(async () => {
  server = await startTestServer({ now: new Date('2026-11-24T09:00:00Z'), seed: true });
});
afterAll(() => server?.close());

describe('demo planning', () => {
  it('January 2027 for the demo service: quotas, R9, R15 meetings and an R11 replacement', async () => {
    const { org } = server.app.services;
    const db = server.db.db;
    const sectors = await org.sectors();
    const heads = await org.sectorSocialWorkers(sectors.map((s) => s.id));
    const [flying] = await org.staffByRoles(['FLYING_SOCIAL_WORKER']);
    const headLogin = server.demo?.logins.find((l) => l.role === 'SOCIAL_POLE_HEAD');
    const token = await server.login(headLogin?.email ?? '', server.demo?.password);
    const ask = async (input: Record<string, unknown>) => {
      const r = await server.gql(REQUEST, { input: { month: '2027-01', ...input } }, token);
      expect(r.data?.planningRequestCreate.userErrors).toEqual([]);
    };
    for (const [i, s] of sectors.entries()) {
      const sw = heads.find((h) => h.sectorId === s.id)?.worker;
      if (!sw) throw new Error('sector without social worker');
      for (let k = 0; k < 3; k++) await ask({ kind: 'REVISION', caseFileId: (await makeCase(db, s.id, sw.id, { propertyAdministrator: k === 0 })).gid });
      const helper = (await org.staffByRoles(['FAMILY_HELPER', 'HOME_HELPER'])).find((h) => h.sectorId === s.id);
      if (!helper) throw new Error('sector without helper');
      const helperGid = Buffer.from(`Staff:${helper.id}`).toString('base64url');
      await ask({ kind: 'HELPER_CONTROL', helperId: helperGid });
      if (i === 1) await ask({ kind: 'HELPER_CONTROL', helperId: helperGid });
      if (i < 2) await ask({ kind: 'ACCOMPANIMENT', caseFileId: (await makeCase(db, s.id, sw.id)).gid });
      if (i === 6) {
        // R9: the flying worker revised this beneficiary in May 2026.
        const c = await makeCase(db, s.id, sw.id);
        await db.insert(visits).values({ caseFileId: c.id, kind: 'REVISION', status: 'DONE', plannedAt: new Date('2026-05-12T08:00:00Z'), visitorId: flying.id, createdById: sw.id });
        await ask({ kind: 'REVISION', caseFileId: c.gid });
      }
    }
    await ask({ kind: 'MEETING_SUPPORT', sectorId: Buffer.from(`Sector:${sectors[2].id}`).toString('base64url'), meetingAt: '2027-01-12T13:00:00Z' });
    await ask({ kind: 'MEETING_SUPPORT', sectorId: Buffer.from(`Sector:${sectors[4].id}`).toString('base64url'), meetingAt: '2027-01-26T09:00:00Z' });
    const sick = heads.find((h) => h.worker.fullName === 'Sofie Peeters')?.worker;
    const rep = await server.gql(`mutation ($input: FlyingAssignmentCreateInput!) { flyingAssignmentCreate(input: $input) { userErrors { code message } } }`, {
      input: { kind: 'SICKNESS_REPLACEMENT', socialWorkerId: Buffer.from(`Staff:${sick?.id}`).toString('base64url'), fromDate: '2027-01-18', toDate: '2027-01-22', tasks: ['Urgent visits in S3', "Helpers' schedules of S3", 'S3 team meeting'] },
    }, token);
    expect(rep.data?.flyingAssignmentCreate.userErrors).toEqual([]);
    const r = await server.gql(GENERATE.replace('request { id }', 'request { id caseFile { beneficiary { lastName } } helper { fullName } }'), { input: { month: '2027-01' } }, token);
    expect(r.data?.planningGenerate.userErrors).toEqual([]);
    planning = r.data?.planningGenerate.planning;
    expect(planning).toMatchObject({ revisions: 14, controls: 7 });
    expect(planning.unplaced.map((u: any) => u.code).sort()).toEqual([...Array(7).fill('R7_MONTHLY_REVISIONS'), 'R8_SECTOR_CONTROLS', 'R9_REVISITED_LAST_YEAR']);
    // R11: the replacement approved before generating keeps its days free; nothing is placed only to be suspended.
    expect(planning.items.every((i: any) => typeof i.startsAt === 'string')).toBe(true);
    expect(planning.items.filter((i: any) => i.startsAt >= '2027-01-17T23:00:00.000Z' && i.startsAt < '2027-01-22T23:00:00.000Z')).toEqual([]);
    expect(planning.items.some((i: any) => i.suspended)).toBe(false);

    if (process.env.PLANNING_DEMO) {
      const local = (s: string) => DateTime.fromISO(s, { zone: 'Europe/Brussels' }).toFormat('ccc dd LLL HH:mm');
      const who = (i: any) => i.request.caseFile?.beneficiary?.lastName ?? i.request.helper?.fullName ?? '';
      const rows = planning.items.map((i: any) => `| ${local(i.startsAt)} | ${i.kind} | ${i.sector.name} | ${who(i)} | ${i.suspended ? 'suspended (R11)' : ''} |`);
      const unplaced = planning.unplaced.map((u: any) => `| ${u.code} | ${u.request.kind} | ${u.request.sector.name} |`);
      const quota = planning.quotaUse.map((q: any) => `| ${q.sector.name} | ${q.revisions}/${q.revisionQuota} | ${q.controls}/${q.controlQuota} | ${q.accompaniments} | ${q.meetingSupports} | ${q.unplaced} |`);
      process.stdout.write(['', '| when (Brussels) | kind | sector | beneficiary / helper | |', '|---|---|---|---|---|', ...rows, '', '| not placed | kind | sector |', '|---|---|---|', ...unplaced, '', '| sector | rev | ctrl | acc | meet | unplaced |', '|---|---|---|---|---|---|', ...quota, ''].join('\n'));
    }
  });
});
