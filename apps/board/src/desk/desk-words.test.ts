// The desk's sentences in French and English: errors from their code and fields with Brussels
// times, alerts worded for whoever they name, plural forms by each language's rules.
import { describe, expect, it } from 'vitest';
import { createBoardI18n } from '../i18n';
import { alertSentence } from './alertSentence';
import { loadWarningSentence } from './loadWarningSentence';
import { deskFormats } from './useDeskTime';
import { userErrorText } from './userErrorText';

function words(locale: 'fr' | 'en') {
  const i18n = createBoardI18n(locale);
  const t = (key: string, values?: Record<string, unknown>, plural?: number) =>
    plural === undefined ? i18n.global.t(key, values ?? {}) : i18n.global.t(key, values ?? {}, plural);
  const te = (key: string) => i18n.global.te(key);
  const when = (iso: string) => deskFormats(locale).when.format(new Date(iso));
  const list = (names: string[]) => new Intl.ListFormat(locale === 'fr' ? 'fr-BE' : 'en-GB', { type: 'conjunction' }).format(names);
  return { t, te, when, list };
}

const tooLate = { field: ['input', 'event'], code: 'REPLACEMENT_TOO_LATE', message: 'R13: … in 3 days …' };

describe('API errors in the board language', () => {
  it('R13: the refusal says the rule, when the shift starts (Brussels time, with the month) and in how many days', () => {
    const fr = words('fr');
    // 30 Nov 2026 07:30 UTC is 08:30 in Brussels.
    const text = userErrorText(tooLate, fr, { shiftStartsAt: '2026-11-30T07:30:00.000Z', now: new Date('2026-11-27T07:00:00Z') });
    expect(text).toBe("Refusé (R13) : un remplacement se programme au moins 7 jours à l’avance, or cette permanence commence le lun. 30 nov., 08:30, dans 3 jours. Indiquez l’événement qui cause ce changement.");
  });

  it('R13: tomorrow and today take their own words', () => {
    const fr = words('fr');
    expect(userErrorText(tooLate, fr, { shiftStartsAt: '2026-11-30T07:30:00.000Z', now: new Date('2026-11-29T07:00:00Z') })).toContain('08:30, demain.');
    expect(userErrorText(tooLate, fr, { shiftStartsAt: '2026-11-30T07:30:00.000Z', now: new Date('2026-11-30T07:00:00Z') })).toContain("08:30, aujourd’hui.");
    const en = words('en');
    expect(userErrorText(tooLate, en, { shiftStartsAt: '2026-11-30T07:30:00.000Z', now: new Date('2026-11-27T07:00:00Z') })).toContain('starts on Mon 30 Nov, 08:30, in 3 days.');
  });

  it('issue 11: today / tomorrow / in N days compare Brussels calendar dates (23:59 and 00:00, summer time)', () => {
    const fr = words('fr');
    const en = words('en');
    const friday0830 = '2026-12-04T07:30:00.000Z';
    const at = (shiftStartsAt: string, now: string) => userErrorText(tooLate, fr, { shiftStartsAt, now: new Date(now) });
    // Thursday evening for Friday morning: tomorrow, though less than 24 hours ahead.
    expect(at(friday0830, '2026-12-03T18:15:00Z')).toContain('commence le ven. 4 déc., 08:30, demain.');
    expect(userErrorText(tooLate, en, { shiftStartsAt: friday0830, now: new Date('2026-12-03T18:15:00Z') })).toContain('starts on Fri 4 Dec, 08:30, tomorrow.');
    // Thursday 23:59 is still tomorrow; Friday 00:00 is today.
    expect(at(friday0830, '2026-12-03T22:59:00Z')).toContain(', demain.');
    expect(at(friday0830, '2026-12-03T23:00:00Z')).toContain(", aujourd’hui.");
    // Friday 17:00 asked on Thursday at 17:30: tomorrow, not today.
    expect(at('2026-12-04T16:00:00.000Z', '2026-12-03T16:30:00Z')).toContain('ven. 4 déc., 17:00, demain.');
    // Summer time starts on Sunday 28 March 2027: Saturday 23:30 → Monday 08:30 is two days (32 hours).
    expect(at('2027-03-29T06:30:00.000Z', '2027-03-27T22:30:00Z')).toContain('lun. 29 mars, 08:30, dans 2 jours.');
    expect(at('2027-03-29T06:30:00.000Z', '2027-03-27T23:00:00Z')).toContain('lun. 29 mars, 08:30, demain.');
    // Thursday 3 Dec 21:00 for Thursday 10 Dec 08:30: seven dates away but under seven days, so refused; never "dans 7 jours".
    expect(at('2026-12-10T07:30:00.000Z', '2026-12-03T20:00:00Z')).toContain('jeu. 10 déc., 08:30, dans 6 jours.');
  });

  it('names the person the form was about, and says when the code is unknown to the board', () => {
    const fr = words('fr');
    expect(userErrorText({ field: ['input', 'startsAt'], code: 'ABSENCE_OVERLAP', message: 'x' }, fr, { name: 'Samira Henrard' })).toBe('Samira Henrard a déjà une absence sur cette période.');
    expect(userErrorText({ field: ['input'], code: 'NEW_RULE', message: 'Something new' }, fr)).toBe('Refusé par le serveur (NEW_RULE) : Something new');
  });
});

