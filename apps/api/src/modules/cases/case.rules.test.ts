// Pure rules of case files and beneficiaries.
import { describe, expect, it } from 'vitest';
import { nationalRegisterNumberError } from './beneficiary.rules.js';
import { CASE_TRANSITIONS, changedFields, illegalTransitionMessage, isLegalTransition, isUrgentAlert, type CaseStatus } from './case.rules.js';
import { caseAccess, caseListRefusal, exportRefusal, listableScope, type CaseViewer } from './case.access.js';

describe('national-register number', () => {
  it('accepts a number whose check digits are 97 - (first 9 digits mod 97)', () => {
    expect(nationalRegisterNumberError('85073003328', '1985-07-30')).toBeNull();
    expect(nationalRegisterNumberError('85.07.30-033.28')).toBeNull();
  });
  it('for people born from 2000 the check digits are computed with "2" before the 9 digits', () => {
    expect(nationalRegisterNumberError('01020312345', '2001-02-03')).toBeNull();
    // The same digits read as 1901 fail the check: the century is in the check digits.
    expect(nationalRegisterNumberError('01020312345', '1901-02-03')).toBe('BIRTH_DATE');
  });
  it('refuses wrong check digits, wrong length and a number that contradicts the birth date', () => {
    expect(nationalRegisterNumberError('85073003329')).toBe('CHECK_DIGITS');
    expect(nationalRegisterNumberError('8507300332')).toBe('FORMAT');
    expect(nationalRegisterNumberError('85073003328', '1985-07-31')).toBe('BIRTH_DATE');
  });
});

describe('case status workflow', () => {
  it('new request → assessment → active → suspended / closed, or redirected', () => {
    const path: CaseStatus[] = ['NEW_REQUEST', 'ASSESSMENT', 'ACTIVE', 'SUSPENDED', 'ACTIVE', 'CLOSED'];
    for (let i = 1; i < path.length; i++) expect(isLegalTransition(path[i - 1], path[i])).toBe(true);
    for (const from of ['NEW_REQUEST', 'ASSESSMENT', 'ACTIVE', 'SUSPENDED'] as CaseStatus[]) expect(isLegalTransition(from, 'REDIRECTED')).toBe(true);
  });
  it('closed and redirected are final; skipping the assessment is illegal', () => {
    expect(CASE_TRANSITIONS.CLOSED).toEqual([]);
    expect(CASE_TRANSITIONS.REDIRECTED).toEqual([]);
    expect(isLegalTransition('NEW_REQUEST', 'ACTIVE')).toBe(false);
    expect(illegalTransitionMessage('CLOSED', 'ACTIVE')).toContain('from CLOSED to ACTIVE');
  });
  it('an urgent situation is an alert until the action taken is recorded', () => {
    const since = new Date('2026-11-23T08:00:00Z');
    expect(isUrgentAlert({ urgentSince: since, urgentActionAt: null })).toBe(true);
    expect(isUrgentAlert({ urgentSince: since, urgentActionAt: new Date('2026-11-23T11:00:00Z') })).toBe(false);
    expect(isUrgentAlert({ urgentSince: null, urgentActionAt: null })).toBe(false);
  });
  it('changed fields compare snapshots', () => {
    expect(changedFields({ a: 1, b: [1], c: null }, { a: 1, b: [2], d: 'x' })).toEqual(['b', 'd']);
  });
});

describe('R5 access', () => {
  const c = { id: 'c1', sectorId: 's1', socialWorkerId: 'sw1' };
  const v = (role: CaseViewer['role'], sectorId: string | null = null, served: string[] = []): CaseViewer => ({ staffId: 'x', role, sectorId, servedCaseIds: new Set(served) });
  it('sector staff see their sector in full, flying/relay/direction all, helpers the homes they serve, telephonists no case file (their sector search aside)', () => {
    expect(caseAccess(v('SOCIAL_WORKER', 's1'), c)).toBe('FULL');
    expect(caseAccess(v('SOCIAL_WORKER', 's2'), c)).toBe('NONE');
    expect(caseAccess(v('TRAINEE', 's1'), c)).toBe('FULL');
    expect(caseAccess(v('FLYING_SOCIAL_WORKER'), c)).toBe('FULL');
    expect(caseAccess(v('RELAY_CONTROL_SOCIAL_WORKER'), c)).toBe('FULL');
    expect(caseAccess(v('DIRECTOR'), c)).toBe('FULL');
    expect(caseAccess(v('FAMILY_HELPER', 's1', ['c1']), c)).toBe('HELPER');
    // Same sector, but not scheduled at this home: nothing of it.
    expect(caseAccess(v('HOME_HELPER', 's1', ['c2']), c)).toBe('NONE');
    expect(caseAccess(v('TELEPHONIST'), c)).toBe('NONE');
    expect(caseListRefusal(v('TELEPHONIST'))).toContain('sectorSearch');
    expect(caseListRefusal(v('TRAINEE', 's1'))).toBeNull();
    expect(exportRefusal('TRAINEE')).toContain('social worker or direction');
    expect(exportRefusal('SOCIAL_WORKER')).toBeNull();
    expect(caseAccess(null, c)).toBe('NONE');
    expect(listableScope(v('HOME_HELPER', 's1', ['c2']))).toEqual({ sectorIds: null, caseIds: ['c2'] });
    expect(listableScope(v('SOCIAL_WORKER', 's1'))).toEqual({ sectorIds: ['s1'], caseIds: null });
  });
});
