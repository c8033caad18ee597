// The wall's count tiles read with their number: "1 Évaluation en retard", "2 Évaluations en retard"
// (stop 19's outside check read "1 Évaluations en retard"), in each language's plural forms.
import { describe, expect, it } from 'vitest';
import { createBoardI18n } from '../i18n';
import { caseloadSummary, caseloadTiles } from './caseloadTiles';
import type { SectorCaseload } from './useCaseloads';

function translate(locale: 'fr' | 'en') {
  const i18n = createBoardI18n(locale);
  return (k: string, v: Record<string, unknown>, plural: number) => i18n.global.t(k, v, plural);
}
const counts = (visitsToday: number, evaluationsOverdue: number, urgentOpen: number): SectorCaseload => ({ day: '2026-11-23', dayEndsAt: '2026-11-23T23:00:00Z', visitsToday, evaluationsOverdue, urgentOpen });
const labels = (c: Parameters<typeof caseloadTiles>[0], locale: 'fr' | 'en') => caseloadTiles(c, translate(locale)).map((x) => `${x.value ?? '–'} ${x.label}`);

describe('caseload tiles', () => {
  it('French: one is singular, several plural, zero singular', () => {
    expect(labels(counts(1, 1, 1), 'fr')).toEqual(['1 Visite du jour', '1 Évaluation en retard', '1 Urgence en attente']);
    expect(labels(counts(2, 3, 4), 'fr')).toEqual(['2 Visites du jour', '3 Évaluations en retard', '4 Urgences en attente']);
    expect(labels(counts(0, 0, 0), 'fr')).toEqual(['0 Visite du jour', '0 Évaluation en retard', '0 Urgence en attente']);
  });

  it('English: only one is singular', () => {
    expect(labels(counts(1, 1, 0), 'en')).toEqual(['1 Visit today', '1 Overdue evaluation', '0 Urgent, no action']);
    expect(labels(counts(0, 2, 2), 'en')).toEqual(['0 Visits today', '2 Overdue evaluations', '2 Urgent, no action']);
  });

  it('an unknown count reads as a heading (plural), with no alert', () => {
    expect(labels(null, 'fr')).toEqual(['– Visites du jour', '– Évaluations en retard', '– Urgences en attente']);
    expect(caseloadTiles(null, translate('fr')).map((x) => x.alert)).toEqual([null, null, null]);
    expect(caseloadTiles(counts(0, 1, 1), translate('fr')).map((x) => x.alert)).toEqual([null, 'warning', 'critical']);
  });

  it('the spoken summary words each count by its number', () => {
    expect(caseloadSummary(counts(1, 2, 0), translate('fr'))).toBe("1 visite aujourd’hui, 2 évaluations en retard, 0 urgence sans action");
    expect(caseloadSummary(counts(1, 2, 0), translate('en'))).toBe('1 visit today, 2 evaluations overdue, 0 urgent cases awaiting action');
  });

  it('the planning panel’s "not placed" tile too', () => {
    const t = translate('fr');
    expect([t('planning.unplaced', {}, 1), t('planning.unplaced', {}, 3)]).toEqual(['Non placée', 'Non placées']);
  });
});
