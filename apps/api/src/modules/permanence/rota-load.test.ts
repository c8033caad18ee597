// Issue 12 through GraphQL on a real database: the rota generated fair by FTE, each person's load of a
// year and the fairness figure (who may read it), a DST week-end and a holiday counted right, and a
// change of holder that makes the load unfair flagged in its payload.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeBinome, makeShift, makeStaff } from '@support/factories.js';
import { startTestServer, type TestServer } from '@support/server.js';
import { rotaSpans } from './rota.rules.js';

// Monday 23 November 2026, 10:00 in Brussels.
const NOW = new Date('2026-11-23T09:00:00Z');
let server: TestServer;
let people: Record<string, Awaited<ReturnType<typeof makeStaff>>>;
let binomes: Record<string, Awaited<ReturnType<typeof makeBinome>>>;
let relay: string;

const LOAD = `query ($year: Int!) { permanenceLoad(year: $year) {
  year totalClosedDays meanClosedDaysPerFte fairness
  people { staff { id fullName } fte weekends weekendDays holidayDays weekdayShifts closedDays expectedClosedDays deviation }
} }`;
const GENERATE = `mutation ($input: PermanenceRotaGenerateInput!) { permanenceRotaGenerate(input: $input) { created userErrors { field code } } }`;
const REPLACE = `mutation ($input: PermanenceReplaceInput!) { permanenceReplace(input: $input) {
  shift { id kind }
  loadWarnings { code message year staff { id fullName } closedDays expectedClosedDays deviation deviationBefore }
  userErrors { field code }
} }`;
const SHIFTS = `query ($from: DateTime, $to: DateTime, $after: String) { permanenceShifts(from: $from, to: $to, first: 100, after: $after) {
  pageInfo { hasNextPage endCursor } edges { node { id kind startsAt holderBinome { id } holderStaff { id } } }
} }`;

type Person = { staff: { id: string; fullName: string }; fte: number; weekends: number; weekendDays: number; holidayDays: number; weekdayShifts: number; closedDays: number; expectedClosedDays: number; deviation: number };

async function load(year: number, token = relay) {
  const r = await server.gql(LOAD, { year }, token);
  expect(r.errors).toBeUndefined();
  return r.data?.permanenceLoad as { year: number; totalClosedDays: number; meanClosedDaysPerFte: number | null; fairness: number | null; people: Person[] };
}
const personOf = (l: { people: Person[] }, name: string) => l.people.find((p) => p.staff.fullName === name) as Person;

async function shiftsOf(from: string, to: string) {
  const out: { id: string; kind: string; startsAt: string; holderBinome: { id: string } | null; holderStaff: { id: string } | null }[] = [];
  let after: string | null = null;
  for (;;) {
    const r: { errors?: unknown; data?: Record<string, any> } = await server.gql(SHIFTS, { from, to, after }, relay);
    expect(r.errors).toBeUndefined();
    const page: { edges: { node: any }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } = r.data?.permanenceShifts;
    out.push(...page.edges.map((e: any) => e.node));
    if (!page.pageInfo.hasNextPage) return out;
    after = page.pageInfo.endCursor;
  }
}

beforeAll(async () => {
  server = await startTestServer({ now: NOW });
  const db = server.db.db;
  const sw = (fullName: string, fte: string) => makeStaff(db, 'SOCIAL_WORKER', { fullName, fte });
  people = {
    a1: await sw('Ada Full', '1.00'),
    a2: await sw('Alex Full', '1.00'),
    b1: await sw('Bea Eighty', '0.80'),
    b2: await sw('Ben Eighty', '0.80'),
    c1: await sw('Cleo Half', '0.50'),
    c2: await sw('Cyril Half', '0.50'),
    relay: await makeStaff(db, 'RELAY_CONTROL_SOCIAL_WORKER', { fullName: 'Remi Relay' }),
    director: await makeStaff(db, 'DIRECTOR', { fullName: 'Denis Director' }),
    head: await makeStaff(db, 'SOCIAL_POLE_HEAD', { fullName: 'Hélène Head' }),
    homeHelper: await makeStaff(db, 'HOME_HELPER', { fullName: 'Hugo Helper' }),
    telephonist: await makeStaff(db, 'TELEPHONIST', { fullName: 'Tina Phone' }),
    socialWorker: await makeStaff(db, 'SOCIAL_WORKER', { fullName: 'Sarah Sector' }),
  };
  binomes = {
    A: await makeBinome(db, people.a1.id, people.a2.id, 'A (1.0)'),
    B: await makeBinome(db, people.b1.id, people.b2.id, 'B (0.8)'),
    C: await makeBinome(db, people.c1.id, people.c2.id, 'C (0.5)'),
  };
  relay = await server.login(people.relay.email, 'test-password-1');
});
afterAll(() => server?.close());

