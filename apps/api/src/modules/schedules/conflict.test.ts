// The conflict engine through GraphQL on a real database: each rule opens when its cause appears
// and resolves itself when the cause goes; preview, acknowledgement.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '@support/server.js';
import { at, buildSchedulesWorld, PREVIEW, type SchedulesWorld } from '@support/schedules-world.js';

const NOW = new Date('2026-03-27T08:00:00Z');
let server: TestServer;
let w: SchedulesWorld;

beforeAll(async () => {
  server = await startTestServer({ now: NOW });
  w = await buildSchedulesWorld(server);
});
afterAll(() => server?.close());

const rules = (list: { rule: string }[] | undefined) => (list ?? []).map((c) => c.rule).sort();

describe('conflict engine', () => {
  it('DOUBLE_BOOKING: a helper due at two homes at once opens a hard conflict; moving one visit away resolves it', async () => {
    const a = await w.visit(w.familyHelper, w.home, '2026-03-30', '09:00', '11:00');
    const b = await w.create({ helperId: w.familyHelper.gid, caseFileId: w.near.id, kind: 'FAMILY_CARE', tasks: [], startsAt: at('2026-03-30', '10:00'), endsAt: at('2026-03-30', '12:00') });
    expect(b?.conflictsOpened).toEqual([
      { rule: 'DOUBLE_BOOKING', severity: 'HIGH', hard: true, explanation: 'Fanny Family is due at two homes at once on Monday 30 March 2026: 09:00–11:00 and 10:00–12:00.' },
    ]);
    const [open] = await w.openConflicts('DOUBLE_BOOKING');
    expect(open.entries.map((e) => e.id).sort()).toEqual([a.id, b?.entries[0].id].sort());
    const moved = await w.change({ entryId: b?.entries[0].id, action: 'MOVE', reason: 'BENEFICIARY_REQUEST', startsAt: at('2026-03-30', '13:00'), endsAt: at('2026-03-30', '15:00') });
    expect(rules(moved?.conflictsResolved)).toEqual(['DOUBLE_BOOKING']);
    expect(await w.openConflicts('DOUBLE_BOOKING')).toEqual([]);
  });

  it('SCHEDULED_WHILE_ABSENT: recording the helper ill opens it on the visits of those days; cancelling the absence resolves it', async () => {
    await w.visit(w.familyHelper, w.home, '2026-03-31', '09:00', '11:00');
    const rec = await server.gql(
      'mutation ($input: AbsenceRecordInput!) { absenceRecord(input: $input) { absence { id } userErrors { code } } }',
      { input: { staffId: w.familyHelper.gid, kind: 'SICKNESS', startsAt: at('2026-03-31', '00:00'), endsAt: at('2026-04-01', '00:00') } },
      w.swToken,
    );
    const absenceId = rec.data?.absenceRecord.absence.id;
    const [open] = await w.openConflicts('SCHEDULED_WHILE_ABSENT');
    expect(open.explanation).toBe('Fanny Family is absent but scheduled 09:00–11:00 on Tuesday 31 March 2026.');
    // R5: staff read why the helper is away in the facts; the kiosk learns only that she is.
    const WHY = '{ scheduleConflicts(first: 100) { edges { node { rule facts { spans { startsAt } absenceKind } } } } }';
    const absent = (r: { data?: { scheduleConflicts: { edges: { node: { rule: string; facts: unknown } }[] } } | null }) => r.data?.scheduleConflicts.edges.find((e) => e.node.rule === 'SCHEDULED_WHILE_ABSENT')?.node.facts;
    expect(absent(await server.gql(WHY, {}, w.swToken))).toEqual({ spans: [{ startsAt: at('2026-03-31', '09:00') }], absenceKind: 'SICKNESS' });
    const kiosk = await server.gql(WHY, {}, w.kiosk);
    expect(kiosk.errors?.[0].message).toMatch(/may not use ConflictFacts.absenceKind/);
    expect(JSON.stringify(kiosk.data ?? null)).not.toContain('SICKNESS');
    const said = await server.gql('{ scheduleConflicts(first: 100) { edges { node { explanation } } } }', {}, w.kiosk);
    expect(said.errors).toBeUndefined();
    expect(JSON.stringify(said.data).toLowerCase()).not.toContain('sickness');
    await server.gql('mutation ($input: AbsenceCancelInput!) { absenceCancel(input: $input) { userErrors { code } } }', { input: { absenceId } }, w.swToken);
    expect(await w.openConflicts('SCHEDULED_WHILE_ABSENT')).toEqual([]);
  });

  it('TRAVEL_TIME: ten minutes between homes 18.6 km apart is too little at 20 km/h; leaving an hour and a half resolves it', async () => {
    await w.visit(w.familyHelper, w.home, '2026-04-01', '09:00', '11:00');
    const far = await w.visit(w.familyHelper, w.far, '2026-04-01', '11:10', '12:00');
    const [open] = await w.openConflicts('TRAVEL_TIME');
    expect(open.explanation).toBe('Fanny Family has 10 min between the visit ending at 11:00 and the next at 11:10, 18.6 km apart: about 56 min at 20 km/h.');
    // The same values as structured facts, for clients that word the sentence in their own language.
    const FACTS = '{ scheduleConflicts(first: 100) { edges { node { rule facts { spans { startsAt endsAt } gapMinutes km neededMinutes speedKmh hours tasks } } } } }';
    const listed = await server.gql(FACTS, {}, w.swToken);
    const travel = listed.data?.scheduleConflicts.edges.find((e: { node: { rule: string } }) => e.node.rule === 'TRAVEL_TIME').node;
    expect(travel.facts).toEqual({
      spans: [{ startsAt: at('2026-04-01', '09:00'), endsAt: at('2026-04-01', '11:00') }, { startsAt: at('2026-04-01', '11:10'), endsAt: at('2026-04-01', '12:00') }],
      gapMinutes: 10, km: 18.6, neededMinutes: 56, speedKmh: 20, hours: null, tasks: [],
    });
    const r = await w.change({ entryId: far.id, action: 'MOVE', startsAt: at('2026-04-01', '12:30'), endsAt: at('2026-04-01', '13:30') });
    expect(rules(r?.conflictsResolved)).toEqual(['TRAVEL_TIME']);
  });

  it('LEGAL_DAY_EXCEEDED: ten hours in a day is over the legal 9 h; shortening the last visit resolves it', async () => {
    await w.visit(w.familyHelper, w.home, '2026-04-02', '07:00', '11:00');
    await w.visit(w.familyHelper, w.home, '2026-04-02', '11:30', '15:30');
    const last = await w.visit(w.familyHelper, w.home, '2026-04-02', '16:00', '18:00');
    const [open] = await w.openConflicts('LEGAL_DAY_EXCEEDED');
    expect(open.explanation).toBe('Fanny Family is scheduled 10 h on Thursday 2 April 2026; the legal working day is at most 9 h.');
    const r = await w.change({ entryId: last.id, action: 'SHORTEN', reason: 'HELPER_UNAVAILABLE', endsAt: at('2026-04-02', '16:30') });
    expect(rules(r?.conflictsResolved)).toEqual(['LEGAL_DAY_EXCEEDED']);
  });

  it('NO_BREAK: seven hours with only a ten-minute gap opens it; a 30-minute gap resolves it', async () => {
    await w.visit(w.familyHelper, w.home, '2026-04-03', '08:00', '12:00');
    const second = await w.visit(w.familyHelper, w.home, '2026-04-03', '12:10', '15:00');
    const [open] = await w.openConflicts('NO_BREAK');
    expect(open.explanation).toBe('Fanny Family works 7 h without a 30-minute break on Friday 3 April 2026 (08:00–15:00); more than 6 h needs one.');
    const r = await w.change({ entryId: second.id, action: 'SHORTEN', startsAt: at('2026-04-03', '12:30') });
    expect(rules(r?.conflictsResolved)).toEqual(['NO_BREAK']);
  });

  it('PERSONAL_CARE_BY_HOME_HELPER: a household helper (AMS) given personal hygiene opens it; reassigning to a family helper resolves it', async () => {
    const r = await w.create({ helperId: w.homeHelper.gid, caseFileId: w.home.id, kind: 'HOUSEHOLD', tasks: ['CLEANING', 'PERSONAL_HYGIENE'], startsAt: at('2026-04-09', '09:00'), endsAt: at('2026-04-09', '11:00') });
    expect(r?.conflictsOpened.map((c: { explanation: string }) => c.explanation)).toEqual([
      'Hector Home is a household helper (AMS) and may not give personal care, but is given personal-care tasks (personal hygiene) 09:00–11:00 on Thursday 9 April 2026.',
    ]);
    const c = await w.change({ entryId: r?.entries[0].id, action: 'REASSIGN', reason: 'PLAN_CHANGED', helperId: w.familyHelper.gid });
    expect(rules(c?.conflictsResolved)).toEqual(['PERSONAL_CARE_BY_HOME_HELPER']);
  });

  it('CONTRACT_WEEK_EXCEEDED: 20 h in a week for a half-time helper (19 h) opens it; cancelling a visit resolves it', async () => {
    const r = await w.create({
      helperId: w.partTime.gid, caseFileId: w.near.id, kind: 'FAMILY_CARE', tasks: ['DRESSING'],
      recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', startsOn: '2026-04-13', until: '2026-04-17', startTime: '08:00', durationMinutes: 240 },
    });
    expect(r?.entryCount).toBe(5);
    expect(r?.conflictsOpened.map((c: { explanation: string }) => c.explanation)).toEqual(['Paula Parttime is scheduled 20 h in the week of Monday 13 April 2026; the contract (0.5 FTE) is 19 h.']);
    const c = await w.change({ entryId: r?.entries[4].id, action: 'CANCEL', reason: 'BENEFICIARY_IN_HOSPITAL', note: 'Admitted on Thursday' });
    expect(rules(c?.conflictsResolved)).toEqual(['CONTRACT_WEEK_EXCEEDED']);
  });

  it('PLAN_HOURS_NOT_COVERED: agreeing a plan of 6 h of family care a week opens it for the coming weeks; scheduling the hours resolves a week', async () => {
    const token = w.swToken;
    const m = (name: string, type: string) => `mutation ($input: ${type}!) { ${name}(input: $input) { aidPlan { id } userErrors { code message } } }`;
    const d = await server.gql(m('aidPlanDraft', 'AidPlanDraftInput'), { input: { caseFileId: w.far.id } }, token);
    const id = d.data?.aidPlanDraft.aidPlan.id;
    const action = { domain: 'HEALTH', objective: 'Stay at home safely', kind: 'INTERVENTION', description: 'Family care twice a week', owner: 'Sarah Sector', dueDate: null };
    await server.gql(m('aidPlanUpdate', 'AidPlanUpdateInput'), { input: { aidPlanId: id, expectedRevision: 1, familyHelperHours: 6, homeHelperHours: 0, actions: [action] } }, token);
    await server.gql(m('aidPlanPropose', 'AidPlanProposeInput'), { input: { aidPlanId: id, expectedRevision: 2 } }, token);
    const a = await server.gql(m('aidPlanAgree', 'AidPlanAgreeInput'), { input: { aidPlanId: id, expectedRevision: 3, agreedBy: 'Marie Far', agreedHow: 'Signed at home' } }, token);
    expect(a.data?.aidPlanAgree.userErrors).toEqual([]);
    const week = async () => (await w.openConflicts('PLAN_HOURS_NOT_COVERED')).filter((c) => c.explanation.includes('Monday 20 April 2026'));
    expect(await w.openConflicts('PLAN_HOURS_NOT_COVERED')).toHaveLength(8);
    expect((await week())[0].explanation).toBe('The aid plan asks for 6 h of family care (AF) a week; only 0 h are scheduled in the week of Monday 20 April 2026.');
    await w.visit(w.familyHelper, w.far, '2026-04-21', '09:00', '11:00');
    expect((await week())[0].explanation).toBe('The aid plan asks for 6 h of family care (AF) a week; only 2 h are scheduled in the week of Monday 20 April 2026.');
    await w.visit(w.familyHelper, w.far, '2026-04-23', '09:00', '13:00');
    expect(await week()).toEqual([]);
    expect(await w.openConflicts('PLAN_HOURS_NOT_COVERED')).toHaveLength(7);
  });

  it('a preview says what a change would open and resolve, and saves nothing', async () => {
    const a = await w.visit(w.familyHelper, w.home, '2026-04-07', '09:00', '11:00');
    const b = await w.visit(w.familyHelper, w.near, '2026-04-07', '14:00', '15:00');
    const move = { entryId: b.id, action: 'MOVE', reason: 'OTHER', startsAt: at('2026-04-07', '10:00'), endsAt: at('2026-04-07', '11:30') };
    const p = await server.gql(PREVIEW, { input: move }, w.swToken);
    expect(p.data?.scheduleChangePreview.wouldOpen).toMatchObject([{ rule: 'DOUBLE_BOOKING', hard: true, conflictId: null }]);
    expect(await w.openConflicts('DOUBLE_BOOKING')).toEqual([]);
    await w.change(move);
    const [open] = await w.openConflicts('DOUBLE_BOOKING');
    const back = await server.gql(PREVIEW, { input: { ...move, startsAt: at('2026-04-07', '14:00'), endsAt: at('2026-04-07', '15:00') } }, w.swToken);
    expect(back.data?.scheduleChangePreview).toMatchObject({ wouldOpen: [], wouldResolve: [{ rule: 'DOUBLE_BOOKING', conflictId: open.id }] });
    expect((await w.openConflicts('DOUBLE_BOOKING')).map((c) => c.id)).toEqual([open.id]);
    await w.change({ entryId: a.id, action: 'CANCEL', reason: 'BENEFICIARY_ABSENT' });
  });

  it('a social worker acknowledges an open conflict with a note; it stays open until its cause goes', async () => {
    await w.visit(w.familyHelper, w.home, '2026-04-08', '09:00', '11:00');
    await w.visit(w.familyHelper, w.far, '2026-04-08', '11:15', '12:00');
    const [open] = await w.openConflicts('TRAVEL_TIME');
    const ACK = 'mutation ($input: ScheduleConflictAcknowledgeInput!) { scheduleConflictAcknowledge(input: $input) { conflict { open acknowledgedAt acknowledgementNote acknowledgedBy { id } } userErrors { field code message } } }';
    const empty = await server.gql(ACK, { input: { conflictId: open.id, note: '  ' } }, w.swToken);
    expect(empty.data?.scheduleConflictAcknowledge.userErrors).toEqual([{ field: ['input', 'note'], code: 'REQUIRED', message: 'Say why the conflict is accepted or how it is handled.' }]);
    const r = await server.gql(ACK, { input: { conflictId: open.id, note: 'Her son drives her between the two homes' } }, w.swToken);
    expect(r.data?.scheduleConflictAcknowledge.conflict).toEqual({ open: true, acknowledgedAt: NOW.toISOString(), acknowledgementNote: 'Her son drives her between the two homes', acknowledgedBy: { id: w.sw.gid } });
    expect((await w.openConflicts('TRAVEL_TIME'))[0].acknowledgementNote).toBe('Her son drives her between the two homes');
  });

  it('viewerCanAcknowledge follows the mutation: true where it would be accepted, false where it would be refused (issue 11)', async () => {
    const [open] = await w.openConflicts('TRAVEL_TIME');
    const Q = 'query ($id: ID!) { node(id: $id) { ... on ScheduleConflict { viewerCanAcknowledge } } }';
    const ACK = 'mutation ($input: ScheduleConflictAcknowledgeInput!) { scheduleConflictAcknowledge(input: $input) { conflict { id } userErrors { code } } }';
    const who: [string, string, boolean][] = [
      ['the sector social worker', w.swToken, true],
      ['a social worker of another sector', await w.token(w.otherSw), false],
      ['the telephonist', await w.token(w.telephonist), false],
      ['direction', await w.token(w.director), true],
    ];
    for (const [name, token, may] of who) {
      const r = await server.gql<{ node: { viewerCanAcknowledge: boolean } | null }>(Q, { id: open.id }, token);
      const offered = r.data?.node?.viewerCanAcknowledge ?? false;
      expect([name, offered]).toEqual([name, may]);
      const ack = await server.gql<{ scheduleConflictAcknowledge: { conflict: { id: string } | null; userErrors: { code: string }[] } | null }>(ACK, { input: { conflictId: open.id, note: 'checked' } }, token);
      // The mutation agrees: accepted exactly where the field said so (refused as a userError, or FORBIDDEN by role).
      expect([name, ack.data?.scheduleConflictAcknowledge?.userErrors.length === 0 && !ack.errors]).toEqual([name, may]);
    }
    const kiosk = await server.gql<{ node: { viewerCanAcknowledge: boolean } | null }>(Q, { id: open.id }, w.kiosk);
    expect(kiosk.data?.node?.viewerCanAcknowledge ?? false).toBe(false);
  });
});
