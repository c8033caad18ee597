// Swaps through GraphQL on a real database (R13): from offer to approval, R13 on offers and approvals,
// twenty identical requests at once. Refusals, roles, undo and reassign: swap-refusals.test.ts.
import { and, count, eq } from 'drizzle-orm';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { fromGlobalId } from '../../shared/global-id.js';
import { events, permanenceReplacements, permanenceSwaps } from '../../db/schema/index.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { days, hours, makeAbsence, plus } from '@support/factories.js';
import { shiftAt } from '@support/world.js';
import { APPROVE, HISTORY, NOW, OFFER, PENDING, REFUSE, TAKE, UNDO, swapWorld, type SwapWorld } from '@support/swap-world.js';

let t: SwapWorld;
const fromGid = (gid: string) => fromGlobalId(gid, 'PermanenceSwap')?.id ?? '';
beforeAll(async () => {
  t = await swapWorld();
});
afterAll(() => t?.server.close());
afterEach(() => {
  t.server.clock.now = NOW;
});

describe('a swap from offer to approval', () => {
  it('a holder offers her shift, a colleague takes it, the relay approves: the taker holds her place beside the other binôme member, everyone is told, the history reads in order', async () => {
    const shift = shiftAt(t.w, plus(NOW, days(14)));
    const swapId = await t.offer(shift.gid, { note: 'Formation ce jour-là' });
    // Approvers see every pending swap; a colleague who may take it sees the open offer.
    for (const who of ['relay', 'director', 'spare']) {
      const list = await t.server.gql(PENDING, {}, t.as(who));
      expect(list.data?.permanenceSwapsPending, who).toContainEqual({ id: swapId, status: 'OFFERED', shift: { id: shift.gid }, offeredBy: { fullName: 'Paul Premier' } });
    }
    const taken = await t.server.gql(TAKE, { input: { swapId } }, t.as('spare'));
    expect(taken.data?.permanenceSwapTake).toMatchObject({ swap: { status: 'TAKEN', takenBy: { fullName: 'Sam Spare' } }, userErrors: [] });
    // Taken, it is no longer an open offer for others, but still the offerer's and the taker's.
    expect((await t.server.gql(PENDING, {}, t.as('flying'))).data?.permanenceSwapsPending.map((s: any) => s.id)).not.toContain(swapId);
    expect((await t.server.gql(PENDING, {}, t.as('p1'))).data?.permanenceSwapsPending.map((s: any) => s.id)).toContain(swapId);

    const [before] = await t.server.db.db.select({ n: count() }).from(events).where(eq(events.type, 'SHIFT_HOLDER_CHANGED'));
    const approved = await t.server.gql(APPROVE, { input: { swapId } }, t.as('relay'));
    expect(approved.data?.permanenceSwapApprove).toMatchObject({
      swap: { status: 'APPROVED', decidedBy: { fullName: 'Remi Relay' }, note: 'Formation ce jour-là', shift: { holders: [{ fullName: 'Sam Spare' }, { fullName: 'Pia Second' }] } },
      shift: { id: shift.gid, holders: [{ fullName: 'Sam Spare' }, { fullName: 'Pia Second' }], replacements: [{ kind: 'PLANNED', event: null }] },
      userErrors: [],
    });
    // The board, who-to-call and permanenceChanged subscribers read the outbox event replacements write.
    const changed = await t.server.db.db.select().from(events).where(and(eq(events.type, 'SHIFT_HOLDER_CHANGED'), eq(events.subjectId, shift.id)));
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatchObject({ topic: 'permanence', payload: { shiftId: shift.id, swapId: expect.any(String) } });
    const [after] = await t.server.db.db.select({ n: count() }).from(events).where(eq(events.type, 'SHIFT_HOLDER_CHANGED'));
    expect(after.n).toBe(before.n + 1);
    const onCall = await t.server.gql('query ($at: DateTime) { permanenceOnCall(at: $at) { current { holders { fullName } } } }', { at: plus(shift.startsAt, hours(1)) }, t.w.kiosk);
    expect(onCall.data?.permanenceOnCall.current.holders).toEqual([{ fullName: 'Sam Spare' }, { fullName: 'Pia Second' }]);

    const history = await t.server.gql(HISTORY, { id: shift.gid }, t.as('p1'));
    expect(history.data?.node.history.map((e: any) => [e.kind, e.actor.fullName, e.swap?.status ?? e.replacement?.kind])).toEqual([
      ['SWAP_OFFERED', 'Paul Premier', 'APPROVED'],
      ['SWAP_TAKEN', 'Sam Spare', 'APPROVED'],
      ['SWAP_APPROVED', 'Remi Relay', 'APPROVED'],
      ['HOLDER_CHANGED', 'Remi Relay', 'PLANNED'],
    ]);
    expect(history.data?.node.history[0].at).toBe(NOW.toISOString());
    expect((await t.server.gql(PENDING, {}, t.as('relay'))).data?.permanenceSwapsPending.map((s: any) => s.id)).not.toContain(swapId);
  });

  it('R13: an offer less than a week ahead needs the event behind it; with it, the approval is a same-day change', async () => {
    const shift = shiftAt(t.w, plus(NOW, days(3)));
    const before = await t.snapshot();
    const late = await t.server.gql(OFFER, { input: { shiftId: shift.gid } }, t.as('p1'));
    expect(late.data?.permanenceSwapOffer).toMatchObject({ swap: null, userErrors: [{ field: ['input', 'event'], code: 'REPLACEMENT_TOO_LATE', message: expect.stringContaining('R13') }] });
    expect(await t.snapshot()).toEqual(before);
    const swapId = await t.offeredAndTaken(shift.gid, { event: 'Enfant hospitalisé' });
    const approved = await t.server.gql(APPROVE, { input: { swapId } }, t.as('director'));
    expect(approved.data?.permanenceSwapApprove).toMatchObject({ swap: { status: 'APPROVED', event: 'Enfant hospitalisé' }, shift: { replacements: [{ kind: 'SAME_DAY', event: 'Enfant hospitalisé' }] }, userErrors: [] });
  });

  it('R13: an offer made a week ahead but approved later needs the event at approval', async () => {
    const shift = shiftAt(t.w, plus(NOW, days(8)));
    const swapId = await t.offeredAndTaken(shift.gid);
    t.server.clock.now = plus(NOW, days(2));
    const relay = await t.w.token(t.w.relay);
    const before = await t.snapshot();
    const late = await t.server.gql(APPROVE, { input: { swapId } }, relay);
    expect(late.data?.permanenceSwapApprove.userErrors).toMatchObject([{ field: ['input', 'event'], code: 'REPLACEMENT_TOO_LATE' }]);
    expect(await t.snapshot()).toEqual(before);
    const ok = await t.server.gql(APPROVE, { input: { swapId, event: 'Rappel en formation' } }, relay);
    expect(ok.data?.permanenceSwapApprove).toMatchObject({ swap: { status: 'APPROVED' }, shift: { replacements: [{ kind: 'SAME_DAY' }] }, userErrors: [] });
  });
});

