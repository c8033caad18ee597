// R5 + R14: a sector's social worker reads another sector's schedule in full while she is the one to
// call for it (she holds the permanence and that sector's social worker is off duty or away), and
// only then; a trainee of her sector does not follow her there.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { permanenceShifts } from '../../apps/api/src/db/schema/index.js';
import { makeShift } from '@support/factories.js';
import { openCase } from '@support/cases-world.js';
import { startTestServer, type TestServer } from '@support/server.js';
import { at, buildSchedulesWorld, type SchedulesWorld } from '@support/schedules-world.js';

// A Saturday, 11:00 in Brussels: the sector social workers are off duty, the week-end permanence answers.
const NOW = new Date('2026-03-21T10:00:00Z');
let server: TestServer;
let w: SchedulesWorld;

const ENTRIES = `query ($s: String!, $from: DateTime!, $to: DateTime!) { scheduleEntries(sectorId: $s, from: $from, to: $to) { totalCount edges { node { id caseFileId } } } }`;
const CHANGES = `query ($s: String!, $day: String!) { scheduleChanges(sectorId: $s, day: $day) { edges { node { id note entry { id } } } } }`;
const WHO = `query ($s: ID!) { whoToCall(sectorId: $s) { role person { id } chain { role skipped reasonCode person { id } } } }`;

beforeAll(async () => {
  server = await startTestServer({ now: NOW });
  w = await buildSchedulesWorld(server);
}, 60_000);
afterAll(() => server?.close());

describe('R5 × R14: the social worker holding the permanence reads the sectors she answers for', () => {
  it("reads Uccle's visits and change notes while she is the one to call for Uccle, and no longer once the shift is gone", async () => {
    const otherSw = await w.token(w.otherSw);
    const uccle = await openCase(server, { ...w, sector: w.other, sw: w.otherSw }, { lastName: 'Uccle' });
    const made = await w.create({ helperId: w.otherHelper.gid, caseFileId: uccle.id, kind: 'FAMILY_CARE', tasks: ['PERSONAL_HYGIENE'], startsAt: at('2026-03-21', '14:00'), endsAt: at('2026-03-21', '15:00') }, otherSw);
    expect(made?.userErrors).toEqual([]);
    const changed = await w.change({ entryId: made.entries[0].id, action: 'CANCEL', reason: 'BENEFICIARY_IN_HOSPITAL', note: 'Fell at home, in A&E' }, otherSw);
    expect(changed?.userErrors).toEqual([]);
    const span = { s: w.other.gid, from: at('2026-03-21', '00:00'), to: at('2026-03-22', '00:00') };
    const sw = w.swToken;
    const trainee = await w.token(w.trainee);

    // Nobody holds the permanence: Sarah (Ixelles) reads Uccle as the board shows it.
    expect((await server.gql(ENTRIES, span, sw)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await server.gql(CHANGES, { s: w.other.gid, day: '2026-03-21' }, sw)).data?.scheduleChanges.edges[0].node).toMatchObject({ note: null, entry: null });

    const shift = await makeShift(server.db.db, { kind: 'WEEKEND', startsAt: new Date('2026-03-20T17:00:00Z'), endsAt: new Date('2026-03-23T07:00:00Z'), holderStaffId: w.sw.id });
    const who = await server.gql(WHO, { s: w.other.gid }, sw);
    expect(who.data?.whoToCall.person?.id, JSON.stringify(who)).toBe(w.sw.gid);
    const list = await server.gql(ENTRIES, span, sw);
    expect(list.errors).toBeUndefined();
    expect(list.data?.scheduleEntries.totalCount).toBe(1);
    expect((await server.gql(CHANGES, { s: w.other.gid, day: '2026-03-21' }, sw)).data?.scheduleChanges.edges[0].node).toMatchObject({ note: 'Fell at home, in A&E', entry: { id: made.entries[0].id } });
    // Her trainee reads no more than she does at her own desk: not the sector she covers on call.
    expect((await server.gql(ENTRIES, span, trainee)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await server.gql(CHANGES, { s: w.other.gid, day: '2026-03-21' }, trainee)).data?.scheduleChanges.edges[0].node.note).toBeNull();

    await server.db.db.delete(permanenceShifts).where(eq(permanenceShifts.id, shift.id));
    expect((await server.gql(ENTRIES, span, sw)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
