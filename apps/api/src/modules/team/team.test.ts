// Team life through GraphQL: meetings with minutes, interviews, home controls and trainings
// recorded per helper by the right people; R5 on who reads them; bad input refused by field.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '@support/server.js';
import { buildCasesWorld, OPEN_CASE, openCase, type CasesWorld } from '@support/cases-world.js';

const NOW = new Date('2026-03-10T10:00:00Z');
let server: TestServer;
let w: CasesWorld;
let homeCase: { id: string };
let otherCase: { id: string };

const CREATE = `mutation ($input: TeamRecordCreateInput!) { teamRecordCreate(input: $input) {
  teamRecord { id kind day title notes caseFileId helpers { id } by { id } sector { id } } userErrors { field code message } } }`;
const LIST = `query ($helperId: ID, $sectorId: ID, $from: String!, $to: String!) { teamRecords(helperId: $helperId, sectorId: $sectorId, from: $from, to: $to, first: 50) {
  totalCount edges { node { id kind day title notes helpers { id } by { id } } } } }`;
const NODE = 'query ($id: ID!) { node(id: $id) { id ... on TeamRecord { kind notes } } }';

type Node = { id: string; kind: string; day: string; title: string; notes: string; helpers: { id: string }[] };
const gid = (s: { id: string }) => Buffer.from(`Staff:${s.id}`).toString('base64url');
const sectorGid = (s: { id: string }) => Buffer.from(`Sector:${s.id}`).toString('base64url');

type Created = {
  teamRecord?: (Node & { caseFileId: string | null; by: { id: string } }) | null;
  userErrors?: { field: string[]; code: string }[];
  errors?: { extensions?: Record<string, unknown> }[];
};
async function record(input: Record<string, unknown>, token: string): Promise<Created> {
  const r = await server.gql(CREATE, { input: { title: 'Record', notes: 'Notes.', day: '2026-03-09', ...input } }, token);
  return r.errors ? { errors: r.errors } : (r.data?.teamRecordCreate as Created);
}
async function list(vars: Record<string, unknown>, token: string) {
  return server.gql(LIST, { from: '2026-01-01', to: '2026-04-01', ...vars }, token);
}
const nodes = (r: { data?: Record<string, any> | null }) => (r.data?.teamRecords.edges as { node: Node }[]).map((e) => e.node);

beforeAll(async () => {
  server = await startTestServer({ now: NOW });
  w = await buildCasesWorld(server);
  homeCase = await openCase(server, w, { lastName: 'Home' });
  // A case of the other sector, opened by direction.
  const r = await server.gql(OPEN_CASE, {
    input: { sectorId: sectorGid(w.other), socialWorkerId: gid(w.otherSw), reasonForContact: 'Lives alone', urgent: false, beneficiary: { firstName: 'Jean', lastName: 'Elsewhere' } },
  }, await w.token(w.director));
  otherCase = r.data?.caseFileOpen.caseFile;
  if (!otherCase) throw new Error(JSON.stringify(r.errors ?? r.data));
});
afterAll(() => server?.close());

