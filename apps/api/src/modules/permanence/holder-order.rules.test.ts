import { describe, expect, it } from 'vitest';
import { holdersInCallOrder, momentThatMatters } from './holder-order.rules.js';

const d = (iso: string) => new Date(iso);
// A weekday shift, Wednesday 4 March 2026, 08:30–17:00 in Brussels.
const shift = { startsAt: d('2026-03-04T07:30:00Z'), endsAt: d('2026-03-04T16:00:00Z') };
const NOW = d('2026-03-04T09:00:00Z');

describe('holders in call order', () => {
  it('the moment that matters is now during the shift, its start before it', () => {
    expect(momentThatMatters(shift, NOW)).toEqual(NOW);
    expect(momentThatMatters(shift, d('2026-03-03T09:00:00Z'))).toEqual(shift.startsAt);
  });

  it('an absent holder does not answer and comes after whoever does, with until when', () => {
    const absences = [{ staffId: 'a', startsAt: d('2026-03-03T00:00:00Z'), endsAt: d('2026-03-06T07:30:00Z') }];
    expect(holdersInCallOrder(shift, ['a', 'b'], absences, NOW)).toEqual([
      { staffId: 'b', answers: true, callOrder: 1, awayFrom: null, awayUntil: null },
      { staffId: 'a', answers: false, callOrder: null, awayFrom: absences[0].startsAt, awayUntil: absences[0].endsAt },
    ]);
  });

  it('a holder away later in the shift still answers now, and says from when she will be away', () => {
    const later = { staffId: 'a', startsAt: d('2026-03-04T12:00:00Z'), endsAt: d('2026-03-05T12:00:00Z') };
    expect(holdersInCallOrder(shift, ['a', 'b'], [later], NOW)).toEqual([
      { staffId: 'a', answers: true, callOrder: 1, awayFrom: later.startsAt, awayUntil: later.endsAt },
      { staffId: 'b', answers: true, callOrder: 2, awayFrom: null, awayUntil: null },
    ]);
  });

  it('an absence over before now, or another person\'s, changes nothing; back-to-back absences read as one', () => {
    const absences = [
      { staffId: 'a', startsAt: d('2026-03-04T07:30:00Z'), endsAt: d('2026-03-04T08:00:00Z') },
      { staffId: 'c', startsAt: d('2026-03-01T00:00:00Z'), endsAt: d('2026-03-09T00:00:00Z') },
      { staffId: 'b', startsAt: d('2026-03-04T08:00:00Z'), endsAt: d('2026-03-04T10:00:00Z') },
      { staffId: 'b', startsAt: d('2026-03-04T10:00:00Z'), endsAt: d('2026-03-05T10:00:00Z') },
    ];
    const [a, b] = holdersInCallOrder(shift, ['a', 'b'], absences, NOW);
    expect(a).toMatchObject({ staffId: 'a', answers: true, callOrder: 1, awayFrom: null });
    expect(b).toMatchObject({ staffId: 'b', answers: false, callOrder: null, awayUntil: d('2026-03-05T10:00:00Z') });
  });
});