describe('alerts worded for whoever they name', () => {
  const base = { startsAt: '2026-11-30T07:30:00.000Z' };
  const pia = { id: 'p', fullName: 'Pia Second' };
  const paul = { id: 'q', fullName: 'Paul Premier' };

  it('one member of the binôme away: no "absent(e)", no "seul(e)"', () => {
    const { t, when, list } = words('fr');
    const text = alertSentence({ ...base, cause: 'ONE_AWAY', awayStaff: [paul], shift: { kind: 'WEEKDAY', holders: [paul, pia] } }, t, when, list);
    expect(text).toBe('Permanence de semaine du lun. 30 nov., 08:30 : Paul Premier en absence, Pia Second assure la permanence sans binôme.');
    expect(text).not.toMatch(/\((e|s)\)/);
  });

  it('everyone away, or nobody: names joined the French way', () => {
    const { t, when, list } = words('fr');
    expect(alertSentence({ ...base, cause: 'ALL_AWAY', awayStaff: [paul, pia], shift: { kind: 'WEEKEND', holders: [paul, pia] } }, t, when, list)).toBe(
      'Permanence de week-end du lun. 30 nov., 08:30 : personne n’est de garde (Paul Premier et Pia Second en absence).',
    );
    expect(alertSentence({ ...base, cause: 'NOBODY', awayStaff: [], shift: { kind: 'WEEKDAY', holders: [] } }, t, when, list)).toBe('Permanence de semaine du lun. 30 nov., 08:30 : personne n’est de garde.');
  });
});

describe('plural forms by the language rules', () => {
  it('French: 0 and 1 singular; English: only 1', () => {
    const fr = words('fr');
    expect(fr.t('desk.alerts.title', { n: 0 }, 0)).toBe('Aucune alerte ouverte');
    expect(fr.t('desk.alerts.title', { n: 1 }, 1)).toBe('1 alerte ouverte');
    expect(fr.t('desk.alerts.title', { n: 4 }, 4)).toBe('4 alertes ouvertes');
    const en = words('en');
    expect(en.t('desk.conflicts.title', { n: 1 }, 1)).toBe('1 open schedule conflict');
    expect(en.t('desk.conflicts.title', { n: 2 }, 2)).toBe('2 open schedule conflicts');
  });

  it('dates carry the month, in Brussels time', () => {
    expect(deskFormats('fr').when.format(new Date('2026-11-30T07:30:00Z'))).toBe('lun. 30 nov., 08:30');
    expect(deskFormats('en').when.format(new Date('2026-07-21T06:30:00Z'))).toBe('Tue 21 Jul, 08:30');
  });
});

describe('a replacement that makes the week-end load unfair (issue 12)', () => {
  const warning = { year: 2027, closedDays: 31, expectedClosedDays: 26.5, deviation: 4.5, staff: { fullName: 'Ada Full' } };

  it('names the person, the year, the days held, how far above the FTE share, without guessing who they are', () => {
    const fr = words('fr');
    expect(loadWarningSentence(warning, fr.t, 'fr')).toBe(
      'Attention : Ada Full assure maintenant 31 jours de week-end et fériés en 2027, soit 4,5 de plus que sa part selon son temps de travail (26,5). Le remplacement est enregistré ; pensez à rééquilibrer plus tard.',
    );
    const en = words('en');
    expect(loadWarningSentence(warning, en.t, 'en')).toBe(
      'Note: Ada Full now holds 31 week-end and holiday days in 2027, 4.5 more than their share by working time (26.5). The replacement is recorded; consider rebalancing later.',
    );
  });
});