describe('at once', () => {
  it('20 identical approvals at once give one approval, one change of holder, one event', async () => {
    const shift = shiftAt(t.w, plus(NOW, days(25)));
    const swapId = await t.offeredAndTaken(shift.gid);
    const results = await Promise.all(Array.from({ length: 20 }, () => t.server.gql(APPROVE, { input: { swapId } }, t.as('relay'))));
    expect(results.every((r) => !r.errors)).toBe(true);
    const errors = results.map((r) => r.data?.permanenceSwapApprove.userErrors);
    expect(errors.filter((e) => e.length === 0)).toHaveLength(1);
    expect(errors.filter((e) => e[0]?.code === 'SWAP_NOT_TAKEN')).toHaveLength(19);
    const rows = await t.server.db.db.select().from(permanenceReplacements).where(eq(permanenceReplacements.shiftId, shift.id));
    expect(rows).toHaveLength(1);
    const changed = await t.server.db.db.select().from(events).where(and(eq(events.type, 'SHIFT_HOLDER_CHANGED'), eq(events.subjectId, shift.id)));
    expect(changed).toHaveLength(1);
  });

  it('20 identical takes at once: one colleague takes it, the others are told it is no longer open', async () => {
    const shift = shiftAt(t.w, plus(NOW, days(37)));
    const swapId = await t.offer(shift.gid);
    const results = await Promise.all(Array.from({ length: 20 }, () => t.server.gql(TAKE, { input: { swapId } }, t.as('spare'))));
    const codes = results.map((r) => r.data?.permanenceSwapTake.userErrors[0]?.code ?? 'OK');
    expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
    expect(codes.filter((c) => c === 'SWAP_NOT_OFFERED')).toHaveLength(19);
    const [row] = await t.server.db.db.select().from(permanenceSwaps).where(eq(permanenceSwaps.id, fromGid(swapId)));
    expect(row).toMatchObject({ status: 'TAKEN', takenById: t.w.spare.id });
  });

  it('20 offers of one shift at once give one offer', async () => {
    const shift = shiftAt(t.w, plus(NOW, days(26)));
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => t.server.gql(OFFER, { input: { shiftId: shift.gid } }, t.as(i % 2 ? 'p1' : 'p2'))));
    expect(results.every((r) => !r.errors)).toBe(true);
    const codes = results.map((r) => r.data?.permanenceSwapOffer.userErrors[0]?.code ?? 'OK');
    expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
    expect(codes.filter((c) => c === 'SWAP_ALREADY_OFFERED')).toHaveLength(19);
    expect(await t.server.db.db.select().from(permanenceSwaps).where(eq(permanenceSwaps.shiftId, shift.id))).toHaveLength(1);
  });
});

