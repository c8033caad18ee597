// Small factories of API answers for the composable tests.
import type { BoardShiftFragment, BoardWhoToCallFragment } from '@relais/schema';

export function person(fullName: string, phone = '0470 00 00 00') {
  return { id: `staff-${fullName}`, fullName, phone, role: 'SOCIAL_WORKER' as const };
}

export function shift(holders: string[], overrides: Partial<BoardShiftFragment> = {}): BoardShiftFragment {
  return {
    id: `shift-${holders.join('-') || 'nobody'}`,
    kind: 'WEEKDAY',
    startsAt: '2026-03-02T07:00:00.000Z',
    endsAt: '2026-03-02T16:00:00.000Z',
    holderBinome: null,
    substitutedMember: null,
    substitute: null,
    holders: holders.map((name) => person(name)),
    holdersInCallOrder: holders.map((name, i) => ({ answers: true, callOrder: i + 1, awayFrom: null, awayUntil: null, person: person(name) })),
    replacements: [],
    holidays: [],
    ...overrides,
  };
}

export function callAnswer(name: string | null, overrides: Partial<BoardWhoToCallFragment> = {}): BoardWhoToCallFragment {
  return {
    at: '2026-03-02T09:00:00.000Z',
    gap: name === null,
    role: name === null ? null : 'SECTOR_SOCIAL_WORKER',
    person: name === null ? null : person(name),
    chain: [],
    ...overrides,
  };
}

export function event(cursor: string, type = 'CHANGED') {
  return { cursor, type, occurredAt: '2026-03-02T09:00:00.000Z' };
}
