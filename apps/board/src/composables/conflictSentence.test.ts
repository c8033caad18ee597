// The conflict sentence in the board's language: from the rule's facts, never the API's English
// explanation, except when a conflict has no facts yet.
import { describe, expect, it } from 'vitest';
import { createBoardI18n } from '../i18n';
import { conflictSentence } from './conflictSentence';

type Facts = NonNullable<Parameters<typeof conflictSentence>[0]['facts']>;
const span = (from: string, to: string) => ({ startsAt: `2026-11-24T${from}:00.000Z`, endsAt: `2026-11-24T${to}:00.000Z` });
const noFacts: Facts = { spans: [], gapMinutes: null, km: null, neededMinutes: null, speedKmh: null, hours: null, limitHours: null, breakMinutes: null, fte: null, askedHours: null, helpKind: null, tasks: [], holidayName: null };
const ENGLISH = 'Ana Vermeulen is a household helper (AMS) and may not give personal care, but is given personal-care tasks (personal hygiene) 16:00–17:00 on Tuesday 24 November 2026.';
const conflict = (rule: string, facts: Partial<Facts> | null) => ({
  id: 'c', rule, title: '', severity: 'HIGH', hard: true, explanation: ENGLISH, day: '2026-11-24', acknowledgedAt: null,
  sector: { id: 's', code: 'S4', name: 'Ixelles' }, helper: { id: 'h', fullName: 'Ana Vermeulen' }, facts: facts && { ...noFacts, ...facts },
}) as Parameters<typeof conflictSentence>[0];

function wording(locale: 'fr' | 'en') {
  const i18n = createBoardI18n(locale);
  const tz = new Intl.DateTimeFormat('fr-BE', { timeZone: 'Europe/Brussels', hour: '2-digit', minute: '2-digit' });
  const nf = new Intl.NumberFormat(locale === 'fr' ? 'fr-BE' : 'en-GB', { maximumFractionDigits: 1 });
  const t = (k: string, v?: Record<string, unknown>, plural?: number) => (plural === undefined ? i18n.global.t(k, v ?? {}) : i18n.global.t(k, v ?? {}, plural));
  return { t, time: (iso: string) => tz.format(new Date(iso)), num: (n: number) => nf.format(n) };
}

describe('conflictSentence', () => {
  it('R4: a household helper given personal hygiene is said in French, times in Brussels', () => {
    const c = conflict('PERSONAL_CARE_BY_HOME_HELPER', { spans: [span('15:00', '16:00')], helpKind: 'HOUSEHOLD', tasks: ['PERSONAL_HYGIENE'] });
    expect(conflictSentence(c, wording('fr'))).toBe("Ana Vermeulen est aide ménagère (AMS) : pas de soins personnels, or on lui confie de l’hygiène personnelle de 16:00 à 17:00.");
    expect(conflictSentence(c, wording('en'))).toBe('Ana Vermeulen is a household helper (AMS): no personal care, yet is given personal hygiene 16:00–17:00.');
  });

  it('R5: on the wall (no tasks come to the kiosk) personal care is said, not which', () => {
    const c = conflict('PERSONAL_CARE_BY_HOME_HELPER', { spans: [span('15:00', '16:00')], helpKind: 'HOUSEHOLD', tasks: [] });
    expect(conflictSentence(c, wording('fr'))).toBe('Ana Vermeulen est aide ménagère (AMS) : pas de soins personnels, or on lui confie des soins personnels de 16:00 à 17:00.');
    expect(conflictSentence(c, wording('en'))).toBe('Ana Vermeulen is a household helper (AMS): no personal care, yet is given personal-care tasks 16:00–17:00.');
    const visit = conflict('PERSONAL_CARE_BY_HOME_HELPER', { spans: [span('15:00', '16:00')], helpKind: 'FAMILY_CARE', tasks: [] });
    expect(conflictSentence(visit, wording('fr'))).toContain("on lui confie une visite d’aide familiale (AF) de 16:00");
  });

  it('travel time uses the French decimal comma', () => {
    const c = conflict('TRAVEL_TIME', { spans: [span('08:00', '10:00'), span('10:10', '11:00')], gapMinutes: 10, km: 18.6, neededMinutes: 56, speedKmh: 20 });
    expect(conflictSentence(c, wording('fr'))).toBe("Ana Vermeulen n’a que 10 min entre la visite finie à 11:00 et la suivante à 11:10 : 18,6 km, il faut environ 56 min à 20 km/h.");
  });

  it('plan hours name the kind of help, without a helper', () => {
    const c = { ...conflict('PLAN_HOURS_NOT_COVERED', { askedHours: 6, hours: 2, helpKind: 'FAMILY_CARE' }), helper: null };
    expect(conflictSentence(c, wording('fr'))).toBe("Le plan d’aide demande 6 h d’aide familiale (AF) par semaine ; seulement 2 h sont prévues.");
  });

  it('a visit on a holiday names the day, in French and English', () => {
    const c = conflict('VISIT_ON_HOLIDAY', { spans: [span('08:00', '10:00')], holidayName: 'Noël' });
    expect(conflictSentence(c, wording('fr'))).toBe("Ana Vermeulen : visite prévue de 09:00 à 11:00 le jour de fermeture « Noël » ; les visites n’y continuent que si le plan d’aide le prévoit.");
    expect(conflictSentence(c, wording('en'))).toBe('Ana Vermeulen is due 09:00–11:00 on a day the offices are closed, “Noël”: visits go on only where the aid plan says so.');
  });

  it('issue 11: zero and one take their own words, in French and English; a holiday named with brackets is not bracketed again', () => {
    const plan = (hours: number) => ({ ...conflict('PLAN_HOURS_NOT_COVERED', { askedHours: 6, hours, helpKind: 'FAMILY_CARE' }), helper: null });
    expect(conflictSentence(plan(0), wording('fr'))).toBe("Le plan d’aide demande 6 h d’aide familiale (AF) par semaine ; aucune heure n’est prévue.");
    expect(conflictSentence(plan(1), wording('fr'))).toBe("Le plan d’aide demande 6 h d’aide familiale (AF) par semaine ; seulement 1 h est prévue.");
    expect(conflictSentence(plan(0), wording('en'))).toBe('The aid plan asks for 6 h of family care (AF) a week; none is scheduled.');
    expect(conflictSentence(plan(1), wording('en'))).toBe('The aid plan asks for 6 h of family care (AF) a week; only 1 h is scheduled.');
    const travel = conflict('TRAVEL_TIME', { spans: [span('08:00', '10:00'), span('10:00', '11:00')], gapMinutes: 0, km: 0.2, neededMinutes: 1, speedKmh: 20 });
    expect(conflictSentence(travel, wording('fr'))).toBe("Ana Vermeulen n’a aucun battement entre la visite finie à 11:00 et la suivante à 11:00 : 0,2 km, il faut environ 1 min à 20 km/h.");
    expect(conflictSentence(travel, wording('en'))).toBe('Ana Vermeulen has no time at all between the visit ending at 11:00 and the next at 11:00: 0.2 km, about 1 min at 20 km/h.');
    const closing = conflict('VISIT_ON_HOLIDAY', { spans: [span('08:00', '10:00')], holidayName: 'Journée de service (fermeture)' });
    for (const locale of ['fr', 'en'] as const) expect(conflictSentence(closing, wording(locale))).not.toMatch(/\([^)]*\(/);
  });

  it('a conflict without facts keeps the API explanation', () => {
    expect(conflictSentence(conflict('PERSONAL_CARE_BY_HOME_HELPER', null), wording('fr'))).toBe(ENGLISH);
  });
});