describe('generating the rota by FTE', () => {
  it('a year of week-ends and holidays goes to each binôme in proportion to its FTE, spread over the year', async () => {
    const input = { from: '2027-01-01', to: '2028-01-01', binomeIds: [binomes.A.gid, binomes.B.gid, binomes.C.gid] };
    const r = await server.gql(GENERATE, { input }, relay);
    expect(r.data?.permanenceRotaGenerate.userErrors).toEqual([]);
    const l = await load(2027);
    expect(l.year).toBe(2027);
    // Every person of a binôme is within one week-end (2 closed days) of their FTE share.
    for (const name of ['Ada Full', 'Bea Eighty', 'Cleo Half']) {
      const p = personOf(l, name);
      expect(Math.abs(p.deviation), name).toBeLessThanOrEqual(2);
      expect(p.closedDays - p.expectedClosedDays).toBeCloseTo(p.deviation, 1);
    }
    expect(personOf(l, 'Ada Full').weekends).toBeGreaterThan(personOf(l, 'Bea Eighty').weekends);
    expect(personOf(l, 'Bea Eighty').weekends).toBeGreaterThan(personOf(l, 'Cleo Half').weekends);
    expect(personOf(l, 'Cleo Half').fte).toBe(0.5);
    expect(l.fairness).not.toBeNull();
    expect(l.fairness as number).toBeLessThan(0.05);
    // The half-timers' week-ends are spread: never two in a row.
    const weekends = (await shiftsOf('2027-01-01T00:00:00Z', '2028-01-01T00:00:00Z')).filter((s) => s.kind === 'WEEKEND');
    const cTurns = weekends.map((s, i) => (s.holderBinome?.id === binomes.C.gid ? i : -9));
    expect(cTurns.some((i, k) => i >= 0 && cTurns[k + 1] === i + 1)).toBe(false);
  });

  it('twenty identical generations at once make one rota: one creates the shifts, none fails on the way', async () => {
    const input = { from: '2029-06-04', to: '2029-06-18', binomeIds: [binomes.A.gid, binomes.C.gid] };
    const results = await Promise.all(Array.from({ length: 20 }, () => server.gql(GENERATE, { input }, relay)));
    expect(results.map((r) => r.errors)).toEqual(results.map(() => undefined));
    const created = results.map((r) => r.data?.permanenceRotaGenerate.created);
    expect(created.filter((n) => n > 0)).toEqual([12]);
    expect(await shiftsOf('2029-06-04T00:00:00Z', '2029-06-19T00:00:00Z')).toHaveLength(12);
  });

  it('the same binôme named twice is refused, naming the field, and creates nothing', async () => {
    const r = await server.gql(GENERATE, { input: { from: '2028-02-01', to: '2028-03-01', binomeIds: [binomes.A.gid, binomes.A.gid] } }, relay);
    expect(r.data?.permanenceRotaGenerate).toEqual({ created: 0, userErrors: [{ field: ['input', 'binomeIds'], code: 'DUPLICATE_BINOME' }] });
    expect(await shiftsOf('2028-02-01T00:00:00Z', '2028-03-01T00:00:00Z')).toEqual([]);
  });
});

