// Intake rules for beneficiaries: the Belgian national-register number and its check digits.
import { MARITAL_STATUSES } from '../../shared/vocabulary/cases.js';
export { MARITAL_STATUSES };

export type NrnError = 'FORMAT' | 'CHECK_DIGITS' | 'BIRTH_DATE';

/** Keeps the digits only: "85.07.30-033.28" and "85073003328" are the same number. */
export function normaliseNationalRegisterNumber(raw: string): string {
  return raw.replace(/[\s.\-/]/g, '');
}

/**
 * 11 digits YYMMDDSSSCC; CC = 97 - (first 9 digits mod 97), and for people born from 2000 on the
 * 9 digits are prefixed with "2". When a birth date is known it must agree with the number.
 */
export function nationalRegisterNumberError(raw: string, birthDate?: string | null): NrnError | null {
  const nrn = normaliseNationalRegisterNumber(raw);
  if (!/^\d{11}$/.test(nrn)) return 'FORMAT';
  const body = nrn.slice(0, 9);
  const check = Number(nrn.slice(9));
  const before2000 = 97 - (Number(body) % 97) === check;
  const from2000 = 97 - (Number(`2${body}`) % 97) === check;
  if (!before2000 && !from2000) return 'CHECK_DIGITS';
  if (birthDate) {
    const [y, m, d] = birthDate.split('-');
    const yy = y.slice(2);
    // Month or day 00 are used when the birth date is unknown to the register: nothing to compare.
    if (nrn.slice(2, 4) !== '00' && nrn.slice(4, 6) !== '00') {
      const centuryOk = Number(y) >= 2000 ? from2000 : before2000;
      if (nrn.slice(0, 2) !== yy || nrn.slice(2, 4) !== m || nrn.slice(4, 6) !== d || !centuryOk) return 'BIRTH_DATE';
    }
  }
  return null;
}
