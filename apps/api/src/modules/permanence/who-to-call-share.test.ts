// Who to call's facts shared by a process's requests (who-to-call-share.ts): a read after a write of
// this process sees it, a read across a change of shift answers the new holder from the same facts,
// and the share itself reads once per second, not after a drop, and never keeps a read a drop overtook.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { makeAbsence, makeBinome, makeStaff } from '@support/factories.js';
import { startTestServer, type TestServer } from '@support/server.js';
import { countStatements } from '@support/statements.js';
import { buildWorld, shiftAt, type World } from '@support/world.js';
import { permanenceShifts } from '../../db/schema/index.js';
import type { WhoToCallFacts } from './board-facts.repository.js';
import { SHARE_MS, WhoToCallShare } from './who-to-call-share.js';

// Friday 27 November 2026, a millisecond before 17:00 in Brussels: the office closes and the week-end shift starts.
const BEFORE = new Date('2026-11-27T15:59:59.999Z');
const AT = new Date('2026-11-27T16:00:00.000Z');
let server: TestServer;
let w: World;
let relayToken: string;
let other: Awaited<ReturnType<typeof makeStaff>>;

const WHO = `query ($sectorId: ID!) { whoToCall(sectorId: $sectorId) { role person { fullName } chain { role reasonCode person { fullName } } } }`;
const RECORD = `mutation ($input: AbsenceRecordInput!) { absenceRecord(input: $input) { absence { id } userErrors { code } } }`;
const CANCEL = `mutation ($input: AbsenceCancelInput!) { absenceCancel(input: $input) { userErrors { code } } }`;

/** The answer now (the server's clock), and whether the facts' statement was sent for it. */
async function who(): Promise<{ answer: any; readFacts: boolean }> {
  const seen: string[] = [];
  let answer: any;
  await countStatements(
    server.app,
    async () => {
      const r = await server.gql(WHO, { sectorId: w.sector.gid }, w.kiosk);
      expect(r.errors).toBeUndefined();
      answer = r.data!.whoToCall;
    },
    seen,
  );
  if (process.env.SHARE_SQL) console.log(seen.map((s) => s.slice(0, 150)));
  return { answer, readFacts: seen.some((s) => s.includes("'sectorId', t.sector_id")) };
}

beforeAll(async () => {
  server = await startTestServer({ now: BEFORE });
  w = await buildWorld(server, { from: '2026-11-23', to: '2026-11-30' });
  relayToken = await w.token(w.relay);
  // The week-end shift held by another binôme; the sector and flying social workers away all week.
  other = await makeStaff(server.db.db, 'SOCIAL_WORKER', { fullName: 'Olga Other' });
  const binome = await makeBinome(server.db.db, other.id, w.spare.id, 'Olga & Sam');
  await server.db.db.update(permanenceShifts).set({ holderBinomeId: binome.id }).where(eq(permanenceShifts.id, shiftAt(w, AT).id));
  for (const person of [w.sw, w.flying]) await makeAbsence(server.db.db, { staffId: person.id, kind: 'LEAVE', startsAt: new Date('2026-11-23T00:00:00Z'), endsAt: new Date('2026-11-30T00:00:00Z') });
});

afterAll(() => server?.close());

describe("who to call's shared facts", () => {
  it('a read across the change of shift answers the new holder, from the facts read before it', async () => {
    server.clock.now = BEFORE;
    const before = await who();
    expect(before.answer).toMatchObject({ role: 'PERMANENCE', person: { fullName: 'Paul Premier' } });
    server.clock.now = AT;
    const after = await who();
    expect(after.readFacts).toBe(false);
    expect(after.answer).toMatchObject({ role: 'PERMANENCE', person: { fullName: other.fullName } });
    expect(after.answer.chain.map((s: any) => [s.role, s.reasonCode])).toEqual([
      ['SECTOR_SOCIAL_WORKER', 'AWAY'],
      ['PERMANENCE', null],
    ]);
  });

  it('a write of this process, then a read: the read sees it (through the API and straight to the database alike)', async () => {
    server.clock.now = AT;
    expect((await who()).answer.person.fullName).toBe(other.fullName);
    expect((await who()).readFacts).toBe(false);
    const r = await server.gql(RECORD, { input: { staffId: other.gid, kind: 'TRAINING', startsAt: '2026-11-27T12:00:00Z', endsAt: '2026-11-28T12:00:00Z' } }, relayToken);
    expect(r.data?.absenceRecord.userErrors).toEqual([]);
    const afterWrite = await who();
    expect(afterWrite.readFacts).toBe(true);
    expect(afterWrite.answer).toMatchObject({ role: 'PERMANENCE', person: { fullName: 'Sam Spare' } });
    await makeAbsence(server.db.db, { staffId: w.spare.id, kind: 'OTHER', startsAt: new Date('2026-11-27T12:00:00Z'), endsAt: new Date('2026-11-28T12:00:00Z') });
    expect((await who()).answer).toMatchObject({ role: 'DIRECTION', person: { fullName: 'Hélène Head' } });
    expect((await server.gql(CANCEL, { input: { absenceId: r.data!.absenceRecord.absence.id } }, relayToken)).data?.absenceCancel.userErrors).toEqual([]);
    expect((await who()).answer.person.fullName).toBe(other.fullName);
  });
});