describe('permanenceLoad', () => {
  it('is for the relay social worker and direction; the helper, the telephonist, a social worker and the screen are refused', async () => {
    for (const who of [people.director, people.head, people.relay]) {
      const r = await server.gql(LOAD, { year: 2027 }, await server.login(who.email, 'test-password-1'));
      expect(r.errors, who.fullName).toBeUndefined();
      expect(r.data?.permanenceLoad.people.length).toBe(6);
    }
    for (const who of [people.homeHelper, people.telephonist, people.socialWorker]) {
      const r = await server.gql(LOAD, { year: 2027 }, await server.login(who.email, 'test-password-1'));
      expect(r.errors?.[0].extensions?.code, who.fullName).toBe('FORBIDDEN');
      expect(r.data?.permanenceLoad ?? null).toBeNull();
    }
    const kiosk = (await server.app.services.auth.createKioskToken('screen', NOW)).token;
    expect((await server.gql(LOAD, { year: 2027 }, kiosk)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // A reporting tool reads the reports (permanenceReport's week-end fairness), not people's loads by name.
    const director = await server.login(people.director.email, 'test-password-1');
    const created = await server.gql('mutation ($input: ReportingTokenCreateInput!) { reportingTokenCreate(input: $input) { token userErrors { code } } }', { input: { label: 'Tableau de bord', expiresAt: '2027-06-01T00:00:00Z' } }, director);
    const tool = created.data?.reportingTokenCreate.token;
    expect(tool).toEqual(expect.any(String));
    const refused = await server.gql(LOAD, { year: 2027 }, tool);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(refused.data?.permanenceLoad ?? null).toBeNull();
  });

  it('refuses a year outside 2000–2100, naming the argument', async () => {
    for (const year of [1999, 2101, -1, 0, 2_000_000_000]) {
      const r = await server.gql(LOAD, { year }, relay);
      expect(r.errors?.[0].extensions, String(year)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
    }
  });

  it('weighs like a report: thirteen aliased years in one request are refused before any runs', async () => {
    const many = `{ ${Array.from({ length: 13 }, (_, i) => `y${i}: permanenceLoad(year: ${2020 + i}) { fairness }`).join(' ')} }`;
    const r = await server.gql(many, {}, relay);
    expect(r.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(r.data ?? null).toBeNull();
    const twelve = await server.gql(`{ ${Array.from({ length: 12 }, (_, i) => `y${i}: permanenceLoad(year: ${2020 + i}) { fairness }`).join(' ')} }`, {}, relay);
    expect(twelve.errors).toBeUndefined();
  });

  it('counts a DST week-end as one week-end, a holiday as a holiday day, weekday shifts as shifts', async () => {
    const db = server.db.db;
    const d1 = await makeStaff(db, 'SOCIAL_WORKER', { fullName: 'Dora Dst', fte: '1.00' });
    const h1 = await makeStaff(db, 'SOCIAL_WORKER', { fullName: 'Hana Holiday', fte: '0.50' });
    // 2028: summer time starts on Sunday 26 March, so Friday 24 17:00 to Monday 27 08:30 is 62.5 hours.
    const [dst] = rotaSpans('2028-03-24', '2028-03-25').filter((s) => s.kind === 'WEEKEND');
    expect((dst.endsAt.getTime() - dst.startsAt.getTime()) / 3_600_000).toBe(62.5);
    await makeShift(db, { ...dst, holderStaffId: d1.id });
    // Ascension 2028 is Thursday 25 May: its own shift from Wednesday 17:00 to Friday 08:30.
    const ascension = rotaSpans('2028-05-22', '2028-05-29', (day) => day === '2028-05-25').filter((s) => s.kind === 'WEEKEND')[0];
    expect(ascension.startsAt.toISOString()).toBe('2028-05-24T15:00:00.000Z');
    await makeShift(db, { ...ascension, holderStaffId: h1.id });
    const weekday = rotaSpans('2028-05-22', '2028-05-23')[0];
    await makeShift(db, { ...weekday, holderStaffId: h1.id });
    const l = await load(2028);
    expect(personOf(l, 'Dora Dst')).toMatchObject({ weekends: 1, weekendDays: 2, holidayDays: 0, weekdayShifts: 0, closedDays: 2 });
    expect(personOf(l, 'Hana Holiday')).toMatchObject({ weekends: 0, weekendDays: 0, holidayDays: 1, weekdayShifts: 1, closedDays: 1 });
    // Shares: the 3 days above and the week-end of 1–2 January 2028 generated for a binôme (2 days × 2
    // members) make 7 closed days, over FTE 1 + 0.5 + the six binôme members' 4.6 = 6.1.
    expect(l.totalClosedDays).toBe(7);
    expect(personOf(l, 'Hana Holiday').expectedClosedDays).toBe(0.57);
    expect(personOf(l, 'Dora Dst')).toMatchObject({ expectedClosedDays: 1.15, deviation: 0.85 });
    // 2027 is unchanged by 2028's shifts, and the two are not among its people (no week-end held then).
    expect((await load(2027)).people.map((p) => p.staff.fullName)).not.toContain('Dora Dst');
  });
});

describe('a change that makes the load unfair', () => {
  it('is made, and its payload names who now carries more than a week-end above their FTE share', async () => {
    const all = await shiftsOf('2027-03-01T00:00:00Z', '2027-12-01T00:00:00Z');
    const ofC = all.filter((s) => s.kind === 'WEEKEND' && s.holderBinome?.id === binomes.C.gid);
    const before = personOf(await load(2027), 'Ada Full');
    expect(Math.abs(before.deviation)).toBeLessThanOrEqual(2);
    const results = [];
    for (const shift of ofC.slice(0, 3)) {
      const r = await server.gql(REPLACE, { input: { shiftId: shift.id, holderStaffId: people.a1.gid, reason: 'Cleo et Cyril en formation' } }, relay);
      expect(r.data?.permanenceReplace.userErrors).toEqual([]);
      // Flagged exactly when Ada ends more than a week-end (2 closed days) above her share.
      const ada = personOf(await load(2027), 'Ada Full');
      expect(r.data?.permanenceReplace.loadWarnings.length, `deviation ${ada.deviation}`).toBe(ada.deviation > 2 ? 1 : 0);
      results.push(r.data?.permanenceReplace.loadWarnings);
    }
    const after = personOf(await load(2027), 'Ada Full');
    expect(after.closedDays).toBe(before.closedDays + 6);
    const last = results[2];
    expect(last).toEqual([
      {
        code: 'LOAD_ABOVE_FTE_SHARE',
        message: expect.stringContaining('2027'),
        year: 2027,
        staff: { id: people.a1.gid, fullName: 'Ada Full' },
        closedDays: after.closedDays,
        expectedClosedDays: after.expectedClosedDays,
        deviation: after.deviation,
        deviationBefore: expect.any(Number),
      },
    ]);
    expect(last[0].deviation).toBeGreaterThan(2);
    expect(last[0].deviationBefore).toBeLessThan(last[0].deviation);
    // The change was made all the same.
    const held = await shiftsOf('2027-03-01T00:00:00Z', '2027-12-01T00:00:00Z');
    expect(held.find((s) => s.id === ofC[2].id)?.holderStaff?.id).toBe(people.a1.gid);
  });

  it('is not flagged when a week-end goes back to someone under their share, nor for a weekday shift', async () => {
    const all = await shiftsOf('2027-03-01T00:00:00Z', '2027-12-01T00:00:00Z');
    const adas = all.filter((s) => s.kind === 'WEEKEND' && s.holderStaff?.id === people.a1.gid);
    const back = await server.gql(REPLACE, { input: { shiftId: adas[0].id, holderBinomeId: binomes.C.gid, reason: 'Formation annulée' } }, relay);
    expect(back.data?.permanenceReplace).toMatchObject({ userErrors: [], loadWarnings: [] });
    const weekday = all.find((s) => s.kind === 'WEEKDAY' && s.holderBinome?.id === binomes.C.gid);
    const r = await server.gql(REPLACE, { input: { shiftId: weekday?.id, holderStaffId: people.a1.gid, reason: 'Échange' } }, relay);
    expect(r.data?.permanenceReplace).toMatchObject({ userErrors: [], loadWarnings: [] });
  });

  it('an approved swap that leaves the taker above her share is flagged in its payload too; undoing it is not', async () => {
    const all = await shiftsOf('2027-03-01T00:00:00Z', '2027-12-01T00:00:00Z');
    const shift = all.filter((s) => s.kind === 'WEEKEND' && s.holderBinome?.id === binomes.C.gid).at(-1)!;
    const cleo = await server.login(people.c1.email, 'test-password-1');
    const ada = await server.login(people.a1.email, 'test-password-1');
    const offered = await server.gql('mutation ($input: PermanenceSwapOfferInput!) { permanenceSwapOffer(input: $input) { swap { id } userErrors { code } } }', { input: { shiftId: shift.id } }, cleo);
    expect(offered.data?.permanenceSwapOffer.userErrors).toEqual([]);
    const swapId = offered.data?.permanenceSwapOffer.swap.id;
    const STEP = (name: string) => `mutation ($input: PermanenceSwapStepInput!) { ${name}(input: $input) { swap { status } loadWarnings { code staff { fullName } deviation } userErrors { code } } }`;
    const taken = await server.gql(STEP('permanenceSwapTake'), { input: { swapId } }, ada);
    expect(taken.data?.permanenceSwapTake).toMatchObject({ swap: { status: 'TAKEN' }, loadWarnings: [], userErrors: [] });
    const approved = await server.gql(STEP('permanenceSwapApprove'), { input: { swapId } }, relay);
    const hers = personOf(await load(2027), 'Ada Full');
    expect(hers.deviation).toBeGreaterThan(2);
    expect(approved.data?.permanenceSwapApprove).toEqual({ swap: { status: 'APPROVED' }, loadWarnings: [{ code: 'LOAD_ABOVE_FTE_SHARE', staff: { fullName: 'Ada Full' }, deviation: hers.deviation }], userErrors: [] });
    const undone = await server.gql(STEP('permanenceSwapUndo'), { input: { swapId } }, relay);
    expect(undone.data?.permanenceSwapUndo).toEqual({ swap: { status: 'UNDONE' }, loadWarnings: [], userErrors: [] });
  });

  it('a refused change carries no warning', async () => {
    const r = await server.gql(REPLACE, { input: { shiftId: 'UGVybWFuZW5jZVNoaWZ0Om5vcGU=', holderStaffId: people.a1.gid } }, relay);
    expect(r.data?.permanenceReplace).toMatchObject({ shift: null, loadWarnings: [] });
    expect(r.data?.permanenceReplace.userErrors[0].field).toEqual(['input', 'shiftId']);
  });
});
