// R14 as a feed, over graphql-ws against a real server and database: an absence makes
// `whoToCallChanged` fire with the flying social worker, the clock turning 17:00 on a Friday makes
// it fire with the week-end permanence, closing days set by direction make it fire, nothing is sent
// while the answer stays the same, and a revoked token stops the stream.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { days, makeSector, makeStaff, makeTeam, PASSWORD, plus } from '@support/factories.js';
import { startTestServer, type TestServer } from '@support/server.js';
import { buildWorld, type World } from '@support/world.js';
import { follow as followOver, type Stream } from '@support/ws-stream.js';
import { toGlobalId } from '../../shared/global-id.js';

// Tuesday 24 November 2026, 10:30 in Brussels.
const NOW = new Date('2026-11-24T09:30:00Z');
let server: TestServer;
let w: World;
let relay: string;
let other: { gid: string; id: string };

const FIELDS = 'cursor cause occurredAt whoToCall { role gap at sector { id } person { fullName } chain { role reasonCode } }';
const ONE = `subscription ($sectorId: ID!) { whoToCallChanged(sectorId: $sectorId) { ${FIELDS} } }`;
const ALL = 'subscription { sectorsWhoToCallChanged { cursor cause answers { role sector { id } person { fullName } } } }';
const RECORD = `mutation ($input: AbsenceRecordInput!) { absenceRecord(input: $input) { absence { id } userErrors { field code message } } }`;
const CANCEL = `mutation ($input: AbsenceCancelInput!) { absenceCancel(input: $input) { userErrors { code } } }`;
const CLOSING = `mutation ($input: ServiceClosingDaysSetInput!) { serviceClosingDaysSet(input: $input) { userErrors { field code message } } }`;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function follow(token: string, query: string, variables: Record<string, unknown> = {}): Promise<Stream> {
  return followOver(server.wsUrl, token, query, variables);
}

async function away(person: { gid: string }, from: Date, to: Date, kind = 'SICKNESS') {
  const r = await server.gql(RECORD, { input: { staffId: person.gid, kind, startsAt: from, endsAt: to } }, relay);
  expect(r.data?.absenceRecord.userErrors).toEqual([]);
  return r.data?.absenceRecord.absence.id as string;
}

beforeAll(async () => {
  server = await startTestServer({ now: NOW });
  w = await buildWorld(server, { from: '2026-11-16', to: '2026-12-14' });
  const sector = await makeSector(server.db.db, 'Uccle');
  const sw = await makeStaff(server.db.db, 'SOCIAL_WORKER', { fullName: 'Ulla Uccle', sectorId: sector.id });
  await makeTeam(server.db.db, sector.id, sw.id);
  other = { id: sector.id, gid: toGlobalId('Sector', sector.id) };
  relay = await w.token(w.relay);
});
afterAll(() => server?.close());
beforeEach(() => {
  server.clock.now = NOW;
});

