// SwapService's branches with its repositories replaced: no database. What crosses the wire (roles,
// R5, concurrency, the outbox read by subscribers) is pinned by swap.test.ts and swap-refusals.test.ts.
import { describe, expect, it, vi } from 'vitest';
import { fakeUnitOfWork } from '../../db/unit-of-work.js';
import type { PermanenceRepositories } from './permanence.repositories.js';
import type { ShiftRow } from './permanence.repository.js';
import type { SwapRow } from './swap.repository.js';
import { SwapService } from './swap.service.js';

const NOW = new Date('2026-11-23T09:00:00Z');
const DAY = 86_400_000;
const SHIFT = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const SWAP = 'dddddddd-dddd-4ddd-8ddd-dddddddddddd';
const BINOME = 'eeeeeeee-eeee-4eee-8eee-eeeeeeeeeeee';
const [PAUL, PIA, SAM, RELAY] = ['11111111-1111-4111-8111-111111111111', '22222222-2222-4222-8222-222222222222', '33333333-3333-4333-8333-333333333333', '44444444-4444-4444-8444-444444444444'];
const relay = { staffId: RELAY, role: 'RELAY_CONTROL_SOCIAL_WORKER' as const };

function service(status: SwapRow['status'], startsInDays = 14) {
  const startsAt = new Date(NOW.getTime() + startsInDays * DAY);
  const shift = { id: SHIFT, kind: 'WEEKDAY', startsAt, endsAt: new Date(startsAt.getTime() + 8.5 * 3_600_000), holderStaffId: null, holderBinomeId: BINOME, substitutedMemberId: null, substituteId: null, createdAt: NOW, updatedAt: NOW } as ShiftRow;
  let swap = { id: SWAP, shiftId: SHIFT, status, offeredById: PAUL, offeredAt: NOW, note: null, event: null, takenById: status === 'OFFERED' ? null : SAM, takenAt: NOW, decidedById: null, decidedAt: null, refusalReason: null, replacementId: null, endedById: null, endedAt: null, undoReplacementId: null } as SwapRow;
  const permanence = {
    lockShift: vi.fn(async () => shift),
    lockShifts: vi.fn(async () => []),
    openAlertsOfShifts: vi.fn(async () => []),
    resolveAlerts: vi.fn(async () => []),
    setHolder: vi.fn(async (_id: string, holder: Partial<ShiftRow>) => ({ ...shift, ...holder })),
    insertReplacement: vi.fn(async (values: Record<string, unknown>) => ({ id: 'r1', ...values })),
  };
  const swaps = {
    byIds: vi.fn(async () => [swap]),
    lock: vi.fn(async () => swap),
    update: vi.fn(async (_id: string, values: Partial<SwapRow>) => (swap = { ...swap, ...values })),
    cancelOpenOfShift: vi.fn(async () => []),
  };
  const org = {
    staffByIds: vi.fn(async (ids: readonly string[]) => ids.map((id) => ({ id, fullName: `P ${id.slice(0, 2)}`, role: 'SOCIAL_WORKER' }))),
    binomesByIds: vi.fn(async () => [{ id: BINOME, firstMemberId: PAUL, secondMemberId: PIA }]),
    absencesOverlapping: vi.fn(async () => []),
  };
  const outbox = { publish: vi.fn(async () => 1) };
  const svc = new SwapService(fakeUnitOfWork({ permanence, swaps, org, outbox } as unknown as PermanenceRepositories));
  return { svc, permanence, swaps, outbox };
}

describe('SwapService', () => {
  it('approving a taken swap puts the taker in the offerer\'s place on the binôme\'s shift, records it as PLANNED, links it, and tells the board', async () => {
    const { svc, permanence, swaps, outbox } = service('TAKEN');
    const r = await svc.approve({ swapId: SWAP }, relay, NOW);
    expect(permanence.setHolder).toHaveBeenCalledWith(SHIFT, { holderStaffId: null, holderBinomeId: BINOME, substitutedMemberId: PAUL, substituteId: SAM }, NOW);
    expect(permanence.insertReplacement).toHaveBeenCalledWith(
      expect.objectContaining({ kind: 'PLANNED', previousBinomeId: BINOME, previousSubstituteId: null, newBinomeId: BINOME, newStaffId: null, newSubstitutedMemberId: PAUL, newSubstituteId: SAM, recordedById: RELAY }),
    );
    expect(swaps.update).toHaveBeenNthCalledWith(1, SWAP, { status: 'APPROVED', decidedById: RELAY, decidedAt: NOW });
    expect(swaps.update).toHaveBeenNthCalledWith(2, SWAP, { replacementId: 'r1' });
    expect(outbox.publish.mock.calls.map(([e]: any) => e.type)).toEqual(['SHIFT_HOLDER_CHANGED', 'SWAP_APPROVED']);
    expect(r.swap.status).toBe('APPROVED');
  });

  it('an offer nobody has taken is not approved, and nothing is written', async () => {
    const { svc, permanence, swaps, outbox } = service('OFFERED');
    await expect(svc.approve({ swapId: SWAP }, relay, NOW)).rejects.toMatchObject({ errors: [{ field: ['input', 'swapId'], code: 'SWAP_NOT_TAKEN' }] });
    expect(permanence.setHolder).not.toHaveBeenCalled();
    expect(swaps.update).not.toHaveBeenCalled();
    expect(outbox.publish).not.toHaveBeenCalled();
  });

  it('R13: approving three days ahead without an event is REPLACEMENT_TOO_LATE', async () => {
    const { svc, permanence } = service('TAKEN', 3);
    await expect(svc.approve({ swapId: SWAP }, relay, NOW)).rejects.toMatchObject({ errors: [{ field: ['input', 'event'], code: 'REPLACEMENT_TOO_LATE' }] });
    expect(permanence.setHolder).not.toHaveBeenCalled();
  });

  it('a refusal without a reason is REASON_REQUIRED; with one, the swap is REFUSED and the holder stays', async () => {
    const { svc, permanence, swaps } = service('TAKEN');
    await expect(svc.refuse({ swapId: SWAP, reason: '  ' }, relay, NOW)).rejects.toMatchObject({ errors: [{ field: ['input', 'reason'], code: 'REASON_REQUIRED' }] });
    const r = await svc.refuse({ swapId: SWAP, reason: ' Binôme incomplet ' }, relay, NOW);
    expect(swaps.update).toHaveBeenCalledWith(SWAP, { status: 'REFUSED', decidedById: RELAY, decidedAt: NOW, refusalReason: 'Binôme incomplet' });
    expect(permanence.setHolder).not.toHaveBeenCalled();
    expect(r.swap.status).toBe('REFUSED');
  });
});
