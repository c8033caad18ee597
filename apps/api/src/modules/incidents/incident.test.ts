// Civil-liability incidents through GraphQL: declared by the helper at a home it works at or by the
// sector's social worker, followed with the insurer until closed (history kept, a closed one no
// longer changes), R5 on who reads them, bad input refused by field, twenty identical changes make one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { startTestServer, type TestServer } from '@support/server.js';
import { buildCasesWorld, openCase, serveCase, type CasesWorld } from '@support/cases-world.js';

const NOW = new Date('2026-11-03T10:00:00Z');
let server: TestServer;
let w: CasesWorld;
let home: { id: string };
let unserved: { id: string };

const FIELDS = `id status version occurredAt occurredZone occurredLocal description otherPeopleInvolved insurerReference caseFileId
  declaredBy { id } involvedStaff { id } sector { id } statusChanges { from to note at by { id } } documents { id }`;
const DECLARE = `mutation ($input: IncidentDeclareInput!) { incidentDeclare(input: $input) { incident { ${FIELDS} } userErrors { field code message } } }`;
const CHANGE = `mutation ($input: IncidentStatusChangeInput!) { incidentStatusChange(input: $input) { incident { ${FIELDS} } userErrors { field code message } } }`;
const LIST = `query ($sectorId: ID, $status: IncidentStatus) { incidents(sectorId: $sectorId, status: $status, first: 100) { totalCount edges { node { id description status } } } }`;
const NODE = 'query ($id: ID!) { node(id: $id) { id ... on Incident { description insurerReference } } }';

type Incident = { id: string; status: string; version: number; occurredLocal: string; description: string; insurerReference: string | null; statusChanges: { from: string | null; to: string; note: string | null; by: { id: string } }[] };
type Payload = { incident: Incident | null; userErrors: { field: string[]; code: string; message: string }[] };
const gid = (s: { id: string }) => Buffer.from(`Staff:${s.id}`).toString('base64url');

async function declare(input: Record<string, unknown>, token: string): Promise<Payload & { errors?: { extensions?: Record<string, unknown> }[] }> {
  const r = await server.gql(DECLARE, { input: { caseFileId: home.id, occurredAt: '2026-11-02T15:00:00+01:00', description: 'A vase broke while dusting.', ...input } }, token);
  return r.errors ? { incident: null, userErrors: [], errors: r.errors } : (r.data?.incidentDeclare as Payload);
}
async function change(input: Record<string, unknown>, token: string): Promise<Payload & { errors?: { extensions?: Record<string, unknown> }[] }> {
  const r = await server.gql(CHANGE, { input }, token);
  return r.errors ? { incident: null, userErrors: [], errors: r.errors } : (r.data?.incidentStatusChange as Payload);
}
const list = async (token: string, vars: Record<string, unknown> = {}) => server.gql(LIST, vars, token);
const ids = (r: { data?: Record<string, any> }) => (r.data?.incidents.edges as { node: { id: string } }[]).map((e) => e.node.id);
const count = async () => Number((await server.db.sql`select count(*)::int as n from incidents`)[0].n);

beforeAll(async () => {
  server = await startTestServer({ now: NOW });
  w = await buildCasesWorld(server);
  home = await openCase(server, w, { lastName: 'Janssens' });
  unserved = await openCase(server, w, { lastName: 'Peeters' });
  await serveCase(server, w, home.id, w.familyHelper);
  await serveCase(server, w, home.id, w.homeHelper);
});
afterAll(() => server?.close());

