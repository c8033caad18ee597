// The demo shows swaps (R13): one approved (the taker holds the shift, its history says so) and one
// taken and waiting at the desk for whoever programs replacements.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '@support/server.js';
import { seedDemoSwaps } from './demo-swaps.js';

let server: TestServer;
const PENDING = `{ permanenceSwapsPending { status offeredBy { fullName } takenBy { fullName } shift { holders { fullName } } } }`;

beforeAll(async () => {
  server = await startTestServer({ seed: true });
}, 180_000);
afterAll(() => server?.close());

describe('demo swaps', () => {
  it('one swap approved (Karim holds Youssef\'s place beside Claire, its history reads offer, take, approval, change) and one waiting for approval', async () => {
    const relay = await server.login('pieter.desmet@relais.test');
    const pending = await server.gql(PENDING, {}, relay);
    expect(pending.errors).toBeUndefined();
    expect(pending.data?.permanenceSwapsPending).toEqual([
      { status: 'TAKEN', offeredBy: { fullName: 'Claire Vandenbroucke' }, takenBy: { fullName: 'Karim Benali' }, shift: { holders: [{ fullName: 'Claire Vandenbroucke' }, { fullName: 'Youssef El Amrani' }] } },
    ]);
    // Claire, a demo login, finds her own offer at the desk.
    const claire = await server.login('claire.vandenbroucke@relais.test');
    expect((await server.gql(PENDING, {}, claire)).data?.permanenceSwapsPending).toHaveLength(1);

    const from = new Date(server.clock.now.getTime() + 14 * 86_400_000).toISOString();
    const shifts = await server.gql(
      `query ($from: DateTime) { permanenceShifts(from: $from, first: 100) { edges { node { holders { fullName } history { kind actor { fullName } } } } } }`,
      { from },
      relay,
    );
    const swapped = shifts.data?.permanenceShifts.edges.map((e: any) => e.node).filter((s: any) => s.history.some((h: any) => h.kind === 'SWAP_APPROVED'));
    expect(swapped).toEqual([
      {
        holders: [{ fullName: 'Claire Vandenbroucke' }, { fullName: 'Karim Benali' }],
        history: [
          { kind: 'SWAP_OFFERED', actor: { fullName: 'Youssef El Amrani' } },
          { kind: 'SWAP_TAKEN', actor: { fullName: 'Karim Benali' } },
          { kind: 'SWAP_APPROVED', actor: { fullName: 'Pieter De Smet' } },
          { kind: 'HOLDER_CHANGED', actor: { fullName: 'Pieter De Smet' } },
        ],
      },
    ]);
  });

  it('is added once: a second start adds nothing', async () => {
    expect(await seedDemoSwaps(server.app.db, server.app.services, server.clock.now)).toBe(false);
  });
});
