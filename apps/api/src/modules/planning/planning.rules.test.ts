// Unit tests of the pure planning rules: R6 deadlines (month boundary, February, year change),
// R15 meeting support, R7/R8/R9 generation, R11 replacement plans, the relay worker's steps.
import { describe, expect, it } from 'vitest';
import { assignmentError, assignmentSpan, daysOf, suspendingAssignment } from './flying-assignment.rules.js';
import { generatePlanning, inWorkingHours, visitSlots, type PlanRequest } from './planning-generate.rules.js';
import { boardMonth, boardReplacement, meetingSupportError, requestDeadline, requestTiming } from './planning.rules.js';
import { stepsBeforeVisit } from './work-list.rules.js';

describe('R6 request deadline', () => {
  it('R6: requests for March close at the end of 20 February (Brussels, winter time)', () => {
    expect(requestDeadline('2027-03').toISOString()).toBe('2027-02-20T23:00:00.000Z');
    expect(requestTiming('2027-03', new Date('2027-02-20T22:59:59Z'), false, 'SOCIAL_WORKER')).toBeNull();
    expect(requestTiming('2027-03', new Date('2027-02-20T23:00:00Z'), false, 'SOCIAL_WORKER')).toBe('R6_REQUESTS_CLOSED');
  });

  it('R6: requests for January close on 20 December of the year before', () => {
    expect(requestDeadline('2027-01').toISOString()).toBe('2026-12-20T23:00:00.000Z');
    expect(requestTiming('2027-01', new Date('2026-12-21T00:30:00Z'), false, 'SOCIAL_WORKER')).toBe('R6_REQUESTS_CLOSED');
  });

  it('R6: in summer time the 20th ends at 22:00 UTC', () => {
    expect(requestDeadline('2027-07').toISOString()).toBe('2027-06-20T22:00:00.000Z');
  });

  it('R6: a late request is accepted only as urgent, by direction', () => {
    const late = new Date('2027-02-25T10:00:00Z');
    expect(requestTiming('2027-03', late, true, 'SOCIAL_POLE_HEAD')).toBeNull();
    expect(requestTiming('2027-03', late, true, 'DIRECTOR')).toBeNull();
    expect(requestTiming('2027-03', late, true, 'SOCIAL_WORKER')).toBe('R6_URGENT_NEEDS_DIRECTION');
    expect(requestTiming('2027-03', late, false, 'SOCIAL_POLE_HEAD')).toBe('R6_REQUESTS_CLOSED');
  });
});

describe('R15 meeting support', () => {
  const now = new Date('2027-01-10T09:00:00Z');
  it('R15: asked at least 15 days ahead', () => {
    expect(meetingSupportError('2027-01', new Date('2027-01-25T08:59:00Z'), now, [])).toBe('R15_TOO_LATE');
    expect(meetingSupportError('2027-01', new Date('2027-01-25T09:00:00Z'), now, [])).toBeNull();
  });
  it('R15: at most one team meeting a week (Monday to Sunday, Brussels)', () => {
    const booked = [new Date('2027-01-26T09:00:00Z')]; // Tuesday
    expect(meetingSupportError('2027-01', new Date('2027-01-29T09:00:00Z'), now, booked)).toBe('R15_ONE_MEETING_A_WEEK');
    expect(meetingSupportError('2027-02', new Date('2027-02-01T09:00:00Z'), now, booked)).toBeNull();
  });
  it('the meeting is in the requested month', () => {
    expect(meetingSupportError('2027-01', new Date('2027-02-02T09:00:00Z'), now, [])).toBe('MEETING_NOT_IN_MONTH');
  });
});

const req = (id: string, kind: PlanRequest['kind'], sectorId: string, extra: Partial<PlanRequest> = {}): PlanRequest => ({
  id,
  kind,
  sectorId,
  beneficiaryId: `b-${id}`,
  meetingAt: null,
  urgent: false,
  requestedAt: new Date(`2027-01-01T00:00:${id.padStart(2, '0').slice(-2)}Z`),
  ...extra,
});