describe("who to call's people", () => {
  it('are read without their calendar secret, yet direction asking their calendar link gets it', async () => {
    server.clock.now = AT;
    const director = await w.token(w.director);
    const r = await server.gql(`query ($sectorId: ID!) { whoToCall(sectorId: $sectorId) { person { fullName calendarUrl } chain { person { calendarUrl } } } }`, { sectorId: w.sector.gid }, director);
    expect(r.errors).toBeUndefined();
    expect(r.data!.whoToCall.person.calendarUrl).toMatch(/\/calendar\/staff\/[A-Za-z0-9_-]+\.ics$/);
    for (const step of r.data!.whoToCall.chain) expect(step.person.calendarUrl).toMatch(/\/calendar\/staff\/[A-Za-z0-9_-]+\.ics$/);
    const kiosk = await server.gql(`query ($sectorId: ID!) { whoToCall(sectorId: $sectorId) { person { fullName } } }`, { sectorId: w.sector.gid }, w.kiosk);
    expect(kiosk.data!.whoToCall.person.fullName).toBe(r.data!.whoToCall.person.fullName);
  });
});

describe('WhoToCallShare', () => {
  const facts = { staff: [], teams: [], shifts: [], binomes: [], replacing: [], closingDays: [], absences: [] } as WhoToCallFacts;
  const setup = () => {
    const t = { clock: AT.getTime(), mono: 0 };
    const reads: { from: Date; to: Date; settle: () => void }[] = [];
    const share = new WhoToCallShare(
      {
        during: (from, to) =>
          new Promise((resolve) => {
            reads.push({ from, to, settle: () => resolve(facts) });
          }),
      },
      () => new Date(t.clock),
      () => t.mono,
    );
    return { t, reads, share };
  };
  const settled = async (reads: { settle: () => void }[]) => {
    for (const r of reads) r.settle();
    await new Promise((r) => setTimeout(r, 0));
  };

  it('the requests of a second share one read; the next second reads again', async () => {
    const { t, reads, share } = setup();
    const first = share.factsAt([AT]);
    const second = share.factsAt([new Date(AT.getTime() + 5)]);
    await settled(reads);
    expect(await first).toEqual(await second);
    expect(reads).toHaveLength(1);
    t.mono += SHARE_MS - 1;
    await share.factsAt([AT]);
    expect(reads).toHaveLength(1);
    t.mono += 1;
    const third = share.factsAt([AT]);
    await settled(reads);
    await third;
    expect(reads).toHaveLength(2);
  });

  it('after a drop a request reads again, and a read a drop overtook is not kept for the next', async () => {
    const { reads, share } = setup();
    const first = share.factsAt([AT]);
    share.drop();
    const second = share.factsAt([AT]);
    expect(reads).toHaveLength(2);
    await settled(reads);
    await Promise.all([first, second]);
    await share.factsAt([AT]);
    expect(reads).toHaveLength(2);
    share.drop();
    const third = share.factsAt([AT]);
    await settled(reads);
    await third;
    expect(reads).toHaveLength(3);
  });

  it('an instant far from now is read exactly and shared as such; too many of them are not shared', async () => {
    const { reads, share } = setup();
    const next = new Date(AT.getTime() + 3_600_000);
    const both = share.factsAt([AT, next]);
    await settled(reads);
    const [now, later] = (await both)!;
    expect(reads.map((r) => r.to.getTime() - r.from.getTime())).toEqual([3 * SHARE_MS, 1]);
    expect(later.from).toBe(next.getTime());
    expect(now.from).toBe(AT.getTime() - SHARE_MS);
    await share.factsAt([next]);
    expect(reads).toHaveLength(2);
    expect(await share.factsAt(Array.from({ length: 9 }, (_, i) => new Date(AT.getTime() + (i + 2) * 3_600_000)))).toBeNull();
  });
});
