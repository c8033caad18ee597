// R2 rules as pure functions: the model participation scale, the maximum rate, proof validation,
// and when a file goes to (and leaves) the relay social worker's follow-up.
import { describe, expect, it } from 'vitest';
import { financialParticipation, followUpEnds, followUpReason, incomeProofError, MAXIMUM_HOURLY_RATE, proofsComplete } from './income.rules.js';

const received = (monthlyAmount: number) => ({ status: 'RECEIVED' as const, monthlyAmount });
const missing = { status: 'MISSING' as const, monthlyAmount: null };

describe('R2 financial participation (model scale)', () => {
  it('R2: the hourly contribution follows the band of the monthly household income', () => {
    expect(financialParticipation([received(1100)], 0, null)).toMatchObject({ basis: 'PROOFS', householdMonthlyIncome: 1100, band: 1, hourlyRate: 1 });
    expect(financialParticipation([received(1300)], 0, null)).toMatchObject({ band: 1, hourlyRate: 1 });
    expect(financialParticipation([received(1300.01)], 0, null)).toMatchObject({ band: 2, hourlyRate: 2.5 });
    expect(financialParticipation([received(1500), received(700)], 0, null)).toMatchObject({ householdMonthlyIncome: 2200, band: 3, hourlyRate: 4.5 });
    expect(financialParticipation([received(9000)], 0, null)).toMatchObject({ band: 5, hourlyRate: 8.5 });
  });

  it('R2: other household members lower the income per consumption unit (0.5 each)', () => {
    const p = financialParticipation([received(2400)], 2, null);
    expect(p).toMatchObject({ householdMonthlyIncome: 2400, equivalisedMonthlyIncome: 1200, band: 1, hourlyRate: 1 });
  });

  it('R2: while a proof is missing, or none is recorded, the maximum rate applies and no income is shown', () => {
    for (const proofs of [[], [received(900), missing]]) {
      expect(financialParticipation(proofs, 0, 10)).toEqual({ basis: 'MAXIMUM_RATE_PROOFS_MISSING', householdMonthlyIncome: null, equivalisedMonthlyIncome: null, band: null, hourlyRate: MAXIMUM_HOURLY_RATE, weeklyAmount: 85 });
    }
  });

  it('R2: the weekly amount is the hourly rate times the weekly hours of help', () => {
    expect(financialParticipation([received(1600)], 0, 6).weeklyAmount).toBe(15);
    expect(financialParticipation([received(1600)], 0, null).weeklyAmount).toBeNull();
  });
});

describe('R2 proofs and follow-up', () => {
  it('a received proof needs its date (not in the future) and its amount; a missing one carries neither', () => {
    const today = '2026-11-23';
    expect(incomeProofError({ status: 'RECEIVED', monthlyAmount: 1200, receivedOn: '2026-11-20' }, today)).toBeNull();
    expect(incomeProofError({ status: 'RECEIVED', monthlyAmount: 1200, receivedOn: null }, today)).toMatchObject({ field: 'receivedOn', code: 'REQUIRED' });
    expect(incomeProofError({ status: 'RECEIVED', monthlyAmount: 1200, receivedOn: '2026-11-24' }, today)).toMatchObject({ field: 'receivedOn', code: 'RECEIVED_IN_FUTURE' });
    expect(incomeProofError({ status: 'RECEIVED', monthlyAmount: null, receivedOn: today }, today)).toMatchObject({ field: 'monthlyAmount', code: 'REQUIRED' });
    expect(incomeProofError({ status: 'RECEIVED', monthlyAmount: -1, receivedOn: today }, today)).toMatchObject({ field: 'monthlyAmount', code: 'INVALID_AMOUNT' });
    expect(incomeProofError({ status: 'MISSING', monthlyAmount: null, receivedOn: null }, today)).toBeNull();
    expect(incomeProofError({ status: 'MISSING', monthlyAmount: 10, receivedOn: null }, today)).toMatchObject({ code: 'MISSING_PROOF_HAS_NO_DATA' });
  });

  it('R2: proofs are complete with at least one and none missing', () => {
    expect(proofsComplete([])).toBe(false);
    expect(proofsComplete([received(1), missing])).toBe(false);
    expect(proofsComplete([received(1)])).toBe(true);
  });

  it('R2: a visit done with proofs missing, or a check finding participation not in order, starts a follow-up', () => {
    expect(followUpReason({ kind: 'VISIT_DONE' }, [])).toBe('PROOFS_MISSING_AFTER_VISIT');
    expect(followUpReason({ kind: 'VISIT_DONE' }, [missing])).toBe('PROOFS_MISSING_AFTER_VISIT');
    expect(followUpReason({ kind: 'VISIT_DONE' }, [received(1)])).toBeNull();
    expect(followUpReason({ kind: 'FILE_CHECKED', financialParticipationOk: false }, [received(1)])).toBe('PARTICIPATION_NOT_OK');
    expect(followUpReason({ kind: 'FILE_CHECKED', financialParticipationOk: true }, [])).toBeNull();
  });

  it('R2: the follow-up ends when a proof recorded as received completes the proofs', () => {
    expect(followUpEnds('RECEIVED', [received(1)])).toBe(true);
    expect(followUpEnds('RECEIVED', [received(1), missing])).toBe(false);
    expect(followUpEnds('MISSING', [received(1)])).toBe(false);
  });
});
