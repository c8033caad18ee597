// ReplacementService's branches with its repositories replaced: no database. What crosses the wire
// (R13 over GraphQL, concurrent replacements, R5 on why) is pinned by permanence.test.ts and tests/security.
import { describe, expect, it, vi } from 'vitest';
import { fakeUnitOfWork } from '../../db/unit-of-work.js';
import { RuleViolation } from '../../shared/outcome.js';
import type { PermanenceRepositories } from './permanence.repositories.js';
import type { ShiftRow } from './permanence.repository.js';
import { ReplacementService } from './replacement.service.js';

const NOW = new Date('2026-11-23T09:00:00Z'); // Monday 10:00 in Brussels
const DAY = 86_400_000;
const SHIFT = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const SPLIT = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';
const OLD = '11111111-1111-4111-8111-111111111111';
const NEW = '22222222-2222-4222-8222-222222222222';
const relay = { staffId: 'cccccccc-cccc-4ccc-8ccc-cccccccccccc' };

function service(shift: Partial<ShiftRow>) {
  const row = { id: SHIFT, kind: 'WEEKDAY', holderStaffId: OLD, holderBinomeId: null, substitutedMemberId: null, substituteId: null, createdAt: NOW, updatedAt: NOW, ...shift } as ShiftRow;
  const permanence = {
    lockShift: vi.fn(async () => row),
    lockShifts: vi.fn(async () => []),
    openAlertsOfShifts: vi.fn(async () => []),
    resolveAlerts: vi.fn(async () => []),
    endShiftAt: vi.fn(async () => {}),
    insertShift: vi.fn(async (values: Partial<ShiftRow>) => ({ ...row, ...values, id: SPLIT })),
    setHolder: vi.fn(async (_id: string, holder: Partial<ShiftRow>) => ({ ...row, ...holder })),
    insertReplacement: vi.fn(async (values: Record<string, unknown>) => ({ id: 'r1', ...values })),
  };
  const org = {
    staffByIds: vi.fn(async (ids: readonly string[]) => ids.map((id) => ({ id, fullName: `P ${id.slice(0, 2)}`, role: 'SOCIAL_WORKER' }))),
    binomesByIds: vi.fn(async () => []),
    absencesOverlapping: vi.fn(async () => []),
  };
  const outbox = { publish: vi.fn(async () => 1) };
  const swaps = { cancelOpenOfShift: vi.fn(async () => []) };
  const svc = new ReplacementService(fakeUnitOfWork({ permanence, org, outbox, swaps } as unknown as PermanenceRepositories));
  return { svc, permanence, org, outbox };
}

describe('ReplacementService', () => {
  it('a shift under way is split at now: the hours held stay with their holder, the rest goes to the new one', async () => {
    const startsAt = new Date(NOW.getTime() - 2 * 3_600_000);
    const endsAt = new Date(NOW.getTime() + 6 * 3_600_000);
    const { svc, permanence, org, outbox } = service({ startsAt, endsAt });
    const r = await svc.takeOver({ shiftId: SHIFT, holderStaffId: NEW, event: 'Malaise de la titulaire' }, relay, NOW);
    expect(permanence.endShiftAt).toHaveBeenCalledWith(SHIFT, NOW);
    expect(permanence.insertShift).toHaveBeenCalledWith(expect.objectContaining({ startsAt: NOW, endsAt, holderStaffId: NEW, holderBinomeId: null }));
    expect(permanence.setHolder).not.toHaveBeenCalled();
    // The new holder must be present for what is left of the shift, not for the hours already held.
    expect(org.absencesOverlapping).toHaveBeenCalledWith({ staffIds: [NEW], from: NOW, to: endsAt });
    expect(permanence.insertReplacement).toHaveBeenCalledWith(expect.objectContaining({ shiftId: SPLIT, kind: 'EMERGENCY', previousStaffId: OLD, newStaffId: NEW }));
    expect(outbox.publish).toHaveBeenCalledWith(expect.objectContaining({ type: 'SHIFT_HOLDER_CHANGED', subjectId: SPLIT, payload: expect.objectContaining({ splitFromShiftId: SHIFT }) }));
    expect(r.shift.dbId).toBe(SPLIT);
  });

  it('R13: a week ahead is a PLANNED replacement on the shift itself, no event needed', async () => {
    const startsAt = new Date(NOW.getTime() + 7 * DAY);
    const { svc, permanence } = service({ startsAt, endsAt: new Date(startsAt.getTime() + 8 * 3_600_000) });
    const r = await svc.replace({ shiftId: SHIFT, holderStaffId: NEW }, relay, NOW);
    expect(permanence.setHolder).toHaveBeenCalledWith(SHIFT, { holderStaffId: NEW, holderBinomeId: null, substitutedMemberId: null, substituteId: null }, NOW);
    expect(permanence.endShiftAt).not.toHaveBeenCalled();
    expect(r.replacement.kind).toBe('PLANNED');
  });

  it('R13: less than a week ahead without the event behind it is REPLACEMENT_TOO_LATE and nothing is written', async () => {
    const startsAt = new Date(NOW.getTime() + 7 * DAY - 60_000);
    const { svc, permanence, outbox } = service({ startsAt, endsAt: new Date(startsAt.getTime() + 8 * 3_600_000) });
    const err = await svc.replace({ shiftId: SHIFT, holderStaffId: NEW, event: '  ' }, relay, NOW).catch((e) => e);
    expect(err).toBeInstanceOf(RuleViolation);
    expect(err.errors[0]).toMatchObject({ field: ['input', 'event'], code: 'REPLACEMENT_TOO_LATE' });
    expect(permanence.setHolder).not.toHaveBeenCalled();
    expect(outbox.publish).not.toHaveBeenCalled();
  });

  it('R13: with the event, the same change is SAME_DAY', async () => {
    const startsAt = new Date(NOW.getTime() + 3 * DAY);
    const { svc } = service({ startsAt, endsAt: new Date(startsAt.getTime() + 8 * 3_600_000) });
    const r = await svc.replace({ shiftId: SHIFT, holderStaffId: NEW, event: 'Hospitalisation' }, relay, NOW);
    expect(r.replacement.kind).toBe('SAME_DAY');
  });

  it('the holder it already has is NO_CHANGE', async () => {
    const startsAt = new Date(NOW.getTime() + 10 * DAY);
    const { svc, permanence } = service({ startsAt, endsAt: new Date(startsAt.getTime() + 8 * 3_600_000) });
    await expect(svc.replace({ shiftId: SHIFT, holderStaffId: OLD }, relay, NOW)).rejects.toMatchObject({ errors: [{ code: 'NO_CHANGE' }] });
    expect(permanence.insertReplacement).not.toHaveBeenCalled();
  });
});
