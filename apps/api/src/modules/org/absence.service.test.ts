// AbsenceService's branches with its repositories and its effects elsewhere replaced: no database.
// What crosses the wire (coverage alerts, who to call, schedule conflicts after an absence) is
// pinned on a real PostgreSQL by permanence/who-to-call.test.ts and schedules/conflict.test.ts.
import { describe, expect, it, vi } from 'vitest';
import { fakeUnitOfWork } from '../../db/unit-of-work.js';
import { RuleViolation } from '../../shared/outcome.js';
import type { AbsenceRow } from './absence.ports.js';
import { AbsenceService, type AbsenceRepositories } from './absence.service.js';

const NOW = new Date('2026-03-10T10:00:00+01:00');
const P1 = '11111111-1111-4111-8111-111111111111';
const A1 = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const recorder = { staffId: 'cccccccc-cccc-4ccc-8ccc-cccccccccccc' };
const span = { startsAt: new Date('2026-03-12T08:00:00+01:00'), endsAt: new Date('2026-03-14T08:00:00+01:00') };

function service(opts: { clash?: boolean; existing?: AbsenceRow | null } = {}) {
  const steps: string[] = [];
  const row = (values: Partial<AbsenceRow>): AbsenceRow => ({ id: A1, staffId: P1, kind: 'SICKNESS', note: null, recordedById: recorder.staffId, recordedAt: NOW, cancelledAt: null, ...span, ...values }) as AbsenceRow;
  const follow = {
    written: vi.fn(async () => void steps.push('written')),
    published: vi.fn(async () => void steps.push('published')),
  };
  const effects = { prepare: vi.fn(async () => (steps.push('prepare'), follow)) };
  const org = {
    staffByIds: vi.fn(async (ids: readonly string[]) => (ids.includes(P1) ? [{ id: P1, fullName: 'Ana Peeters' }] : [])),
    absencesOverlapping: vi.fn(async () => (opts.clash ? [row({ kind: 'LEAVE' })] : [])),
    insertAbsence: vi.fn(async (values: Partial<AbsenceRow>) => (steps.push('insert'), row(values))),
    absenceById: vi.fn(async () => opts.existing ?? undefined),
    cancelAbsence: vi.fn(async () => (opts.existing ? (steps.push('cancel'), row({ cancelledAt: NOW })) : null)),
  };
  const outbox = { publish: vi.fn(async () => (steps.push('publish'), 1)) };
  const svc = new AbsenceService(fakeUnitOfWork({ org, outbox, effects } as unknown as AbsenceRepositories));
  return { svc, steps, org, outbox, effects, follow, row };
}

describe('AbsenceService.record', () => {
  it("an absence's effects: the held shifts locked before it is written, conflicts rechecked before its event, coverage after", async () => {
    const { svc, steps, effects, follow } = service();
    const absence = await svc.record({ staffId: P1, kind: 'SICKNESS', ...span, note: '  certificat  ' }, recorder, NOW);
    expect(steps).toEqual(['prepare', 'insert', 'written', 'publish', 'published']);
    expect(effects.prepare).toHaveBeenCalledWith({ staffId: P1, ...span }, NOW);
    expect(follow.written).toHaveBeenCalledWith(expect.objectContaining({ id: A1, staffId: P1 }), { now: NOW, actorId: recorder.staffId });
    expect(follow.published).toHaveBeenCalledWith({ now: NOW, actorId: recorder.staffId });
    expect(absence.note).toBe('certificat');
  });

  it('an overlapping absence is ABSENCE_OVERLAP and touches nothing elsewhere', async () => {
    const { svc, steps } = service({ clash: true });
    const err = await svc.record({ staffId: P1, kind: 'SICKNESS', ...span }, recorder, NOW).catch((e) => e);
    expect(err).toBeInstanceOf(RuleViolation);
    expect(err.errors[0]).toMatchObject({ field: ['input', 'startsAt'], code: 'ABSENCE_OVERLAP' });
    expect(steps).toEqual([]);
  });

  it('an unknown person is UNKNOWN_PERSON', async () => {
    const { svc, steps } = service();
    await expect(svc.record({ staffId: A1, kind: 'LEAVE', ...span }, recorder, NOW)).rejects.toMatchObject({ errors: [{ code: 'UNKNOWN_PERSON' }] });
    expect(steps).toEqual([]);
  });

  it('ends before it starts, or lasts over a year: refused before anything is read', async () => {
    const { svc, org } = service();
    await expect(svc.record({ staffId: P1, kind: 'LEAVE', startsAt: span.endsAt, endsAt: span.startsAt }, recorder, NOW)).rejects.toMatchObject({ errors: [{ code: 'ABSENCE_ENDS_BEFORE_START' }] });
    await expect(svc.record({ staffId: P1, kind: 'LEAVE', startsAt: span.startsAt, endsAt: new Date(span.startsAt.getTime() + 367 * 86_400_000) }, recorder, NOW)).rejects.toMatchObject({ errors: [{ code: 'ABSENCE_TOO_LONG' }] });
    expect(org.staffByIds).not.toHaveBeenCalled();
  });
});

describe('AbsenceService.cancel', () => {
  it("a cancelled absence's effects follow as a recorded one's do, over its own span", async () => {
    const existing = { id: A1, staffId: P1, ...span } as AbsenceRow;
    const { svc, steps, effects } = service({ existing });
    const absence = await svc.cancel(A1, recorder, NOW);
    expect(steps).toEqual(['prepare', 'cancel', 'written', 'publish', 'published']);
    expect(effects.prepare).toHaveBeenCalledWith(existing, NOW);
    expect(absence.cancelledAt).toEqual(NOW);
  });

  it('no absence in force is UNKNOWN_ABSENCE and nothing is published', async () => {
    const { svc, outbox, effects } = service({ existing: null });
    await expect(svc.cancel(A1, recorder, NOW)).rejects.toMatchObject({ errors: [{ field: ['input', 'absenceId'], code: 'UNKNOWN_ABSENCE' }] });
    expect(effects.prepare).not.toHaveBeenCalled();
    expect(outbox.publish).not.toHaveBeenCalled();
  });
});
