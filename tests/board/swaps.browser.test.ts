// Swaps at the permanence desk, in Chromium (R13): the relay social worker sees the demo's pending
// swap, a refusal without its reason is refused in words next to it, the approval changes who holds
// the shift; a holder proposes a swap of her own shift ("Proposer un échange"), too late without
// its event (R13, in words next to the form), then a week ahead; the telephonist has no swap panel.
import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { CHROMIUM } from '@support/browser.js';
import { deskWorld } from '@support/desk-world.js';
// A Wednesday, 10:00 in Brussels.
const NOW = new Date('2026-03-04T09:00:00.000Z');
const DAY = 86_400_000;
/** An instant as the desk's Brussels `datetime-local` field takes it. */
const brusselsLocal = (d: Date) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).format(d).replace(' ', 'T');

type Shift = { id: string; startsAt: string; holders: { id: string; fullName: string }[] };

const world = deskWorld(NOW);
const { tokenOf } = world;
const open = (token: string): Promise<Page> => world.open(token);

describe.skipIf(!existsSync(CHROMIUM))('swaps at the permanence desk (browser)', { timeout: 90_000 }, () => {
  beforeAll(async () => {
    await world.start();
  }, 180_000);

  afterAll(async () => {
    await world.stop();
  });

  it('the relay sees the pending swap; a refusal without reason is refused next to it; the approval puts the taker in the offerer\'s place beside her binôme partner', async () => {
    const token = await tokenOf('RELAY_CONTROL_SOCIAL_WORKER');
    const desk = await open(token);
    const swap = desk.locator('[data-testid="desk-swap"]', { hasText: 'Karim Benali reprend la permanence de Claire Vandenbroucke' });
    await swap.waitFor();
    expect(await desk.locator('#desk-swaps-title').textContent()).toBe('1 échange en attente');

    await swap.getByRole('button', { name: 'Refuser' }).click();
    await expect.poll(() => swap.locator('[data-testid="desk-errors"]').textContent()).toBe('Indiquez le motif du refus : les personnes concernées le liront.');

    await swap.getByRole('button', { name: 'Approuver' }).click();
    await desk.locator('[data-testid="desk-swaps"] [data-testid="desk-done"]').waitFor();
    expect(await desk.locator('[data-testid="desk-swaps"] [data-testid="desk-done"]').textContent()).toContain('Échange approuvé');
    expect(await desk.locator('[data-testid="desk-swap"]').count()).toBe(0);
    // Karim now holds Claire's place beside Youssef (and Youssef's beside Claire on the demo's approved swap), for every screen that asks.
    const history = await world.server.gql(
      `{ permanenceShifts(from: "${new Date(NOW.getTime() + 14 * DAY).toISOString()}", first: 100) { edges { node { startsAt holders { fullName } history { kind } } } } }`,
      {},
      token,
    );
    const approved = history.data?.permanenceShifts.edges.map((e: any) => e.node).filter((s: any) => s.history.some((h: any) => h.kind === 'SWAP_APPROVED'));
    expect(approved.map((s: any) => s.holders)).toEqual([
      [{ fullName: 'Claire Vandenbroucke' }, { fullName: 'Karim Benali' }],
      [{ fullName: 'Karim Benali' }, { fullName: 'Youssef El Amrani' }],
    ]);
    // "Qui est de garde à…" on that shift says whose place Karim holds (stop 19: the card did not say it).
    const swappedShift = history.data?.permanenceShifts.edges.map((e: any) => e.node).find((s: any) => s.history.some((h: any) => h.kind === 'SWAP_APPROVED') && s.holders.some((h: any) => h.fullName === 'Claire Vandenbroucke'));
    const at = desk.locator('[data-testid="on-call-at"]');
    await at.locator('[data-testid="at-input"]').fill(brusselsLocal(new Date(Date.parse(swappedShift.startsAt) + 3_600_000)));
    await expect.poll(() => at.locator('[data-testid="holder-in-place"]').allTextContents()).toEqual([expect.stringMatching(/^à la place (de |d’)\S+ \S+/)]);
    const [karim] = (await at.locator('[data-testid="holder"]', { hasText: 'Karim Benali' }).allTextContents());
    expect(karim).toMatch(/à la place (de |d’)/);
  });

  it('"Proposer un échange": a holder offers her own shift; less than a week ahead it needs its event (R13, in words); a week ahead it is offered and listed as hers', async () => {
    const token = await tokenOf('SOCIAL_WORKER');
    const me = (await world.server.gql('{ viewer { staff { id } } }', {}, token)).data?.viewer.staff.id as string;
    const shifts = (await world.server.gql<{ permanenceShifts: { edges: { node: Shift & { substitute: { id: string } | null } }[] } }>('{ permanenceShifts(first: 60) { edges { node { id startsAt holders { id fullName } substitute { id } } } } }', {}, token)).data!.permanenceShifts.edges.map((e) => e.node);
    const offered = new Set(((await world.server.gql('{ permanenceSwapsPending { shift { id } } }', {}, token)).data?.permanenceSwapsPending ?? []).map((s: any) => s.shift.id));
    // Not a shift whose binôme partner's place is already handed over: the API refuses it (PARTNER_ALREADY_REPLACED).
    const own = shifts.filter((s) => Date.parse(s.startsAt) > NOW.getTime() && s.holders.some((h) => h.id === me) && !offered.has(s.id) && (!s.substitute || s.substitute.id === me));
    const soon = own.find((s) => Date.parse(s.startsAt) - NOW.getTime() < 7 * DAY);
    const later = own.find((s) => Date.parse(s.startsAt) - NOW.getTime() >= 7 * DAY);
    if (!soon || !later) throw new Error('the demo gives the demo social worker no shift within a week and none after');

    const relayDesk = await open(await tokenOf('RELAY_CONTROL_SOCIAL_WORKER'));
    await relayDesk.locator('[data-testid="desk-swaps"]').waitFor();
    const desk = await open(token);
    const form = desk.locator('[data-testid="swap-offer-form"]');
    await form.locator('select[name=shift]').waitFor();
    expect(await form.locator('select[name=shift] option').count()).toBeGreaterThan(1);
    // The form offers exactly the shifts the API would accept (stop 19: it listed one the API refused).
    await expect.poll(async () => (await form.locator('select[name=shift] option:not([disabled])').evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value))).sort()).toEqual(own.map((s) => s.id).slice(0, 60).sort());
    await form.locator('select[name=shift]').selectOption(soon.id);
    await form.getByRole('button', { name: 'Proposer un échange' }).click();
    await expect.poll(() => form.locator('[data-testid="desk-errors"]').textContent()).toMatch(/^Refusé \(R13\) : .*Indiquez l’événement qui cause ce changement\.$/);

    await form.locator('select[name=shift]').selectOption(later.id);
    await form.locator('input[name=note]').fill('Formation ce jour-là');
    await form.getByRole('button', { name: 'Proposer un échange' }).click();
    await form.locator('[data-testid="desk-done"]').waitFor();
    expect(await form.locator('[data-testid="desk-errors"]').count()).toBe(0);
    // Listed as her own, with the button to withdraw it.
    const mine = desk.locator('[data-testid="desk-swap"]', { hasText: "propose sa permanence ; personne ne l’a encore reprise." });
    await mine.waitFor();
    await mine.locator('[data-testid="swap-withdraw"]').waitFor();
    // The relay's desk, open all along, lists it within seconds (permanenceSwapChanged), with Refuse and no Approve yet.
    const onRelayDesk = relayDesk.locator('[data-testid="desk-swap"]', { hasText: "Claire Vandenbroucke propose sa permanence" });
    await onRelayDesk.waitFor({ timeout: 5_000 });
    expect(await onRelayDesk.getByRole('button', { name: 'Refuser' }).count()).toBe(1);
    expect(await onRelayDesk.getByRole('button', { name: 'Approuver' }).count()).toBe(0);
    const pending = await world.server.gql('{ permanenceSwapsPending { status shift { id } note } }', {}, token);
    expect(pending.data?.permanenceSwapsPending).toContainEqual({ status: 'OFFERED', shift: { id: later.id }, note: 'Formation ce jour-là' });
  });

  it('the telephonist has no swap panel and no offer form', async () => {
    const phone = await open(await tokenOf('TELEPHONIST'));
    await phone.locator('[data-testid="call-now-panel"]').waitFor();
    await phone.locator('[data-testid="desk-alerts"]').waitFor();
    expect(await phone.locator('[data-testid="desk-swaps"]').count()).toBe(0);
    expect(await phone.locator('[data-testid="swap-offer-form"]').count()).toBe(0);
  });
});
