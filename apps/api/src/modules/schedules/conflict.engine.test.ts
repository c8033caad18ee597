// The conflict engine on one change, with its repositories replaced: which units it rechecks, what
// it opens, resolves and publishes. The same engine over a real PostgreSQL is in conflict.test.ts.
import { describe, expect, it, vi } from 'vitest';
import { ConflictEngine } from './conflict.engine.js';
import type { ConflictRow } from './conflict.repository.js';
import { DEFAULT_SETTINGS } from './conflict.rules.js';
import { helperDay, scopesOf } from './conflict.scopes.js';
import type { ConflictEngineRepositories } from './schedules.repositories.js';

const NOW = new Date('2026-03-10T06:00:00Z');
const H = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const S = '11111111-1111-4111-8111-111111111111';
const C1 = 'c1c1c1c1-c1c1-4c1c-8c1c-c1c1c1c1c1c1';
const C2 = 'c2c2c2c2-c2c2-4c2c-8c2c-c2c2c2c2c2c2';
const at = (hhmm: string) => new Date(`2026-03-10T${hhmm}:00+01:00`);
const entry = (id: string, caseFileId: string, from: string, to: string) => ({
  id, helperId: H, caseFileId, sectorId: S, kind: 'HOUSEHOLD' as const, tasks: ['CLEANING'], startsAt: at(from), endsAt: at(to), latitude: 50.85, longitude: 4.35,
});

function world(opts: { entries: ReturnType<typeof entry>[]; open?: Partial<ConflictRow>[] }) {
  const conflicts = {
    helpers: vi.fn(async () => [{ id: H, fullName: 'Hélène Aide', role: 'HOME_HELPER', fte: '1.0', sectorId: S }]),
    absencesOverlapping: vi.fn(async () => []),
    agreedPlanHours: vi.fn(async () => []),
    openInScopes: vi.fn(async () => opts.open ?? []),
    insert: vi.fn(async (values: Partial<ConflictRow>[]) => values.map((v, i) => ({ id: `new-${i}`, resolvedAt: null, ...v }))),
    resolve: vi.fn(async (ids: string[]) => (opts.open ?? []).filter((c) => ids.includes(c.id as string)).map((c) => ({ ...c, resolvedAt: NOW }))),
    reword: vi.fn(async () => undefined),
  };
  const schedule = {
    plannedOfHelpers: vi.fn(async () => opts.entries),
    plannedOfCases: vi.fn(async () => opts.entries),
  };
  const outbox = { publish: vi.fn(), publishAll: vi.fn(async () => []) };
  const repos = { conflicts, schedule, outbox, closedDays: { between: vi.fn(async () => []) } } as unknown as ConflictEngineRepositories;
  return { repos, conflicts, schedule, outbox, engine: new ConflictEngine(DEFAULT_SETTINGS) };
}

describe('ConflictEngine.reconcile', () => {
  it('a visit moved onto another one opens DOUBLE_BOOKING on that helper-day and publishes it after the change’s own event', async () => {
    const moved = entry('e2', C2, '09:30', '10:30');
    const w = world({ entries: [entry('e1', C1, '09:00', '10:00'), moved] });
    const changed = { type: 'SCHEDULE_CHANGED', topic: 'schedule' as const, payload: {} };
    const r = await w.engine.reconcile(w.repos, scopesOf(moved), { now: NOW, actorId: 'sw', events: [changed] });
    expect(r.opened.map((c) => c.rule)).toEqual(['DOUBLE_BOOKING']);
    expect(r.opened[0]).toMatchObject({ scope: helperDay(H, '2026-03-10'), sectorId: S, helperId: H, entryIds: ['e1', 'e2'], severity: 'HIGH', hard: true, openedAt: NOW });
    expect(r.resolved).toEqual([]);
    // Only the units the change touches are read: this helper's day and week, this case's week.
    expect(w.conflicts.openInScopes).toHaveBeenCalledWith(scopesOf(moved));
    const [published] = w.outbox.publishAll.mock.calls[0] as unknown as [{ type: string }[]];
    expect(published.map((e) => e.type)).toEqual(['SCHEDULE_CHANGED', 'CONFLICT_OPENED']);
  });

  it('the cause gone (the visit moved away), the open conflict is resolved, not opened again', async () => {
    const e1 = entry('e1', C1, '09:00', '10:00');
    const e2 = entry('e2', C2, '11:00', '12:00');
    const open = { id: 'old', key: 'DOUBLE_BOOKING:e1:e2', scope: helperDay(H, '2026-03-10'), rule: 'DOUBLE_BOOKING', sectorId: S, helperId: H, explanation: 'x', facts: null };
    const w = world({ entries: [e1, e2], open: [open] });
    const r = await w.engine.reconcile(w.repos, scopesOf(e2), { now: NOW, actorId: 'sw' });
    expect(r.opened).toEqual([]);
    expect(r.resolved.map((c) => c.id)).toEqual(['old']);
    expect(w.conflicts.resolve).toHaveBeenCalledWith(['old'], NOW);
    const [published] = w.outbox.publishAll.mock.calls[0] as unknown as [{ type: string }[]];
    expect(published.map((e) => e.type)).toEqual(['CONFLICT_RESOLVED']);
  });

  it('a preview (publishEvents: false) tells nobody, though it computes the same conflicts', async () => {
    const e2 = entry('e2', C2, '09:30', '10:30');
    const w = world({ entries: [entry('e1', C1, '09:00', '10:00'), e2] });
    const r = await w.engine.reconcile(w.repos, scopesOf(e2), { now: NOW, actorId: 'sw', publishEvents: false });
    expect(r.opened).toHaveLength(1);
    expect(w.outbox.publishAll).not.toHaveBeenCalled();
  });

  it('no unit to recheck: nothing is read, the change’s own events still go out', async () => {
    const w = world({ entries: [] });
    await w.engine.reconcile(w.repos, [], { now: NOW, actorId: 'sw', events: [{ type: 'LEAVE_REJECTED', topic: 'schedule', payload: {} }] });
    expect(w.conflicts.openInScopes).not.toHaveBeenCalled();
    expect(w.outbox.publishAll).toHaveBeenCalledWith([expect.objectContaining({ type: 'LEAVE_REJECTED' })]);
  });
});
