// R12 leave decisions with the repositories and the org port replaced: an approval becomes an
// absence and rechecks the helper-days it covers; a refusal writes nothing. Over GraphQL on a real
// PostgreSQL: leave.test.ts.
import { describe, expect, it, vi } from 'vitest';
import { fakeUnitOfWork } from '../../db/unit-of-work.js';
import { RuleViolation } from '../../shared/outcome.js';
import type { StaffViewer } from '../auth/index.js';
import { ConflictEngine } from './conflict.engine.js';
import { DEFAULT_SETTINGS } from './conflict.rules.js';
import { helperDay } from './conflict.scopes.js';
import { LeaveService } from './leave.service.js';
import type { ScheduleRepositories } from './schedules.repositories.js';

const NOW = new Date('2026-03-10T10:00:00Z');
const S1 = '11111111-1111-4111-8111-111111111111';
const H = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const L = 'dddddddd-dddd-4ddd-8ddd-dddddddddddd';
const worker = { kind: 'STAFF', sessionId: 's', staffId: 'cccccccc-cccc-4ccc-8ccc-cccccccccccc', role: 'SOCIAL_WORKER', sectorId: S1 } as StaffViewer;
const request = { id: L, helperId: H, kind: 'LEAVE', status: 'REQUESTED', startsAt: new Date('2026-03-16T07:00:00Z'), endsAt: new Date('2026-03-18T16:00:00Z'), hours: '22.8', note: 'Family' };

function service(opts: { clash?: boolean; raceLost?: boolean; status?: string; sectorId?: string } = {}) {
  const leave = {
    lock: vi.fn(async () => ({ ...request, status: opts.status ?? 'REQUESTED' })),
    helper: vi.fn(async () => [{ id: H, fte: '1.0', role: 'HOME_HELPER', sectorId: opts.sectorId ?? S1 }]),
    update: vi.fn(async (_id: string, values: Record<string, unknown>) => ({ ...request, ...values, requestedById: H, requestedAt: NOW, decidedAt: NOW, decisionNote: null })),
  };
  const absences = {
    overlapping: vi.fn(async () => (opts.clash ? [{ kind: 'SICKNESS' }] : [])),
    record: vi.fn(async () => (opts.raceLost ? null : { id: 'absence-1' })),
  };
  const engine = new ConflictEngine(DEFAULT_SETTINGS);
  const reconcile = vi.spyOn(engine, 'reconcile').mockResolvedValue({ opened: [], resolved: [] });
  const repos = { leave, absences, schedule: {}, conflicts: {}, outbox: { publish: vi.fn(), publishAll: vi.fn() } } as unknown as ScheduleRepositories;
  return { leave, absences, reconcile, svc: new LeaveService(fakeUnitOfWork(repos), engine) };
}

describe('LeaveService.decide (R12)', () => {
  it('an approval records the absence through the org port and rechecks each day it covers, publishing with it', async () => {
    const { svc, absences, reconcile, leave } = service();
    const decided = await svc.decide({ leaveRequestId: L, approve: true, note: null }, worker, NOW);
    expect(absences.record).toHaveBeenCalledWith(expect.objectContaining({ staffId: H, kind: 'LEAVE', recordedById: worker.staffId, recordedAt: NOW }));
    expect(leave.update).toHaveBeenCalledWith(L, expect.objectContaining({ status: 'APPROVED', absenceId: 'absence-1' }));
    expect(decided.status).toBe('APPROVED');
    const [, scopes, opts] = reconcile.mock.calls[0];
    expect(scopes).toEqual([helperDay(H, '2026-03-16'), helperDay(H, '2026-03-17'), helperDay(H, '2026-03-18')]);
    expect(opts.events?.map((e) => e.type)).toEqual(['LEAVE_APPROVED', 'ABSENCE_RECORDED']);
  });

  it('a rejection records no absence and rechecks nothing, but still tells who follows the schedule', async () => {
    const { svc, absences, reconcile } = service();
    await svc.decide({ leaveRequestId: L, approve: false, note: 'Too many away that week' }, worker, NOW);
    expect(absences.record).not.toHaveBeenCalled();
    expect(reconcile).toHaveBeenCalledWith(expect.anything(), [], expect.objectContaining({ events: [expect.objectContaining({ type: 'LEAVE_REJECTED' })] }));
  });

  it('an absence already there refuses the approval (ABSENCE_OVERLAP) before anything is written', async () => {
    const { svc, absences, leave } = service({ clash: true });
    const err = await svc.decide({ leaveRequestId: L, approve: true, note: null }, worker, NOW).catch((e) => e);
    expect(err).toBeInstanceOf(RuleViolation);
    expect(err.errors[0]).toMatchObject({ field: ['input', 'leaveRequestId'], code: 'ABSENCE_OVERLAP' });
    expect(absences.record).not.toHaveBeenCalled();
    expect(leave.update).not.toHaveBeenCalled();
  });

  it('a race lost to another absence (the database refused it) is the same ABSENCE_OVERLAP, naming this input', async () => {
    const { svc, leave } = service({ raceLost: true });
    await expect(svc.decide({ leaveRequestId: L, approve: true, note: null }, worker, NOW)).rejects.toMatchObject({ errors: [{ field: ['input', 'leaveRequestId'], code: 'ABSENCE_OVERLAP' }] });
    expect(leave.update).not.toHaveBeenCalled();
  });

  it('another sector’s helper is no request this social worker decides (UNKNOWN_LEAVE_REQUEST); a decided one is ALREADY_DECIDED', async () => {
    await expect(service({ sectorId: '22222222-2222-4222-8222-222222222222' }).svc.decide({ leaveRequestId: L, approve: true, note: null }, worker, NOW)).rejects.toMatchObject({ errors: [{ code: 'UNKNOWN_LEAVE_REQUEST' }] });
    await expect(service({ status: 'APPROVED' }).svc.decide({ leaveRequestId: L, approve: true, note: null }, worker, NOW)).rejects.toMatchObject({ errors: [{ code: 'ALREADY_DECIDED' }] });
  });
});