describe('team life', () => {
  let corrective: Node;

  it("the sector's social worker records a team meeting with minutes, interviews and a training; the sector's list is newest first", async () => {
    const sw = await w.token(w.sw);
    const both = [gid(w.familyHelper), gid(w.homeHelper)];
    const meeting = await record({ kind: 'TEAM_MEETING', day: '2026-03-02', helperIds: both, title: 'Monthly team meeting', notes: 'Minutes: new key boxes, winter schedules.' }, sw);
    expect(meeting.teamRecord).toMatchObject({ kind: 'TEAM_MEETING', day: '2026-03-02', helpers: expect.arrayContaining([{ id: both[0] }, { id: both[1] }]), by: { id: gid(w.sw) }, sector: { id: sectorGid(w.sector) } });
    await record({ kind: 'INDIVIDUAL_INTERVIEW', day: '2026-03-04', helperIds: [gid(w.familyHelper)], title: 'Yearly interview', notes: 'Wishes training in dementia care.' }, sw);
    const c = await record({ kind: 'CORRECTIVE_INTERVIEW', day: '2026-03-05', helperIds: [gid(w.homeHelper)], title: 'Recadrage', notes: 'Late three times at the same home.' }, sw);
    corrective = c.teamRecord as Node;
    await record({ kind: 'TRAINING', day: '2026-03-06', helperIds: both, title: 'Safe transfers', notes: 'Half-day training with the physiotherapist.' }, sw);
    const r = await list({ sectorId: sectorGid(w.sector) }, sw);
    expect(nodes(r).map((n) => n.kind)).toEqual(['TRAINING', 'CORRECTIVE_INTERVIEW', 'INDIVIDUAL_INTERVIEW', 'TEAM_MEETING']);
    expect(r.data?.teamRecords.totalCount).toBe(4);
  });

  it('the flying social worker records a home control at a home of the sector; a control needs the case file of that sector', async () => {
    const flying = await w.token(w.flying);
    const ok = await record({ kind: 'HOME_CONTROL', helperIds: [gid(w.familyHelper)], caseFileId: homeCase.id, title: 'Control at home', notes: 'Work well done; the beneficiary is satisfied.' }, flying);
    expect(ok.teamRecord).toMatchObject({ kind: 'HOME_CONTROL', caseFileId: homeCase.id, by: { id: gid(w.flying) } });
    const noCase = await record({ kind: 'HOME_CONTROL', helperIds: [gid(w.familyHelper)] }, flying);
    expect(noCase.userErrors?.[0]).toMatchObject({ field: ['input', 'caseFileId'], code: 'REQUIRED' });
    const elsewhere = await record({ kind: 'HOME_CONTROL', helperIds: [gid(w.familyHelper)], caseFileId: otherCase.id }, flying);
    expect(elsewhere.userErrors?.[0]).toMatchObject({ field: ['input', 'caseFileId'], code: 'UNKNOWN_CASE_FILE' });
  });

  it("only the sector's social worker, the flying social worker (controls) and direction record; nothing is stored otherwise", async () => {
    const fromOther = await record({ kind: 'TEAM_MEETING', helperIds: [gid(w.familyHelper)] }, await w.token(w.otherSw));
    expect(fromOther.userErrors?.[0]).toMatchObject({ field: ['input', 'helperIds'], code: 'NOT_YOUR_TEAM' });
    const flyingInterview = await record({ kind: 'CORRECTIVE_INTERVIEW', helperIds: [gid(w.homeHelper)] }, await w.token(w.flying));
    expect(flyingInterview.userErrors?.[0]).toMatchObject({ code: 'NOT_YOUR_TEAM' });
    const byHelper = await record({ kind: 'TEAM_MEETING', helperIds: [gid(w.familyHelper)] }, await w.token(w.familyHelper));
    expect(byHelper.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const byDirector = await record({ kind: 'TRAINING', day: '2026-03-01', helperIds: [gid(w.otherHelper)], title: 'First aid', notes: 'Red Cross course.' }, await w.token(w.director));
    expect(byDirector.userErrors).toEqual([]);
    const r = await list({ sectorId: sectorGid(w.sector) }, await w.token(w.sw));
    expect(r.data?.teamRecords.totalCount).toBe(5);
  });

  it("R5: a helper reads the records about themself only, never a colleague's corrective interview; the kiosk and the telephonist nothing", async () => {
    const fanny = await w.token(w.familyHelper);
    const own = await list({ helperId: gid(w.familyHelper) }, fanny);
    expect(nodes(own).map((n) => n.kind)).toEqual(['HOME_CONTROL', 'TRAINING', 'INDIVIDUAL_INTERVIEW', 'TEAM_MEETING']);
    expect(JSON.stringify(own.data)).not.toContain('Late three times');
    const colleague = await list({ helperId: gid(w.homeHelper) }, fanny);
    expect(colleague.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const sector = await list({ sectorId: sectorGid(w.sector) }, fanny);
    expect(sector.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const byNode = await server.gql(NODE, { id: corrective.id }, fanny);
    expect(byNode.data?.node).toBeNull();
    // The helper concerned does read their own corrective interview.
    const hector = await list({ helperId: gid(w.homeHelper) }, await w.token(w.homeHelper));
    expect(nodes(hector).find((n) => n.kind === 'CORRECTIVE_INTERVIEW')?.notes).toBe('Late three times at the same home.');
    const kiosk = await list({ sectorId: sectorGid(w.sector) }, w.kiosk);
    expect(kiosk.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await server.gql(NODE, { id: corrective.id }, w.kiosk)).data?.node).toBeNull();
    const phone = await list({ sectorId: sectorGid(w.sector) }, await w.token(w.telephonist));
    expect(phone.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const otherSw = await list({ helperId: gid(w.familyHelper) }, await w.token(w.otherSw));
    expect(otherSw.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses bad input with the field: no helper, two helpers in an interview, a future day, empty minutes, a bad window', async () => {
    const sw = await w.token(w.sw);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ kind: 'TEAM_MEETING', helperIds: [] }, 'helperIds', 'REQUIRED'],
      [{ kind: 'INDIVIDUAL_INTERVIEW', helperIds: [gid(w.familyHelper), gid(w.homeHelper)] }, 'helperIds', 'ONE_HELPER'],
      [{ kind: 'TRAINING', day: '2026-03-11', helperIds: [gid(w.familyHelper)] }, 'day', 'IN_THE_FUTURE'],
      [{ kind: 'TEAM_MEETING', day: '2026-02-30', helperIds: [gid(w.familyHelper)] }, 'day', 'BAD_DATE'],
      [{ kind: 'TEAM_MEETING', helperIds: [gid(w.familyHelper)], notes: '  ' }, 'notes', 'REQUIRED'],
      [{ kind: 'TEAM_MEETING', helperIds: [gid(w.sw)] }, 'helperIds', 'NOT_A_HELPER'],
      [{ kind: 'TEAM_MEETING', helperIds: [gid(w.familyHelper), gid(w.otherHelper)] }, 'helperIds', 'MIXED_SECTORS'],
    ];
    for (const [input, field, code] of cases) expect((await record(input, sw)).userErrors?.[0], code).toMatchObject({ field: ['input', field], code });
    expect((await list({ sectorId: sectorGid(w.sector) }, sw)).data?.teamRecords.totalCount).toBe(5);
    const window = await list({ sectorId: sectorGid(w.sector), from: '2026-03-10', to: '2026-03-01' }, sw);
    expect(window.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    const both = await list({ sectorId: sectorGid(w.sector), helperId: gid(w.familyHelper) }, sw);
    expect(both.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'helperId' });
  });
});
