// Issue 12 at the desk, in Chromium on the demo: a replacement that leaves someone more than a
// week-end above their FTE share of the year's week-ends and holidays is made, and the desk says so
// under the form, naming the person and the figures the API gives; the desk's load panel follows; a swap
// waiting for approval says beforehand what approving it would do.
import { existsSync } from 'node:fs';
import { type Browser } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { type TestServer } from '@support/server.js';

import { CHROMIUM, boardSuite } from '@support/browser.js';
// A Wednesday, 10:00 in Brussels.
const NOW = new Date('2026-03-04T09:00:00.000Z');
const WEEK = 7 * 86_400_000;

type Shift = { id: string; kind: string; startsAt: string; holders: { id: string; fullName: string }[] };

let server: TestServer;
let browser: Browser;

describe.skipIf(!existsSync(CHROMIUM))('the week-end load at the desk (browser)', { timeout: 120_000 }, () => {
  const suite = boardSuite(NOW);
  beforeAll(() => {
    ({ server, browser } = suite);
  });

  it('a week-end given to someone already at their share: made, and the desk names who now carries too much', async () => {
    const who = server.demo!.logins.find((l) => l.role === 'RELAY_CONTROL_SOCIAL_WORKER')!;
    const relay = await server.login(who.email, server.demo!.password);
    const staff = (await server.gql<{ staffMembers: { id: string; fullName: string }[] }>('{ staffMembers { id fullName } }', {}, relay)).data!.staffMembers;
    const claire = staff.find((p) => p.fullName === 'Claire Vandenbroucke')!;
    const shifts = (await server.gql<{ permanenceShifts: { edges: { node: Shift }[] } }>('{ permanenceShifts(first: 60) { edges { node { id kind startsAt holders { id fullName } } } } }', {}, relay)).data!.permanenceShifts.edges.map((e) => e.node);
    const free = shifts.filter((s) => s.kind === 'WEEKEND' && Date.parse(s.startsAt) - NOW.getTime() > WEEK && !s.holders.some((h) => h.id === claire.id));
    expect(free.length).toBeGreaterThanOrEqual(2);
    // One more week-end through the API first, so the one at the desk leaves her well above her share.
    const first = await server.gql('mutation ($input: PermanenceReplaceInput!) { permanenceReplace(input: $input) { userErrors { code } } }', { input: { shiftId: free[1].id, holderStaffId: claire.id, reason: 'Échange' } }, relay);
    expect(first.data?.permanenceReplace.userErrors).toEqual([]);

    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'fr-BE', timezoneId: 'Europe/Brussels' });
    const desk = await context.newPage();
    await desk.clock.install({ time: NOW });
    await desk.goto(`${server.url}/?token=${encodeURIComponent(relay)}`);
    const form = desk.locator('[data-testid="replace-form"]');
    await form.waitFor();
    await form.locator(`select[name=shift] option[value="${free[0].id}"]`).waitFor({ state: 'attached' });
    await form.locator('select[name=shift]').selectOption(free[0].id);
    await form.locator('select[name=holder]').selectOption(claire.id);
    await form.getByRole('button', { name: 'Remplacer' }).click();
    await form.locator('[data-testid="desk-done"]').waitFor();
    const warning = form.locator('[data-testid="load-warning"]');
    await warning.waitFor();

    const asked = Date.now();
    const load = (await server.gql<{ permanenceLoad: { people: { staff: { id: string }; closedDays: number; deviation: number }[] } }>('{ permanenceLoad(year: 2026) { people { staff { id } closedDays deviation } } }', {}, relay)).data!.permanenceLoad;
    const firstMs = Date.now() - asked;
    const again = Date.now();
    await server.gql('{ permanenceLoad(year: 2026) { fairness people { closedDays } } }', {}, relay);
    console.info(`permanenceLoad(year: 2026) on the demo: ${firstMs} ms, then ${Date.now() - again} ms`);
    const hers = load.people.find((p) => p.staff.id === claire.id)!;
    expect(hers.deviation).toBeGreaterThan(2);
    const text = await warning.textContent();
    expect(text).toContain(`Attention : Claire Vandenbroucke assure maintenant ${hers.closedDays} jours de week-end et fériés en 2026, soit `);
    expect(text).toContain(`${new Intl.NumberFormat('fr-BE', { maximumFractionDigits: 1 }).format(hers.deviation)} de plus que sa part`);
    // The desk's load panel follows the rota: her row stands out with the API's figures, and the fairness figure is the API's.
    const panel = desk.locator('[data-testid="weekend-load"]');
    const fr = (x: number, digits = 1) => new Intl.NumberFormat('fr-BE', { maximumFractionDigits: digits }).format(x);
    const row = panel.locator(`tr[data-staff="${claire.id}"]`);
    await row.locator('td', { hasText: `+${fr(hers.deviation)}` }).waitFor();
    expect(await row.getAttribute('class')).toContain('desk-load--above');
    const fairness = (await server.gql<{ permanenceLoad: { fairness: number } }>('{ permanenceLoad(year: 2026) { fairness } }', {}, relay)).data!.permanenceLoad.fairness;
    expect(await panel.locator('[data-testid="weekend-fairness"]').textContent()).toContain(`Équité : ${fr(fairness, 3)}`);
    expect(await panel.locator('tbody tr').count()).toBe(load.people.length);
    // The change was made all the same.
    const after = await server.gql<{ node: { holders: { id: string }[] } }>('query ($id: ID!) { node(id: $id) { ... on PermanenceShift { holders { id } } } }', { id: free[0].id }, relay);
    expect(after.data?.node.holders.map((h) => h.id)).toEqual([claire.id]);
    await context.close();
  });

  it('a swap waiting for approval says, before anyone approves it, what it would do to the taker’s load', async () => {
    const password = server.demo!.password;
    const relay = await server.login(server.demo!.logins.find((l) => l.role === 'RELAY_CONTROL_SOCIAL_WORKER')!.email, password);
    const staff = (await server.gql<{ staffMembers: { id: string; fullName: string; email: string | null }[] }>('{ staffMembers { id fullName email } }', {}, relay)).data!.staffMembers;
    const claire = staff.find((p) => p.fullName === 'Claire Vandenbroucke')!;
    const shifts = (await server.gql<{ permanenceShifts: { edges: { node: Shift }[] } }>('query ($from: DateTime, $to: DateTime) { permanenceShifts(from: $from, to: $to, first: 100) { edges { node { id kind startsAt holders { id fullName } } } } }', { from: new Date(NOW.getTime() + 4 * WEEK), to: new Date(NOW.getTime() + 10 * WEEK) }, relay)).data!.permanenceShifts.edges.map((e) => e.node);
    // A week-end of Julie Leclercq's binôme, weeks ahead: she offers it, Claire (already above her share after the test before) takes it.
    const giver = staff.find((p) => p.fullName === 'Julie Leclercq')!;
    const shift = shifts.find((s) => s.kind === 'WEEKEND' && s.holders.some((h) => h.id === giver.id))!;
    const offered = await server.gql('mutation ($input: PermanenceSwapOfferInput!) { permanenceSwapOffer(input: $input) { swap { id } userErrors { code } } }', { input: { shiftId: shift.id } }, await server.login(giver.email!, password));
    expect(offered.data?.permanenceSwapOffer.userErrors).toEqual([]);
    const swapId = offered.data?.permanenceSwapOffer.swap.id;
    const taken = await server.gql('mutation ($input: PermanenceSwapStepInput!) { permanenceSwapTake(input: $input) { userErrors { code } } }', { input: { swapId } }, await server.login(staff.find((p) => p.id === claire.id)!.email!, password));
    expect(taken.data?.permanenceSwapTake.userErrors).toEqual([]);
    const pending = (await server.gql<{ permanenceSwapsPending: { id: string; loadWarnings: { closedDays: number; deviation: number }[] }[] }>('{ permanenceSwapsPending { id loadWarnings { closedDays deviation } } }', {}, relay)).data!.permanenceSwapsPending;
    const [predicted] = pending.find((s) => s.id === swapId)!.loadWarnings;
    expect(predicted.deviation).toBeGreaterThan(2);

    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'fr-BE', timezoneId: 'Europe/Brussels' });
    const desk = await context.newPage();
    await desk.clock.install({ time: NOW });
    await desk.goto(`${server.url}/?token=${encodeURIComponent(relay)}`);
    const item = desk.locator('[data-testid="desk-swap"]', { hasText: 'Claire Vandenbroucke' }).filter({ has: desk.locator('[data-testid="swap-load-warning"]') });
    const warning = item.locator('[data-testid="swap-load-warning"]');
    await warning.waitFor();
    const fr = (x: number) => new Intl.NumberFormat('fr-BE', { maximumFractionDigits: 1 }).format(x);
    expect(await warning.textContent()).toContain(`Si vous approuvez : Claire Vandenbroucke assurerait ${fr(predicted.closedDays)} jours de week-end et fériés en`);
    expect(await warning.textContent()).toContain(`soit ${fr(predicted.deviation)} de plus que sa part`);
    // Nothing is changed by showing it: the shift is still the binôme's.
    const still = await server.gql<{ node: { holders: { id: string }[] } }>('query ($id: ID!) { node(id: $id) { ... on PermanenceShift { holders { id } } } }', { id: shift.id }, relay);
    expect(still.data?.node.holders.map((h) => h.id)).toEqual(shift.holders.map((h) => h.id));
    await context.close();
  });
});