describe('planning generation', () => {
  it('slots are on working days, inside office hours', () => {
    const slots = visitSlots('2027-02');
    expect(slots).toHaveLength(20 * 3);
    expect(slots.every(inWorkingHours)).toBe(true);
  });

  it('R7, R8: quotas that cannot all be met leave requests unplaced with the rule named', () => {
    const requests: PlanRequest[] = [];
    // 8 sectors ask 2 revisions each (16 > 14) and one control each (8 > 7); sector s0 asks a second control.
    for (let s = 0; s < 8; s++) {
      requests.push(req(`${s}1`, 'REVISION', `s${s}`), req(`${s}2`, 'REVISION', `s${s}`), req(`${s}3`, 'HELPER_CONTROL', `s${s}`));
    }
    requests.push(req('99', 'HELPER_CONTROL', 's0'));
    const { items, unplaced } = generatePlanning({ month: '2027-02', requests, busy: [], revisitedLastYear: new Set() });
    const kindOf = (id: string) => requests.find((r) => r.id === id)?.kind;
    expect(items.filter((i) => kindOf(i.requestId) === 'REVISION')).toHaveLength(14);
    expect(items.filter((i) => kindOf(i.requestId) === 'HELPER_CONTROL')).toHaveLength(7);
    expect(unplaced.map((u) => u.code).sort()).toEqual(['R7_MONTHLY_REVISIONS', 'R7_MONTHLY_REVISIONS', 'R8_MONTHLY_CONTROLS', 'R8_SECTOR_CONTROLS']);
    expect(unplaced.find((u) => u.requestId === '99')?.code).toBe('R8_SECTOR_CONTROLS');
    expect(unplaced.find((u) => u.requestId === '73')?.code).toBe('R8_MONTHLY_CONTROLS');
  });

  it('R8: a second control in one sector is refused while the month has room', () => {
    const { unplaced } = generatePlanning({ month: '2027-02', requests: [req('1', 'HELPER_CONTROL', 'a'), req('2', 'HELPER_CONTROL', 'a')], busy: [], revisitedLastYear: new Set() });
    expect(unplaced).toMatchObject([{ requestId: '2', code: 'R8_SECTOR_CONTROLS' }]);
  });

  it('R7: about 2 per sector: a third revision of a sector fills spare monthly room', () => {
    const { items, unplaced } = generatePlanning({ month: '2027-02', requests: [req('1', 'REVISION', 'a'), req('2', 'REVISION', 'a'), req('3', 'REVISION', 'a')], busy: [], revisitedLastYear: new Set() });
    expect(items).toHaveLength(3);
    expect(unplaced).toEqual([]);
  });

  it('R9: a beneficiary revisited by the flying worker last year is not revisited', () => {
    const { items, unplaced } = generatePlanning({ month: '2027-02', requests: [req('1', 'REVISION', 'a', { beneficiaryId: 'old' })], busy: [], revisitedLastYear: new Set(['old']) });
    expect(items).toEqual([]);
    expect(unplaced).toMatchObject([{ requestId: '1', code: 'R9_REVISITED_LAST_YEAR' }]);
  });

  it('absences and permanence duties are avoided; a meeting during one is unplaced', () => {
    // Away the whole month but the last working day.
    const busy = [{ startsAt: new Date('2027-02-01T00:00:00Z'), endsAt: new Date('2027-02-26T00:00:00Z') }];
    const meeting = req('3', 'MEETING_SUPPORT', 'a', { meetingAt: new Date('2027-02-10T13:00:00Z') });
    const { items, unplaced } = generatePlanning({ month: '2027-02', requests: [req('1', 'REVISION', 'a'), req('2', 'REVISION', 'b'), meeting], busy, revisitedLastYear: new Set() });
    expect(items.map((i) => i.startsAt.toISOString())).toEqual(['2027-02-26T08:00:00.000Z', '2027-02-26T10:00:00.000Z']);
    expect(unplaced).toMatchObject([{ requestId: '3', code: 'FLYING_WORKER_BUSY' }]);
  });

  it('visits are spread over the days of the month', () => {
    const { items } = generatePlanning({ month: '2027-02', requests: [req('1', 'REVISION', 'a'), req('2', 'REVISION', 'b'), req('3', 'REVISION', 'c')], busy: [], revisitedLastYear: new Set() });
    expect(new Set(items.map((i) => i.startsAt.toISOString().slice(0, 10))).size).toBe(3);
  });
});