describe('live', () => {
  it('an approval reaches permanenceChanged subscribers (the board, the kiosk) as the change of holder, with the new holder; never why (R5)', async () => {
    const shift = shiftAt(t.w, plus(NOW, days(36)));
    const swapId = await t.offeredAndTaken(shift.gid, { note: 'Raison personnelle' });
    const seen: any[] = [];
    let connected = false;
    const client = createClient({ url: t.server.wsUrl, webSocketImpl: WebSocket, connectionParams: { token: t.w.kiosk }, retryAttempts: 0, on: { connected: () => (connected = true) } });
    client.subscribe(
      { query: 'subscription { permanenceChanged { type shift { id holders { fullName } } replacement { kind reason newHolders { fullName } } } }' },
      { next: (r) => seen.push(r.data?.permanenceChanged), error: () => {}, complete: () => {} },
    );
    try {
      await expect.poll(() => connected).toBe(true);
      await new Promise((r) => setTimeout(r, 200));
      const approved = await t.server.gql(APPROVE, { input: { swapId } }, t.as('relay'));
      expect(approved.data?.permanenceSwapApprove.userErrors).toEqual([]);
      await expect.poll(() => seen.length, { timeout: 5_000 }).toBeGreaterThan(0);
      const pair = [{ fullName: 'Sam Spare' }, { fullName: 'Pia Second' }];
      expect(seen).toEqual([{ type: 'SHIFT_HOLDER_CHANGED', shift: { id: shift.gid, holders: pair }, replacement: { kind: 'PLANNED', reason: null, newHolders: pair } }]);
    } finally {
      await client.dispose();
    }
  });

  it('permanenceSwapChanged: a colleague hears of an open offer, not of the steps of a swap that is no longer hers to take (R5); a helper may not subscribe', async () => {
    const shift = shiftAt(t.w, plus(NOW, days(38)));
    const seen: string[] = [];
    const errors: unknown[] = [];
    let connected = 0;
    const subscribe = (token: string, sink: { next: (r: any) => void; error: (e: unknown) => void }) => {
      const client = createClient({ url: t.server.wsUrl, webSocketImpl: WebSocket, connectionParams: { token }, retryAttempts: 0, on: { connected: () => connected++ } });
      client.subscribe({ query: 'subscription { permanenceSwapChanged { type swap { status shift { id } } } }' }, { ...sink, complete: () => {} });
      return client;
    };
    const spare = subscribe(t.as('spare'), { next: (r) => r.data && seen.push(`${r.data.permanenceSwapChanged.type}:${r.data.permanenceSwapChanged.swap.status}`), error: () => {} });
    const helper = subscribe(t.as('helper'), { next: (r) => r.errors && errors.push(r.errors[0]?.extensions?.code), error: (e) => errors.push(e) });
    try {
      await expect.poll(() => connected).toBe(2);
      await new Promise((r) => setTimeout(r, 200));
      const swapId = await t.offer(shift.gid);
      await expect.poll(() => seen, { timeout: 5_000 }).toEqual(['SWAP_OFFERED:OFFERED']);
      expect((await t.server.gql(TAKE, { input: { swapId } }, t.as('flying'))).data?.permanenceSwapTake.userErrors).toEqual([]);
      expect((await t.server.gql(APPROVE, { input: { swapId } }, t.as('relay'))).data?.permanenceSwapApprove.userErrors).toEqual([]);
      // Sam sees the next open offer, so the feed has moved past the take and the approval without telling him.
      const next = shiftAt(t.w, plus(NOW, days(39)));
      await t.offer(next.gid);
      await expect.poll(() => seen.length, { timeout: 5_000 }).toBe(2);
      expect(seen).toEqual(['SWAP_OFFERED:OFFERED', 'SWAP_OFFERED:OFFERED']);
      await expect.poll(() => errors.length).toBeGreaterThan(0);
      expect(JSON.stringify(errors)).toContain('FORBIDDEN');
    } finally {
      await spare.dispose();
      await helper.dispose();
    }
  });
});