describe('whoToCallChanged (R14 as a feed)', () => {
  it('an absence of the sector social worker makes it fire with the flying social worker; ending it brings her back; the other sector hears nothing', async () => {
    const mine = await follow(w.kiosk, ONE, { sectorId: w.sector.gid });
    const theirs = await follow(w.kiosk, ONE, { sectorId: other.gid });
    const all = await follow(await w.token(w.telephonist), ALL);
    const id = await away(w.sw, plus(NOW, days(-1)), plus(NOW, days(2)));
    const [first] = await mine.received(1);
    expect(mine.errors).toEqual([]);
    expect(first.whoToCallChanged).toMatchObject({
      cause: 'ABSENCE_RECORDED',
      cursor: expect.stringMatching(/^\d+$/),
      whoToCall: { role: 'FLYING_SOCIAL_WORKER', gap: false, sector: { id: w.sector.gid }, person: { fullName: 'Flore Flying' } },
    });
    expect(first.whoToCallChanged.whoToCall.chain).toEqual([
      { role: 'SECTOR_SOCIAL_WORKER', reasonCode: 'AWAY' },
      { role: 'FLYING_SOCIAL_WORKER', reasonCode: null },
    ]);
    // The same answer as the query gives at that instant.
    const asked = await server.gql(`query ($s: ID!) { whoToCall(sectorId: $s) { role person { fullName } } }`, { s: w.sector.gid }, w.kiosk);
    expect(asked.data?.whoToCall).toEqual({ role: 'FLYING_SOCIAL_WORKER', person: { fullName: 'Flore Flying' } });
    // The all-sectors feed carries only the sector whose answer changed.
    expect((await all.received(1)).map((m) => m.sectorsWhoToCallChanged.answers.map((a: any) => [a.sector.id, a.role]))).toEqual([[[w.sector.gid, 'FLYING_SOCIAL_WORKER']]]);

    const cancelled = await server.gql(CANCEL, { input: { absenceId: id } }, relay);
    expect(cancelled.data?.absenceCancel.userErrors).toEqual([]);
    const both = await mine.received(2);
    expect(both).toHaveLength(2);
    expect(both[1].whoToCallChanged).toMatchObject({ cause: 'ABSENCE_CANCELLED', whoToCall: { role: 'SECTOR_SOCIAL_WORKER', person: { fullName: 'Sarah Sector' } } });
    expect(await theirs.received(1, 500)).toEqual([]);
    for (const s of [mine, theirs, all]) await s.client.dispose();
  });

  it('the clock turning 17:00 on a Friday makes it fire with the week-end permanence, at that minute', async () => {
    const friday = new Date('2026-11-27T15:59:30Z'); // Friday 16:59:30 in Brussels
    server.clock.now = friday;
    const stream = await follow(w.kiosk, ONE, { sectorId: w.sector.gid });
    server.clock.now = new Date('2026-11-27T15:59:50Z'); // the same minute: nothing to say
    expect(await stream.received(1, 1_500)).toEqual([]);
    server.clock.now = new Date('2026-11-27T16:00:00Z'); // 17:00: offices close, the week-end permanence starts
    const [m] = await stream.received(1, 4_000);
    expect(stream.errors).toEqual([]);
    expect(m?.whoToCallChanged).toMatchObject({
      cause: 'CLOCK',
      cursor: null,
      occurredAt: '2026-11-27T16:00:00.000Z',
      whoToCall: { role: 'PERMANENCE', at: '2026-11-27T16:00:00.000Z', person: { fullName: 'Paul Premier' } },
    });
    expect(m.whoToCallChanged.whoToCall.chain[0]).toEqual({ role: 'SECTOR_SOCIAL_WORKER', reasonCode: 'OFF_DUTY' });
    // Minutes later, still the permanence: nothing more.
    server.clock.now = new Date('2026-11-27T16:07:00Z');
    expect(await stream.received(2, 1_500)).toHaveLength(1);
    await stream.client.dispose();
  });

  it('nothing fires when nothing changes: minutes in office hours, an absence of someone not in the chain, twenty at once', async () => {
    const stream = await follow(w.kiosk, ONE, { sectorId: w.sector.gid });
    server.clock.now = plus(NOW, 5 * 60_000);
    const helperAway = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        server.gql(RECORD, { input: { staffId: w.helper.gid, kind: 'LEAVE', startsAt: plus(NOW, days(10 + i)), endsAt: plus(NOW, days(10 + i) + 3_600_000) } }, relay),
      ),
    );
    expect(helperAway.every((r) => r.data?.absenceRecord.userErrors.length === 0)).toBe(true);
    expect(await stream.received(1, 2_000)).toEqual([]);
    // The stream is alive all the same: a real change is sent, once.
    await away(w.sw, plus(NOW, -60_000), plus(NOW, days(1)));
    const got = await stream.received(1);
    expect(got.map((m) => m.whoToCallChanged.whoToCall.role)).toEqual(['FLYING_SOCIAL_WORKER']);
    await stream.client.dispose();
  });

  it('closing days set by direction make it fire (offices closed today: the permanence answers); a week-end day is refused and changes nothing', async () => {
    server.clock.now = new Date('2026-12-01T09:30:00Z'); // Tuesday 1 December, 10:30
    const stream = await follow(w.kiosk, ONE, { sectorId: w.sector.gid });
    const director = await w.token(w.director);
    const weekend = await server.gql(CLOSING, { input: { year: 2026, days: [{ day: '2026-12-05', name: 'Samedi' }] } }, director);
    expect(weekend.data?.serviceClosingDaysSet.userErrors).toMatchObject([{ field: ['input', 'days', '0', 'day'], code: 'WEEKEND_DAY', message: expect.stringMatching(/2026-12-05 is a Saturday/) }]);
    expect(await stream.received(1, 1_000)).toEqual([]);
    const set = await server.gql(CLOSING, { input: { year: 2026, days: [{ day: '2026-12-01', name: 'Journée de service' }] } }, director);
    expect(set.data?.serviceClosingDaysSet.userErrors).toEqual([]);
    const [m] = await stream.received(1);
    expect(m?.whoToCallChanged).toMatchObject({ cause: 'SERVICE_CLOSING_DAYS_SET', whoToCall: { role: 'PERMANENCE', chain: [{ role: 'SECTOR_SOCIAL_WORKER', reasonCode: 'OFF_DUTY' }, { role: 'PERMANENCE', reasonCode: null }] } });
    const cleared = await server.gql(CLOSING, { input: { year: 2026, days: [] } }, director);
    expect(cleared.data?.serviceClosingDaysSet.userErrors).toEqual([]);
    expect((await stream.received(2)).map((x) => x.whoToCallChanged.whoToCall.role)).toEqual(['PERMANENCE', 'SECTOR_SOCIAL_WORKER']);
    await stream.client.dispose();
  });

  it('an unknown or malformed sector is BAD_USER_INPUT naming `sectorId`; a revoked token stops the stream', async () => {
    const reasons: string[] = [];
    for (const sectorId of [toGlobalId('Sector', '00000000-0000-4000-8000-000000000000'), w.spare.gid, toGlobalId('Sector', 'not-a-uuid'), 'not-an-id', '', 'x'.repeat(5_000), 'a\u0000b']) {
      const bad = await follow(w.kiosk, ONE, { sectorId });
      expect(bad.messages).toEqual([]);
      const extensions = bad.errors[0]?.extensions ?? bad.errors[0]?.[0]?.extensions;
      expect(extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'sectorId' });
      reasons.push(extensions.reason);
      await bad.client.dispose();
    }
    // Well-formed IDs of no sector are UNKNOWN_SECTOR; malformed ones are refused before, as for every ID argument.
    expect(reasons.slice(0, 3)).toEqual(['UNKNOWN_SECTOR', 'UNKNOWN_SECTOR', 'UNKNOWN_SECTOR']);
    expect(reasons.slice(3).every((r) => r === 'BAD_ID' || r === 'UNKNOWN_SECTOR')).toBe(true);
    const person = await makeStaff(server.db.db, 'TELEPHONIST');
    const token = await server.login(person.email, PASSWORD);
    const stream = await follow(token, ONE, { sectorId: w.sector.gid });
    const control = await follow(w.kiosk, ONE, { sectorId: w.sector.gid });
    const out = await server.gql('mutation { logout { loggedOut } }', {}, token);
    expect(out.data?.logout).toEqual({ loggedOut: true });
    const end = Date.now() + 4_000;
    while (!stream.closed && Date.now() < end) await sleep(20);
    expect(stream.closed).toMatchObject({ code: 4401 });
    // A change that moves the answer: the kiosk's stream hears it, the revoked one does not.
    const set = await server.gql(CLOSING, { input: { year: 2026, days: [{ day: '2026-11-24', name: 'Journée de service' }] } }, await w.token(w.director));
    expect(set.data?.serviceClosingDaysSet.userErrors).toEqual([]);
    expect(await control.received(1)).toHaveLength(1);
    expect(stream.messages).toEqual([]);
    await control.client.dispose();
    // Nobody follows any more: the minute timer stops.
    const end2 = Date.now() + 2_000;
    while (server.app.services.ticks.listening && Date.now() < end2) await sleep(20);
    expect(server.app.services.ticks.listening).toBe(0);
  });
});
