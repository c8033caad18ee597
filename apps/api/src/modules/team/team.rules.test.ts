// Team life rules: who records which kind for which sector, who reads (R5), and which records make sense.
import { describe, expect, it } from 'vitest';
import { mayRead, mayRecord, recordError } from './team.rules.js';

const sw = { staffId: 'sw', role: 'SOCIAL_WORKER' as const, sectorId: 'S1' };
const flying = { staffId: 'fl', role: 'FLYING_SOCIAL_WORKER' as const, sectorId: null };
const helper = { staffId: 'h1', role: 'FAMILY_HELPER' as const, sectorId: 'S1' };
const draft = { kind: 'TEAM_MEETING' as const, day: '2026-03-02', today: '2026-03-10', helperCount: 3, hasCaseFile: false, title: 'Meeting', notes: 'Minutes' };

describe('team rules', () => {
  it("the sector's social worker records for their sector only; the flying social worker home controls only; direction anything", () => {
    expect(mayRecord(sw, 'CORRECTIVE_INTERVIEW', 'S1')).toBe(true);
    expect(mayRecord(sw, 'TEAM_MEETING', 'S2')).toBe(false);
    expect(mayRecord(flying, 'HOME_CONTROL', 'S2')).toBe(true);
    expect(mayRecord(flying, 'TEAM_MEETING', 'S2')).toBe(false);
    expect(mayRecord({ staffId: 'd', role: 'DIRECTOR', sectorId: null }, 'TRAINING', 'S3')).toBe(true);
    expect(mayRecord(helper, 'TEAM_MEETING', 'S1')).toBe(false);
  });

  it('R5: a helper reads about themself only; a social worker their sector; the telephonist nothing', () => {
    expect(mayRead(helper, { helperId: 'h1' })).toBe(true);
    expect(mayRead(helper, { helperId: 'h2', sectorId: 'S1' })).toBe(false);
    expect(mayRead(helper, { sectorId: 'S1' })).toBe(false);
    expect(mayRead(sw, { sectorId: 'S1' })).toBe(true);
    expect(mayRead(sw, { sectorId: 'S2' })).toBe(false);
    expect(mayRead({ staffId: 't', role: 'TELEPHONIST', sectorId: null }, { sectorId: 'S1' })).toBe(false);
  });

  it('a record has helpers, a real past day, one helper for an interview or control, a case file for a control only, and notes', () => {
    expect(recordError(draft)).toBeNull();
    expect(recordError({ ...draft, day: '2026-02-30' })?.code).toBe('BAD_DATE');
    expect(recordError({ ...draft, day: '2026-03-11' })?.code).toBe('IN_THE_FUTURE');
    expect(recordError({ ...draft, kind: 'CORRECTIVE_INTERVIEW' })?.code).toBe('ONE_HELPER');
    expect(recordError({ ...draft, kind: 'HOME_CONTROL', helperCount: 1 })).toMatchObject({ field: 'caseFileId', code: 'REQUIRED' });
    expect(recordError({ ...draft, hasCaseFile: true })?.code).toBe('NOT_A_CONTROL');
    expect(recordError({ ...draft, notes: ' ' })?.message).toBe('A team meeting is recorded with its minutes.');
  });
});
