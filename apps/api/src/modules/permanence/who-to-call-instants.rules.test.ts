// R14 as a feed, on time: the next instant the answer may change is the earliest of a span's start
// or end and the calendar's turns (midnight, 08:30, 17:00 Brussels), DST days included.
import { describe, expect, it } from 'vitest';
import { nextChangeHorizon, nextWhoToCallChange } from './who-to-call-instants.rules.js';

const d = (iso: string) => new Date(iso);

describe('nextWhoToCallChange (R14 feed timer)', () => {
  it('an absence starting mid-minute is the next change, to the millisecond', () => {
    const at = d('2026-11-24T09:30:00Z'); // Tuesday 10:30 Brussels
    const absence = { startsAt: d('2026-11-24T09:30:07.250Z'), endsAt: d('2026-11-26T09:00:00Z') };
    expect(nextWhoToCallChange(at, [absence]).toISOString()).toBe('2026-11-24T09:30:07.250Z');
  });

  it('the end of a running span counts; spans wholly past or starting exactly now do not', () => {
    const at = d('2026-11-24T09:30:00Z');
    const spans = [
      { startsAt: d('2026-11-20T00:00:00Z'), endsAt: d('2026-11-24T09:30:00Z') },
      { startsAt: d('2026-11-24T09:30:00Z'), endsAt: d('2026-11-24T10:15:30Z') },
    ];
    expect(nextWhoToCallChange(at, spans).toISOString()).toBe('2026-11-24T10:15:30.000Z');
  });

  it('without spans, the office closing at 17:00, then midnight, then the opening at 08:30 (Brussels time)', () => {
    expect(nextWhoToCallChange(d('2026-11-24T09:30:00Z'), []).toISOString()).toBe('2026-11-24T16:00:00.000Z');
    expect(nextWhoToCallChange(d('2026-11-24T16:00:00Z'), []).toISOString()).toBe('2026-11-24T23:00:00.000Z');
    expect(nextWhoToCallChange(d('2026-11-24T23:00:00Z'), []).toISOString()).toBe('2026-11-25T07:30:00.000Z');
  });

  it('follows the clocks: in summer time 17:00 is 15:00 UTC; the night the clocks go back, midnight is still local midnight', () => {
    expect(nextWhoToCallChange(d('2026-06-10T10:00:00Z'), []).toISOString()).toBe('2026-06-10T15:00:00.000Z');
    // Saturday 24 October 2026 22:00 local (CEST) → Sunday 00:00 CEST; Sunday 08:30 is CET.
    expect(nextWhoToCallChange(d('2026-10-24T20:00:00Z'), []).toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(nextWhoToCallChange(d('2026-10-24T22:00:00Z'), []).toISOString()).toBe('2026-10-25T07:30:00.000Z');
  });

  it('a span beyond the next midnight is not needed: the horizon is that midnight', () => {
    const at = d('2026-11-24T16:30:00Z');
    expect(nextChangeHorizon(at).toISOString()).toBe('2026-11-24T23:00:00.000Z');
    const far = { startsAt: d('2026-11-25T03:00:00Z'), endsAt: d('2026-11-26T03:00:00Z') };
    expect(nextWhoToCallChange(at, [far]).toISOString()).toBe('2026-11-24T23:00:00.000Z');
  });
});
