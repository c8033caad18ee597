// The satisfaction check's rules without a database: the scale, the domains, who records, at which visit.
import { describe, expect, it } from 'vitest';
import { cleanComment, lowScoreError, scoresError, visitRefusal } from './satisfaction.rules.js';

const sw = { staffId: 'sw', role: 'SOCIAL_WORKER' as const };
const done = { kind: 'REVISION', status: 'DONE', visitorId: 'sw' };

describe('scoresError', () => {
  it('accepts one to four domains, each once, scored 1 to 5', () => {
    expect(scoresError([{ domain: 'PUNCTUALITY', score: 1 }])).toBeNull();
    expect(scoresError([{ domain: 'PUNCTUALITY', score: 5 }, { domain: 'QUALITY_OF_HELP', score: 3 }, { domain: 'RELATIONSHIP_WITH_HELPER', score: 4 }, { domain: 'COMMUNICATION_WITH_SERVICE', score: 2 }])).toBeNull();
  });

  it('names the score, the domain or the list at fault', () => {
    expect(scoresError([])).toMatchObject({ field: ['input', 'scores'], code: 'REQUIRED' });
    for (const score of [0, 6, 2.5, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(scoresError([{ domain: 'PUNCTUALITY', score: 3 }, { domain: 'QUALITY_OF_HELP', score }]), String(score)).toMatchObject({ field: ['input', 'scores', '1', 'score'], code: 'SCORE_OUT_OF_RANGE' });
    }
    expect(scoresError([{ domain: 'PUNCTUALITY', score: 3 }, { domain: 'PUNCTUALITY', score: 4 }])).toMatchObject({ field: ['input', 'scores', '1', 'domain'], code: 'DOMAIN_TWICE' });
    expect(scoresError([{ domain: 'HAPPINESS' as never, score: 3 }])).toMatchObject({ code: 'UNKNOWN_DOMAIN' });
    expect(scoresError(Array.from({ length: 5 }, () => ({ domain: 'PUNCTUALITY' as const, score: 3 })))).toMatchObject({ code: 'TOO_MANY' });
    expect(scoresError([{ domain: 'PUNCTUALITY', score: 3, comment: 'x'.repeat(2_001) }])).toMatchObject({ field: ['input', 'scores', '0', 'comment'], code: 'TOO_LONG' });
  });
});

describe('visitRefusal', () => {
  it('R7, R8: a revision or a helper control that took place, recorded once by its visitor or the relay social worker', () => {
    expect(visitRefusal(done, sw, false)).toBeNull();
    expect(visitRefusal({ ...done, kind: 'HELPER_CONTROL', visitorId: 'flying' }, { staffId: 'relay', role: 'RELAY_CONTROL_SOCIAL_WORKER' }, false)).toBeNull();
    expect(visitRefusal({ ...done, kind: 'NEW_REQUEST' }, sw, false)).toBe('NOT_A_REVISION_OR_CONTROL');
    expect(visitRefusal({ ...done, kind: 'ACCOMPANIMENT' }, sw, false)).toBe('NOT_A_REVISION_OR_CONTROL');
    expect(visitRefusal({ ...done, status: 'PLANNED' }, sw, false)).toBe('VISIT_NOT_DONE');
    expect(visitRefusal({ ...done, status: 'CANCELLED' }, sw, false)).toBe('VISIT_NOT_DONE');
    expect(visitRefusal(done, { staffId: 'flying', role: 'FLYING_SOCIAL_WORKER' }, false)).toBe('NOT_YOUR_VISIT');
    expect(visitRefusal(done, sw, true)).toBe('ALREADY_RECORDED');
  });

  it('keeps comments trimmed, and none when only blanks', () => {
    expect(cleanComment('  bien  ')).toBe('bien');
    expect(cleanComment('   ')).toBeNull();
    expect(cleanComment(undefined)).toBeNull();
  });
});

describe('lowScoreError', () => {
  it('a low-score threshold is a whole number from 1 to the top of the scale', () => {
    for (const n of [1, 2, 3, 4, 5]) expect(lowScoreError(n), String(n)).toBeNull();
    for (const n of [0, 6, -1, 2.5, Number.NaN]) expect(lowScoreError(n), String(n)).toMatchObject({ code: 'OUT_OF_RANGE', message: expect.stringContaining('lowScoreAtMost') });
  });
});
