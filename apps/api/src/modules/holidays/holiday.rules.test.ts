import { describe, expect, it } from 'vitest';
import { belgianPublicHolidays, closingDaysError, easterSunday, holidaysBetween } from './holiday.rules.js';

describe('Belgian public holidays', () => {
  it('Easter Sunday by the Gregorian computus, extremes included', () => {
    expect(['2024', '2025', '2026', '2027', '2038', '2285', '2008'].map((y) => easterSunday(Number(y)))).toEqual([
      '2024-03-31',
      '2025-04-20',
      '2026-04-05',
      '2027-03-28',
      '2038-04-25',
      '2285-03-22',
      '2008-03-23',
    ]);
  });

  it('the legal ten of 2026, Easter-based ones computed', () => {
    expect(belgianPublicHolidays(2026).map((h) => [h.day, h.name])).toEqual([
      ['2026-01-01', 'Nouvel An'],
      ['2026-04-06', 'Lundi de Pâques'],
      ['2026-05-01', 'Fête du Travail'],
      ['2026-05-14', 'Ascension'],
      ['2026-05-25', 'Lundi de Pentecôte'],
      ['2026-07-21', 'Fête nationale'],
      ['2026-08-15', 'Assomption'],
      ['2026-11-01', 'Toussaint'],
      ['2026-11-11', 'Armistice'],
      ['2026-12-25', 'Noël'],
    ]);
  });

  it('holidays across a new year, with closing days; a public holiday wins the same day', () => {
    const closing = [
      { day: '2026-12-24', kind: 'SERVICE_CLOSING_DAY' as const, name: 'Fermeture' },
      { day: '2027-01-01', kind: 'SERVICE_CLOSING_DAY' as const, name: 'Double' },
    ];
    expect(holidaysBetween('2026-12-20', '2027-01-02', closing).map((h) => [h.day, h.kind])).toEqual([
      ['2026-12-24', 'SERVICE_CLOSING_DAY'],
      ['2026-12-25', 'PUBLIC_HOLIDAY'],
      ['2027-01-01', 'PUBLIC_HOLIDAY'],
    ]);
  });

  it('closing days are checked: dates of the year, named, not twice, not a public holiday, not a week-end day', () => {
    expect(closingDaysError(2027, [{ day: '2027-09-27', name: 'Fête de la Fédération Wallonie-Bruxelles' }])).toBeNull();
    expect(closingDaysError(2027, [{ day: '2028-01-03', name: 'x' }])?.code).toBe('OUTSIDE_YEAR');
    expect(closingDaysError(2027, [{ day: '2027-02-30', name: 'x' }])?.code).toBe('INVALID_DATE');
    expect(closingDaysError(2027, [{ day: '2027-12-25', name: 'x' }])?.code).toBe('ALREADY_A_PUBLIC_HOLIDAY');
    expect(closingDaysError(2027, [{ day: '2027-06-01', name: ' ' }])?.code).toBe('NAME_REQUIRED');
    expect(closingDaysError(2027, [{ day: '2027-06-01', name: 'a' }, { day: '2027-06-01', name: 'b' }])).toMatchObject({ field: ['days', '1', 'day'], code: 'DUPLICATE_DAY' });
    expect(closingDaysError(2027, [{ day: '2027-06-01', name: 'a' }, { day: '2027-06-02', name: ' ' }])).toMatchObject({ field: ['days', '1', 'name'], code: 'NAME_REQUIRED' });
    expect(closingDaysError(1999, [])?.field).toEqual(['year']);
    // Decided: a closing day is a weekday (offices are closed at week-ends anyway).
    expect(closingDaysError(2027, [{ day: '2027-06-05', name: 'Samedi' }])).toMatchObject({ field: ['days', '0', 'day'], code: 'WEEKEND_DAY', message: expect.stringMatching(/Saturday/) });
    expect(closingDaysError(2027, [{ day: '2027-06-06', name: 'Dimanche' }])?.code).toBe('WEEKEND_DAY');
    expect(closingDaysError(2027, [{ day: '2027-06-07', name: 'Lundi' }])).toBeNull();
  });
});