describe('civil-liability incidents', () => {
  let byHelper: Incident;
  let bySw: Incident;

  it('a helper declares damage at a home it works at: when (instant and local time, DST kept), who, what; the history starts with the declaration', async () => {
    const fanny = await w.token(w.familyHelper);
    // 25 October 2026, 02:30 in Brussels happens twice: this is the second one (winter time, +01:00).
    const r = await declare({ occurredAt: '2026-10-25T01:30:00Z', description: 'Dropped the TV remote into the aquarium.', involvedStaffIds: [gid(w.familyHelper)], otherPeopleInvolved: 'The beneficiary’s son' }, fanny);
    expect(r.userErrors).toEqual([]);
    byHelper = r.incident as Incident;
    expect(r.incident).toMatchObject({
      status: 'DECLARED', version: 1, occurredAt: '2026-10-25T01:30:00.000Z', occurredZone: 'Europe/Brussels', occurredLocal: '2026-10-25T02:30:00.000+01:00',
      otherPeopleInvolved: 'The beneficiary’s son', insurerReference: null, caseFileId: home.id,
      declaredBy: { id: gid(w.familyHelper) }, involvedStaff: [{ id: gid(w.familyHelper) }], sector: { id: w.sector.gid },
      statusChanges: [{ from: null, to: 'DECLARED', by: { id: gid(w.familyHelper) } }], documents: [],
    });
    const first = await declare({ occurredAt: '2026-10-25T00:30:00Z' }, fanny);
    expect(first.incident?.occurredLocal).toBe('2026-10-25T02:30:00.000+02:00');
    const events = await server.db.sql`select type, topic from events where subject_id = ${byHelper.id.length ? Buffer.from(byHelper.id, 'base64url').toString().split(':')[1] : ''}`;
    expect(events).toEqual([{ type: 'INCIDENT_DECLARED', topic: 'incident' }]);
  });

  it("the sector's social worker declares at any home of her sector, with the insurer's reference when known", async () => {
    const r = await declare({ caseFileId: unserved.id, description: 'Scratched the parquet moving the bed.', insurerReference: ' ETH-2026-0042 ' }, await w.token(w.sw));
    expect(r.userErrors).toEqual([]);
    bySw = r.incident as Incident;
    expect(bySw).toMatchObject({ insurerReference: 'ETH-2026-0042', status: 'DECLARED' });
  });

  it('refuses bad declarations by field and code, and stores nothing', async () => {
    const before = await count();
    const fanny = await w.token(w.familyHelper);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ caseFileId: unserved.id }, 'caseFileId', 'UNKNOWN_CASE_FILE'],
      [{ caseFileId: Buffer.from('Staff:00000000-0000-0000-0000-000000000001').toString('base64url') }, 'caseFileId', 'UNKNOWN_CASE_FILE'],
      [{ caseFileId: 'not an id!' }, 'caseFileId', 'BAD_ID'],
      [{ caseFileId: '' }, 'caseFileId', 'BAD_ID'],
      [{ occurredAt: '2026-11-03T10:00:01Z' }, 'occurredAt', 'IN_THE_FUTURE'],
      [{ occurredAt: '2999-01-01T00:00:00Z' }, 'occurredAt', 'OUT_OF_RANGE'],
      [{ occurredAt: '1999-12-31T00:00:00Z' }, 'occurredAt', 'OUT_OF_RANGE'],
      [{ description: '   ' }, 'description', 'REQUIRED'],
      [{ description: 'broke\u0000it' }, 'description', 'BAD_CHARACTER'],
      [{ description: 'x'.repeat(5_001) }, 'description', 'TOO_LONG'],
      [{ insurerReference: '  ' }, 'insurerReference', 'REQUIRED'],
      [{ involvedStaffIds: [Buffer.from('Staff:00000000-0000-0000-0000-000000000009').toString('base64url')] }, 'involvedStaffIds', 'UNKNOWN_STAFF'],
      [{ involvedStaffIds: Array.from({ length: 21 }, () => gid(w.familyHelper)) }, 'involvedStaffIds', 'TOO_MANY'],
    ];
    for (const [input, field, code] of cases) expect((await declare(input, fanny)).userErrors[0], code).toMatchObject({ field: ['input', field], code });
    // Another sector's social worker, and the idle helper of the team (not scheduled at the home).
    expect((await declare({}, await w.token(w.otherSw))).userErrors[0]).toMatchObject({ field: ['input', 'caseFileId'], code: 'UNKNOWN_CASE_FILE' });
    expect((await declare({}, await w.token(w.idleHelper))).userErrors[0]).toMatchObject({ code: 'UNKNOWN_CASE_FILE' });
    for (const who of [w.telephonist, w.trainee, w.flying, w.relay]) expect((await declare({}, await w.token(who))).errors?.[0].extensions?.code, who.role).toBe('FORBIDDEN');
    expect((await declare({}, w.kiosk)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await count()).toBe(before);
  });

  it('declared → sent to the insurer (reference required) → closed; each change kept with who and why; a closed incident no longer changes', async () => {
    const sw = await w.token(w.sw);
    const noRef = await change({ incidentId: byHelper.id, to: 'SENT_TO_INSURER' }, sw);
    expect(noRef.userErrors[0]).toMatchObject({ field: ['input', 'insurerReference'], code: 'REQUIRED' });
    expect(noRef.incident).toBeNull();
    const stale = await change({ incidentId: byHelper.id, to: 'SENT_TO_INSURER', insurerReference: 'AXA-1', expectedVersion: 7 }, sw);
    expect(stale.userErrors[0]).toMatchObject({ field: ['input', 'expectedVersion'], code: 'CONFLICT' });
    const sent = await change({ incidentId: byHelper.id, to: 'SENT_TO_INSURER', insurerReference: 'AXA-2026-117', note: 'Form and photos sent.', expectedVersion: 1 }, sw);
    expect(sent.userErrors).toEqual([]);
    expect(sent.incident).toMatchObject({ status: 'SENT_TO_INSURER', version: 2, insurerReference: 'AXA-2026-117' });
    const back = await change({ incidentId: byHelper.id, to: 'DECLARED' }, sw);
    expect(back.userErrors[0]).toMatchObject({ field: ['input', 'to'], code: 'ILLEGAL_TRANSITION' });
    const closed = await change({ incidentId: byHelper.id, to: 'CLOSED', note: 'Insurer paid 80 EUR.' }, await w.token(w.director));
    expect(closed.incident?.statusChanges.map((c) => [c.from, c.to, c.note, c.by.id])).toEqual([
      [null, 'DECLARED', null, gid(w.familyHelper)],
      ['DECLARED', 'SENT_TO_INSURER', 'Form and photos sent.', gid(w.sw)],
      ['SENT_TO_INSURER', 'CLOSED', 'Insurer paid 80 EUR.', gid(w.director)],
    ]);
    const again = await change({ incidentId: byHelper.id, to: 'CLOSED' }, sw);
    expect(again.userErrors[0]).toMatchObject({ field: ['input', 'incidentId'], code: 'INCIDENT_CLOSED' });
    const reopen = await change({ incidentId: byHelper.id, to: 'SENT_TO_INSURER', insurerReference: 'X' }, sw);
    expect(reopen.userErrors[0]).toMatchObject({ code: 'INCIDENT_CLOSED' });
    const rows = await server.db.sql`select count(*)::int as n from incident_status_changes`;
    expect(rows[0].n).toBe(3 + 1 + 1); // this one's three, the second DST declaration, the social worker's
  });

  it('only the sector’s social worker and direction follow the claim; a helper is refused, another sector sees no incident', async () => {
    const byFanny = await change({ incidentId: bySw.id, to: 'CLOSED' }, await w.token(w.familyHelper));
    expect(byFanny.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const byOther = await change({ incidentId: bySw.id, to: 'CLOSED' }, await w.token(w.otherSw));
    expect(byOther).toMatchObject({ incident: null, userErrors: [{ field: ['input', 'incidentId'], code: 'UNKNOWN_INCIDENT' }] });
    const malformed = await change({ incidentId: home.id, to: 'CLOSED' }, await w.token(w.sw));
    expect(malformed.userErrors[0]).toMatchObject({ code: 'UNKNOWN_INCIDENT' });
  });

  it('twenty identical status changes at once make one change: one history line, one event, version 2', async () => {
    const sw = await w.token(w.sw);
    const results = await Promise.all(Array.from({ length: 20 }, () => change({ incidentId: bySw.id, to: 'SENT_TO_INSURER', note: 'Sent.' }, sw)));
    expect(results.filter((r) => r.userErrors.length === 0)).toHaveLength(1);
    expect(results.filter((r) => r.userErrors[0]?.code === 'ALREADY_IN_STATUS')).toHaveLength(19);
    const dbId = Buffer.from(bySw.id, 'base64url').toString().split(':')[1];
    const history = await server.db.sql`select to_status from incident_status_changes where incident_id = ${dbId} order by incident_version`;
    expect(history.map((h) => h.to_status)).toEqual(['DECLARED', 'SENT_TO_INSURER']);
    const events = await server.db.sql`select count(*)::int as n from events where type = 'INCIDENT_STATUS_CHANGED' and subject_id = ${dbId}`;
    expect(events[0].n).toBe(1);
    const [row] = await server.db.sql`select version from incidents where id = ${dbId}`;
    expect(row.version).toBe(2);
  });

  it('the same declaration sent twenty times at once is one incident', async () => {
    const before = await count();
    const fanny = await w.token(w.familyHelper);
    const input = { occurredAt: '2026-11-01T09:12:00Z', description: 'Chipped a plate.' };
    const results = await Promise.all(Array.from({ length: 20 }, () => declare(input, fanny)));
    expect(results.filter((r) => r.userErrors.length === 0)).toHaveLength(1);
    expect(results.filter((r) => r.userErrors[0]?.code === 'ALREADY_DECLARED' && r.userErrors[0].field.join('.') === 'input.occurredAt')).toHaveLength(19);
    expect(await count()).toBe(before + 1);
  });

  it('R5: a helper reads its own declarations only; the sector’s social worker her sector’s; direction all; telephonist, trainee, flying, relay and kiosk none', async () => {
    const fannyList = await list(await w.token(w.familyHelper));
    expect(fannyList.data?.incidents.totalCount).toBe(3);
    expect(ids(fannyList)).not.toContain(bySw.id);
    // The other helper of the same home did not declare these.
    expect((await list(await w.token(w.homeHelper))).data?.incidents.totalCount).toBe(0);
    expect((await server.gql(NODE, { id: byHelper.id }, await w.token(w.homeHelper))).data?.node).toBeNull();
    expect((await server.gql(NODE, { id: bySw.id }, await w.token(w.familyHelper))).data?.node).toBeNull();
    expect((await server.gql(NODE, { id: byHelper.id }, await w.token(w.familyHelper))).data?.node).toMatchObject({ description: 'Dropped the TV remote into the aquarium.' });
    const swList = await list(await w.token(w.sw));
    expect(ids(swList)).toEqual(expect.arrayContaining([byHelper.id, bySw.id]));
    expect((await list(await w.token(w.sw), { status: 'CLOSED' })).data?.incidents.totalCount).toBe(1);
    expect((await list(await w.token(w.otherSw))).data?.incidents.totalCount).toBe(0);
    expect((await list(await w.token(w.otherSw), { sectorId: w.sector.gid })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await server.gql(NODE, { id: bySw.id }, await w.token(w.otherSw))).data?.node).toBeNull();
    expect((await list(await w.token(w.director), { sectorId: w.sector.gid })).data?.incidents.totalCount).toBe(4);
    expect((await list(await w.token(w.head), { sectorId: w.other.gid })).data?.incidents.totalCount).toBe(0);
    for (const who of [w.telephonist, w.trainee, w.flying, w.relay]) {
      const t = await w.token(who);
      expect((await list(t)).errors?.[0].extensions?.code, who.role).toBe('FORBIDDEN');
      expect((await server.gql(NODE, { id: byHelper.id }, t)).data?.node, who.role).toBeNull();
    }
    expect((await list(w.kiosk)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await server.gql(NODE, { id: byHelper.id }, w.kiosk)).data?.node).toBeNull();
  });

  it('reads of incidents are written to the audit trail (who, which incident, which case file)', async () => {
    const dbId = Buffer.from(bySw.id, 'base64url').toString().split(':')[1];
    const before = await server.db.db.execute(sql`select count(*)::int as n from audit_entries where kind = 'READ' and entity = 'Incident' and entity_id = ${dbId} and actor_id = ${w.director.id}`);
    await server.gql(NODE, { id: bySw.id }, await w.token(w.director));
    const after = await server.db.db.execute(sql`select count(*)::int as n from audit_entries where kind = 'READ' and entity = 'Incident' and entity_id = ${dbId} and actor_id = ${w.director.id}`);
    expect(Number(after[0].n)).toBe(Number(before[0].n) + 1);
  });
});
