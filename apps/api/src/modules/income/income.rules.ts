// R2 rules: proofs of income, the financial participation that results, and when a file needs
// the relay social worker's follow-up. Pure functions: no SQL, no clock.
import { INCOME_FOLLOW_UP_REASONS, INCOME_PROOF_KINDS, INCOME_PROOF_STATUSES, type IncomeFollowUpReason, type IncomeProofKind, type IncomeProofStatus } from '../../shared/vocabulary/income.js';
export { INCOME_FOLLOW_UP_REASONS, INCOME_PROOF_KINDS, INCOME_PROOF_STATUSES, type IncomeFollowUpReason, type IncomeProofKind, type IncomeProofStatus };

export const PARTICIPATION_BASES = ['PROOFS', 'MAXIMUM_RATE_PROOFS_MISSING'] as const;
export type ParticipationBasis = (typeof PARTICIPATION_BASES)[number];

export interface ProofFacts {
  status: IncomeProofStatus;
  monthlyAmount: number | null;
}

/**
 * A MODEL, not the service's official scale (the source documents give none): the beneficiary pays
 * an hourly contribution for the help received, by bands of monthly net household income divided
 * over the household (the beneficiary counts 1, each other household member 0.5, as in the usual
 * "equivalised income"). The service should replace these figures with its own scale.
 */
export const PARTICIPATION_BANDS: readonly { band: number; upToMonthly: number; hourlyRate: number }[] = [
  { band: 1, upToMonthly: 1300, hourlyRate: 1.0 },
  { band: 2, upToMonthly: 1700, hourlyRate: 2.5 },
  { band: 3, upToMonthly: 2200, hourlyRate: 4.5 },
  { band: 4, upToMonthly: 2800, hourlyRate: 6.5 },
  { band: 5, upToMonthly: Number.POSITIVE_INFINITY, hourlyRate: 8.5 },
];
/** R2 (model): without complete proofs the beneficiary pays the maximum rate, the top band's. */
export const MAXIMUM_HOURLY_RATE = 8.5;

/** Proofs are complete when at least one is recorded and none is still missing. */
export function proofsComplete(proofs: readonly Pick<ProofFacts, 'status'>[]): boolean {
  return proofs.length > 0 && proofs.every((p) => p.status === 'RECEIVED');
}

export interface Participation {
  basis: ParticipationBasis;
  /** Sum of the received proofs' monthly amounts; null when the proofs are not complete. */
  householdMonthlyIncome: number | null;
  /** Income per consumption unit, the figure the bands apply to. */
  equivalisedMonthlyIncome: number | null;
  band: number | null;
  hourlyRate: number;
  /** hourlyRate × the weekly hours of help of the plan in force, when there is one. */
  weeklyAmount: number | null;
}

/** R2: the financial participation that results from the proofs of income (see the model above). */
export function financialParticipation(proofs: readonly ProofFacts[], otherHouseholdMembers: number, weeklyHours: number | null): Participation {
  const weekly = (rate: number) => (weeklyHours === null ? null : Math.round(rate * weeklyHours * 100) / 100);
  if (!proofsComplete(proofs)) {
    return { basis: 'MAXIMUM_RATE_PROOFS_MISSING', householdMonthlyIncome: null, equivalisedMonthlyIncome: null, band: null, hourlyRate: MAXIMUM_HOURLY_RATE, weeklyAmount: weekly(MAXIMUM_HOURLY_RATE) };
  }
  const income = Math.round(proofs.reduce((sum, p) => sum + (p.monthlyAmount ?? 0), 0) * 100) / 100;
  const units = 1 + 0.5 * Math.max(0, otherHouseholdMembers);
  const equivalised = Math.round((income / units) * 100) / 100;
  const b = PARTICIPATION_BANDS.find((x) => equivalised <= x.upToMonthly) ?? PARTICIPATION_BANDS[PARTICIPATION_BANDS.length - 1];
  return { basis: 'PROOFS', householdMonthlyIncome: income, equivalisedMonthlyIncome: equivalised, band: b.band, hourlyRate: b.hourlyRate, weeklyAmount: weekly(b.hourlyRate) };
}

export type IncomeProofError = { field: 'monthlyAmount' | 'receivedOn'; code: string; message: string };

/** A received proof says when it came and what it shows; a missing one carries neither. */
export function incomeProofError(p: { status: IncomeProofStatus; monthlyAmount: number | null; receivedOn: string | null }, today: string): IncomeProofError | null {
  if (p.status === 'MISSING') {
    if (p.monthlyAmount !== null || p.receivedOn !== null) return { field: 'receivedOn', code: 'MISSING_PROOF_HAS_NO_DATA', message: 'A missing proof has no amount and no received date.' };
    return null;
  }
  if (p.receivedOn === null || !/^\d{4}-\d{2}-\d{2}$/.test(p.receivedOn)) return { field: 'receivedOn', code: 'REQUIRED', message: 'Say when the proof was received (YYYY-MM-DD).' };
  if (p.receivedOn > today) return { field: 'receivedOn', code: 'RECEIVED_IN_FUTURE', message: 'A proof cannot be received after today.' };
  if (p.monthlyAmount === null) return { field: 'monthlyAmount', code: 'REQUIRED', message: 'Give the monthly amount the proof shows.' };
  if (!Number.isFinite(p.monthlyAmount) || p.monthlyAmount < 0 || p.monthlyAmount > 100_000) return { field: 'monthlyAmount', code: 'INVALID_AMOUNT', message: 'The monthly amount is between 0 and 100 000 euros.' };
  return null;
}

/**
 * R2: when a file goes to the relay social worker's follow-up. After a visit is done, when its
 * proofs are not complete; after a file check, when financial participation was found not in order.
 */
export function followUpReason(event: { kind: 'VISIT_DONE' } | { kind: 'FILE_CHECKED'; financialParticipationOk: boolean }, proofs: readonly Pick<ProofFacts, 'status'>[]): IncomeFollowUpReason | null {
  if (event.kind === 'VISIT_DONE') return proofsComplete(proofs) ? null : 'PROOFS_MISSING_AFTER_VISIT';
  return event.financialParticipationOk ? null : 'PARTICIPATION_NOT_OK';
}

/** R2: the follow-up ends when a proof is recorded as received and the proofs are then complete. */
export function followUpEnds(recorded: IncomeProofStatus, proofs: readonly Pick<ProofFacts, 'status'>[]): boolean {
  return recorded === 'RECEIVED' && proofsComplete(proofs);
}