describe('R11 replacement plans', () => {
  const base = { flyingRole: 'FLYING_SOCIAL_WORKER' as const, replaced: { role: 'SOCIAL_WORKER' as const, sectorId: 's' }, tasks: ['Urgent visits'], others: [] };
  it('R11: 3 days to 3 consecutive weeks', () => {
    expect(assignmentError({ ...base, span: assignmentSpan('2027-03-01', '2027-03-02') })).toBe('R11_TOO_SHORT');
    expect(assignmentError({ ...base, span: assignmentSpan('2027-03-01', '2027-03-03') })).toBeNull();
    expect(assignmentError({ ...base, span: assignmentSpan('2027-03-15', '2027-04-04') })).toBeNull();
    expect(daysOf(assignmentSpan('2027-03-15', '2027-04-04') ?? { startsAt: new Date(), endsAt: new Date() })).toBe(21);
    expect(assignmentError({ ...base, span: assignmentSpan('2027-03-15', '2027-04-05') })).toBe('R11_TOO_LONG');
  });
  it('R11: one social worker at a time', () => {
    const others = [assignmentSpan('2027-03-01', '2027-03-05')].filter((x) => x !== null);
    expect(assignmentError({ ...base, others, span: assignmentSpan('2027-03-05', '2027-03-09') })).toBe('R11_ONE_AT_A_TIME');
    expect(assignmentError({ ...base, others, span: assignmentSpan('2027-03-06', '2027-03-09') })).toBeNull();
  });
  it('R11: the plan names tasks; only a social worker is replaced', () => {
    expect(assignmentError({ ...base, tasks: [' '], span: assignmentSpan('2027-03-01', '2027-03-05') })).toBe('R11_TASKS_REQUIRED');
    expect(assignmentError({ ...base, replaced: { role: 'FAMILY_HELPER', sectorId: 's' }, span: assignmentSpan('2027-03-01', '2027-03-05') })).toBe('R11_NOT_A_SOCIAL_WORKER');
  });
  it('R11: items under a replacement are suspended, others are not', () => {
    const a = assignmentSpan('2027-03-01', '2027-03-05');
    if (!a) throw new Error('span');
    expect(suspendingAssignment({ startsAt: new Date('2027-03-03T08:00:00Z'), endsAt: new Date('2027-03-03T09:30:00Z') }, [a])).toBe(a);
    expect(suspendingAssignment({ startsAt: new Date('2027-03-08T08:00:00Z'), endsAt: new Date('2027-03-08T09:30:00Z') }, [a])).toBeNull();
  });
});

describe('relay social worker steps', () => {
  it('a letter and an income-proof request before each visit; the property administrator only when there is one', () => {
    const plannedAt = new Date('2027-03-20T09:00:00Z');
    expect(stepsBeforeVisit({ plannedAt, hasPropertyAdministrator: false, done: new Set() }).map((s) => s.kind)).toEqual(['INCOME_PROOF_REQUEST', 'VISIT_LETTER']);
    const steps = stepsBeforeVisit({ plannedAt, hasPropertyAdministrator: true, done: new Set(['VISIT_LETTER']) });
    expect(steps.map((s) => [s.kind, s.done])).toEqual([['INCOME_PROOF_REQUEST', false], ['VISIT_LETTER', true], ['PROPERTY_ADMINISTRATOR_CONTACT', false]]);
    expect(steps[1].dueAt.toISOString()).toBe('2027-03-13T09:00:00.000Z');
  });
});

describe("the board's planning month and replacement", () => {
  it('the board shows next month while the month under way is not fixed, the month under way once it is (Brussels, year change)', () => {
    // 31 December 23:30 in Brussels is still December.
    const eve = new Date('2026-12-31T22:30:00Z');
    expect(boardMonth(eve, false)).toEqual({ month: '2027-01', current: false });
    expect(boardMonth(eve, true)).toEqual({ month: '2026-12', current: true });
    expect(boardMonth(new Date('2026-12-31T23:30:00Z'), false)).toEqual({ month: '2027-02', current: false });
  });

  it('R11: the board shows the replacement running now, else the next one; one ended early is over', () => {
    const a = (from: string, to: string, endedEarly: string | null = null) => ({ startsAt: new Date(from), endsAt: new Date(to), endedEarlyAt: endedEarly ? new Date(endedEarly) : null });
    const now = new Date('2027-03-03T10:00:00Z');
    const running = a('2027-03-01T00:00:00Z', '2027-03-06T00:00:00Z');
    const next = a('2027-03-15T00:00:00Z', '2027-03-20T00:00:00Z');
    expect(boardReplacement([next, running], now)).toMatchObject({ startsAt: running.startsAt, inProgress: true });
    expect(boardReplacement([next, a('2027-03-01T00:00:00Z', '2027-03-06T00:00:00Z', '2027-03-03T09:00:00Z')], now)).toMatchObject({ startsAt: next.startsAt, inProgress: false });
    expect(boardReplacement([], now)).toBeNull();
  });
});
