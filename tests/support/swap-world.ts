// Swaps through GraphQL (apps/api/src/modules/permanence/swap*.test.ts): the world of tests/support/world.ts,
// a token per person, the operations, and a snapshot of what a refused request must leave as it was.
import { count } from 'drizzle-orm';
import { expect } from 'vitest';
import { events, permanenceReplacements, permanenceShifts, permanenceSwaps } from '../../apps/api/src/db/schema/index.js';
import { startTestServer, type TestServer } from './server.js';
import { buildWorld, type World } from './world.js';

// Monday 23 November 2026, 10:00 in Brussels.
export const NOW = new Date('2026-11-23T09:00:00Z');

const SWAP_FIELDS = 'id status offeredBy { fullName } takenBy { fullName } decidedBy { fullName } note event refusalReason shift { id holders { fullName } }';
export const OFFER = `mutation ($input: PermanenceSwapOfferInput!) { permanenceSwapOffer(input: $input) { swap { ${SWAP_FIELDS} } userErrors { field code message } } }`;
const step = (name: string, input = 'PermanenceSwapStepInput') =>
  `mutation ($input: ${input}!) { ${name}(input: $input) { swap { ${SWAP_FIELDS} } shift { id holders { fullName } replacements { kind event } } userErrors { field code message } } }`;
export const TAKE = step('permanenceSwapTake');
export const APPROVE = step('permanenceSwapApprove');
export const REFUSE = step('permanenceSwapRefuse', 'PermanenceSwapRefuseInput');
export const UNDO = step('permanenceSwapUndo');
export const PENDING = `{ permanenceSwapsPending { id status shift { id } offeredBy { fullName } } }`;
export const HISTORY = `query ($id: ID!) { node(id: $id) { ... on PermanenceShift { holders { fullName } history { kind at actor { fullName } swap { status } replacement { kind } } } } }`;

const PEOPLE = ['p1', 'p2', 'spare', 'flying', 'relay', 'director', 'head', 'sw', 'helper', 'telephonist'] as const;

export async function swapWorld() {
  const server: TestServer = await startTestServer({ now: NOW });
  const w: World = await buildWorld(server, { from: '2026-11-16', to: '2027-01-18' });
  const tokens: Record<string, string> = {};
  for (const who of PEOPLE) tokens[who] = await w.token(w[who]);
  const as = (who: string) => tokens[who];

  async function snapshot() {
    const db = server.db.db;
    const [e] = await db.select({ n: count() }).from(events);
    const [r] = await db.select({ n: count() }).from(permanenceReplacements);
    const swaps = await db.select().from(permanenceSwaps).orderBy(permanenceSwaps.id);
    const shifts = await db.select().from(permanenceShifts).orderBy(permanenceShifts.startsAt);
    return { events: e.n, replacements: r.n, swaps, holders: shifts.map((s) => [s.holderStaffId, s.holderBinomeId]) };
  }
  async function offer(shiftGid: string, extra: Record<string, unknown> = {}, who = 'p1') {
    const r = await server.gql(OFFER, { input: { shiftId: shiftGid, ...extra } }, as(who));
    expect(r.data?.permanenceSwapOffer.userErrors, JSON.stringify(r)).toEqual([]);
    return r.data?.permanenceSwapOffer.swap.id as string;
  }
  /** Paul offers, Sam takes. */
  async function offeredAndTaken(shiftGid: string, extra: Record<string, unknown> = {}) {
    const swapId = await offer(shiftGid, extra);
    const t = await server.gql(TAKE, { input: { swapId } }, as('spare'));
    expect(t.data?.permanenceSwapTake.userErrors).toEqual([]);
    return swapId;
  }
  return { server, w, as, snapshot, offer, offeredAndTaken };
}
export type SwapWorld = Awaited<ReturnType<typeof swapWorld>>;
